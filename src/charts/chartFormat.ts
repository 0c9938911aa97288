import { format } from 'd3-format';

/** Number formats of the charts (ticks short, readouts and tables precise). The model speaks SI base units. */

const SI = /^(-?[\d.,]+)([a-zA-Zµ]?)$/;

/** "83.14 PFLOP/s" from 83.14e15 and 'FLOP/s': d3's SI prefix glued to the unit. */
export function formatSI(value: number, unit: string, significantDigits = 4): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return `0 ${unit}`.trim();
  const text = format(`.${significantDigits}~s`)(value);
  const match = SI.exec(text);
  if (!match) return `${text} ${unit}`.trim();
  return `${match[1]} ${match[2]}${unit}`.trim();
}

/** Returns a formatter of one unit; short for tick labels. */
export const siFormatter =
  (unit: string, significantDigits = 4) =>
  (value: number): string =>
    formatSI(value, unit, significantDigits);

/** Counts in full with grouping: "499,968". */
export const formatCountFull = (value: number): string => (Number.isFinite(value) ? format(',~r')(Math.round(value)) : '—');

/** Counts on an axis: "1k", "10k", "1M". */
export const formatCountShort = (value: number): string => (Number.isFinite(value) ? format('~s')(value) : '—');

/** Hop counts, to two decimals at most: "3.05 hops". */
export const formatHopCount = (value: number): string => (Number.isFinite(value) ? `${format('.2~f')(value)} hops` : '—');
