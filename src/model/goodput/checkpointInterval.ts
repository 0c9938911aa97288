/**
 * Young (1974), first order: τ = √(2δM), with δ the checkpoint write time and M the MTBF.
 * Infinity when nothing fails; 0 when checkpoints are free.
 */
export function youngInterval(checkpointSeconds: number, mtbfSeconds: number): number {
  return Math.sqrt(2 * checkpointSeconds * mtbfSeconds);
}

/**
 * Daly (2006), higher order (fact sheet §10.3):
 *   τ = √(2δM)·[1 + ⅓·√(δ/(2M)) + (1/9)·(δ/(2M))] − δ   for δ < 2M
 *   τ = M                                              for δ ≥ 2M
 * With δ = 5 min it gives 116.7, 56.7 and 9.14 min for M = 24 h, 6 h and 15 min (paper: 117, 57, 9.1).
 * As published it jumps at δ = 2M (from 8M/9 to M); we keep the paper's form.
 */
export function dalyInterval(checkpointSeconds: number, mtbfSeconds: number): number {
  const delta = checkpointSeconds;
  const m = mtbfSeconds;
  if (!Number.isFinite(m)) return Infinity;
  if (delta >= 2 * m) return m;
  const x = delta / (2 * m);
  return Math.sqrt(2 * delta * m) * (1 + Math.sqrt(x) / 3 + x / 9) - delta;
}
