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
export const formatCountFull = (value: number): string =>
  Number.isFinite(value) ? format(',~r')(Math.round(value)) : '—';

/** Counts on an axis: "1k", "10k", "1M". */
export const formatCountShort = (value: number): string => (Number.isFinite(value) ? format('~s')(value) : '—');

/** Hop counts, to two decimals at most: "3.05 hops". */
export const formatHopCount = (value: number): string =>
  Number.isFinite(value) ? `${format('.2~f')(value)} hops` : '—';

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** Message sizes in binary units, as NCCL-tests and Neuron print them: "1 KiB", "64 MiB", "4 GiB". */
export function formatBinaryBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  let index = 0;
  while (index < BINARY_UNITS.length - 1 && Math.abs(bytes) >= 1024 ** (index + 1)) index++;
  return `${format('.4~r')(bytes / 1024 ** index)} ${BINARY_UNITS[index]}`;
}

/** A fraction as a percentage, three significant digits: 0.1726 → "17.3%", 1 → "100%". */
export const formatPercent = (fraction: number): string =>
  Number.isFinite(fraction) ? `${format('.3~r')(fraction * 100)}%` : '—';

const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Counts exactly, grouped: "1,499,904" (',~r' keeps six significant digits and would print 1,499,900). */
export const formatInteger = (value: number): string => (Number.isFinite(value) ? wholeNumber.format(value) : '—');
