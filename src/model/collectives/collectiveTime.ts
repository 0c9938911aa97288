/**
 * The four collectives of issue 7. Buffer sizes follow the Neuron and NCCL-tests convention
 * (AWS-IntraColl): all-reduce and all-to-all take each rank's whole buffer B; all-gather its
 * output (N chunks); reduce-scatter its input (N chunks).
 */
export type CollectiveOp = 'all-reduce' | 'all-gather' | 'reduce-scatter' | 'all-to-all';

export const COLLECTIVE_OPS: readonly CollectiveOp[] = ['all-reduce', 'all-gather', 'reduce-scatter', 'all-to-all'];

/**
 * The algorithms the model prices (AWS-IntraColl, AWS-InterColl, MPICH):
 * - `ring`: MPICH's directed ring, p − 1 steps per pass;
 * - `kangaring`: Neuron's ring variant, O(N/2) steps at full link use (modelled as a bidirectional ring);
 * - `torus-rings`: bidirectional rings along every torus axis at once (JAX scaling book);
 * - `recursive-halving-doubling`: Rabenseifner / Neuron RDH, lg p steps;
 * - `mesh`: direct, every rank writes every other rank's share in one routed step.
 */
export type CollectiveAlgorithm = 'ring' | 'kangaring' | 'torus-rings' | 'recursive-halving-doubling' | 'mesh';

export const COLLECTIVE_ALGORITHM_LABELS: Readonly<Record<CollectiveAlgorithm, string>> = {
  ring: 'Ring',
  kangaring: 'KangaRing (bidirectional ring)',
  'torus-rings': 'Torus rings (all axes)',
  'recursive-halving-doubling': 'Recursive halving-doubling (RDH)',
  mesh: 'Mesh (direct)',
};

/** One collective's α–β time, split so a chart can stack latency, transfer and reduction. */
export interface CollectiveTime {
  op: CollectiveOp;
  algorithm: CollectiveAlgorithm;
  ranks: number;
  /** Buffer size in bytes, in the convention above. */
  bytes: number;
  /** Sequential message steps (each costs α). */
  steps: number;
  latencySeconds: number;
  transferSeconds: number;
  reductionSeconds: number;
  /** Infinity when `disconnected`. */
  seconds: number;
  /** True when the ranks cannot all reach each other (a link class at 0 B/s): no finite time exists. */
  disconnected: boolean;
}

/**
 * Assembles a time from its parts. One rank, or nothing to move, is a no-op and costs nothing
 * (NCCL returns at once), so callers never see NaN from 0 × ∞ on a fabric without bandwidth.
 */
export function collectiveTime(
  parts: Pick<CollectiveTime, 'op' | 'algorithm' | 'ranks' | 'bytes'> & {
    steps: number;
    alpha: number;
    transferSeconds: number;
    reductionSeconds?: number;
  },
): CollectiveTime {
  const { op, algorithm, ranks, bytes } = parts;
  if (ranks <= 1 || bytes <= 0) {
    const none = {
      steps: 0,
      latencySeconds: 0,
      transferSeconds: 0,
      reductionSeconds: 0,
      seconds: 0,
      disconnected: false,
    };
    return { op, algorithm, ranks, bytes: Math.max(bytes, 0), ...none };
  }
  const latencySeconds = parts.steps * parts.alpha;
  const reductionSeconds = parts.reductionSeconds ?? 0;
  return {
    op,
    algorithm,
    ranks,
    bytes,
    steps: parts.steps,
    latencySeconds,
    transferSeconds: parts.transferSeconds,
    reductionSeconds,
    seconds: latencySeconds + parts.transferSeconds + reductionSeconds,
    disconnected: false,
  };
}

/** Whether the collective reduces data (pays MPICH's γ term). */
export const reduces = (op: CollectiveOp): boolean => op === 'all-reduce' || op === 'reduce-scatter';
