/**
 * What `evaluate()` returns: flat numbers in SI base units (FLOP/s, bytes, bytes/s, W).
 * Bandwidth keys say their direction convention in their doc comment.
 */
export interface Metrics {
  chips: number;
  chipsPerInstance: number;
  chipsPerUltraServer: number;
  instances: number;
  ultraServers: number;
  hosts: number;

  fp8DenseFlops: number;
  fp8SparseFlops: number;
  bf16DenseFlops: number;
  bf16SparseFlops: number;
  /** Null where no source publishes the chip's FP32 rate. */
  fp32DenseFlops: number | null;

  hbmBytes: number;
  hbmBandwidth: number;
  hostMemoryBytes: number;

  /** One chip's scale-up links, both directions added. */
  scaleUpBandwidthPerChip: number;
  /** Summed over the chips of one UltraServer, both directions added. */
  scaleUpBandwidthPerUltraServer: number;
  /** Summed over every chip of the cluster, both directions added. */
  scaleUpBandwidth: number;
  /** Across the weakest balanced cut of one UltraServer, one direction. */
  bisectionBandwidth: number;
  bisectionLinks: number;
  /**
   * A proven lower bound on the weakest balanced cut, one direction. Equal to bisectionBandwidth
   * when that is exact; below it when bisectionBandwidth is only an upper bound (say "bound").
   */
  bisectionLowerBound: number;
  /** Links in one UltraServer (torus: chip-to-chip; switched: chip-to-switch). */
  scaleUpLinks: number;
  degree: number;
  diameterHops: number;
  /** Over distinct pairs of chips in one UltraServer. */
  averageHops: number;

  /** Scale-out network of one chip, one direction. */
  scaleOutBandwidthPerChip: number;
  /** Scale-out network summed over all chips, one direction. */
  scaleOutBandwidth: number;

  chipPowerWatts: number;
  hostPowerWatts: number;
  overheadPowerWatts: number;
  itPowerWatts: number;
  facilityPowerWatts: number;
}

export type MetricKey = keyof Metrics;
