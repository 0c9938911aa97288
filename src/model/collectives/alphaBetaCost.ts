/** The α–β(–γ) cost of one link as an algorithm sees it (fact sheet §10.2 notation). */
export interface AlphaBetaCost {
  /** Latency of one algorithm step (a message to the next rank), seconds. */
  alpha: number;
  /** Bytes/s a rank pushes to its peer per direction (β = 1 / bandwidth). */
  bandwidth: number;
  /** Reduction cost in seconds per byte (MPICH's γ). 0: reductions hide under transfers. */
  gamma?: number;
}
