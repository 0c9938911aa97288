/**
 * The extent of values on one axis, widened where a line would otherwise sit on the frame:
 * a single value (a constant series) gets half a decade (log) or ±10% (linear) either side.
 * Log axes ignore values ≤ 0, which they cannot place.
 */
export function chartDomain(values: readonly number[], kind: 'log' | 'linear'): [number, number] {
  const usable = values.filter((v) => Number.isFinite(v) && (kind === 'linear' || v > 0));
  if (usable.length === 0) return kind === 'log' ? [1, 10] : [0, 1];
  let lo = Math.min(...usable);
  let hi = Math.max(...usable);
  if (kind === 'log') {
    if (lo === hi) return [lo / Math.sqrt(10), hi * Math.sqrt(10)];
    return [lo, hi];
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return [lo - pad, hi + pad];
  }
  // Linear value axes start at zero when all values are positive, so bars and levels compare honestly.
  if (lo > 0) lo = 0;
  if (hi < 0) hi = 0;
  return [lo, hi];
}
