import type { CollectiveOp } from './collectiveTime';

/**
 * NCCL-tests' bus-bandwidth factor (NCCL-PERF): busBW = algBW × factor, so a bandwidth-optimal
 * algorithm's busBW equals each rank's link rate whatever the rank count.
 * All-reduce 2(n−1)/n; all-gather, reduce-scatter and all-to-all (n−1)/n.
 */
export function busBandwidthFactor(op: CollectiveOp, ranks: number): number {
  if (ranks <= 1) return 0;
  const share = (ranks - 1) / ranks;
  return op === 'all-reduce' ? 2 * share : share;
}

/** Algorithm bandwidth: buffer size over time, bytes/s (0 when nothing moved). */
export function algorithmBandwidth(bytes: number, seconds: number): number {
  return bytes > 0 && seconds > 0 ? bytes / seconds : 0;
}

/** Bus bandwidth, bytes/s, comparable to link speed (NCCL-tests convention). */
export function busBandwidth(op: CollectiveOp, ranks: number, bytes: number, seconds: number): number {
  return algorithmBandwidth(bytes, seconds) * busBandwidthFactor(op, ranks);
}
