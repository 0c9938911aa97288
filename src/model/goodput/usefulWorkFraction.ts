/**
 * Fraction of wall-clock time that advances training, under Daly's (2006) model of a job that
 * checkpoints every τ seconds of work, takes δ to write a checkpoint and R to restart, with
 * exponentially distributed failures of mean M:
 *   T_wall = M·e^(R/M)·(e^((τ+δ)/M) − 1)·T_work/τ   ⇒   goodput = τ·e^(−R/M) / (M·(e^((τ+δ)/M) − 1)).
 * Limits kept finite: no failures → τ/(τ+δ) (1 when τ is unbounded); τ = δ = 0 → e^(−R/M).
 */
export function usefulWorkFraction(
  intervalSeconds: number,
  checkpointSeconds: number,
  restartSeconds: number,
  mtbfSeconds: number,
): number {
  const tau = intervalSeconds;
  const delta = checkpointSeconds;
  const m = mtbfSeconds;
  if (!Number.isFinite(m)) {
    if (!Number.isFinite(tau)) return 1;
    return tau + delta > 0 ? tau / (tau + delta) : 1;
  }
  if (!(m > 0) || !Number.isFinite(tau)) return 0;
  const restartFactor = Math.exp(-restartSeconds / m);
  if (tau === 0) return delta > 0 ? 0 : restartFactor;
  // expm1 keeps precision when τ + δ is tiny next to M.
  return (tau * restartFactor) / (m * Math.expm1((tau + delta) / m));
}
