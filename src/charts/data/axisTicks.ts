/** A scale as the axis needs it: d3's continuous scales (scaleLog, scaleLinear) fit. */
export interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
}

export interface AxisTick {
  value: number;
  /** Position along the axis, pixels. */
  offset: number;
  /** Null for an unlabelled minor tick (log axes: 2…9 × 10ⁿ). */
  label: string | null;
}

const isPowerOfTen = (v: number) => v > 0 && Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;

/**
 * Ticks from `scale.ticks()`, labelled so they never crowd: a log axis labels powers of ten
 * (every other one, or sparser, past `maxLabels`) and keeps the rest as minor ticks; a log axis
 * holding fewer than two powers of ten labels d3's ticks, thinned the same way; a linear axis
 * labels the roughly `maxLabels` ticks d3 picks.
 */
export function axisTicks(
  scale: TickScale,
  kind: 'log' | 'linear',
  formatTick: (value: number) => string,
  maxLabels = 6,
): AxisTick[] {
  const values = kind === 'log' ? scale.ticks() : scale.ticks(maxLabels);
  const labelled = kind === 'log' && values.filter(isPowerOfTen).length >= 2 ? values.filter(isPowerOfTen) : values;
  // d3 already keeps linear ticks near the count asked for; only decades need thinning.
  const step = kind === 'log' ? Math.max(1, Math.ceil(labelled.length / maxLabels)) : 1;
  const shown = new Set(labelled.filter((_, i) => i % step === 0));
  return values.map((value) => ({ value, offset: scale(value), label: shown.has(value) ? formatTick(value) : null }));
}
