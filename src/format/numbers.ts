import { format } from 'd3-format';
import type { Unit } from '../model/index';

/**
 * Every number the user reads — panels, tables, chart labels, tooltips, fields, exports — is
 * printed here and nowhere else, on d3-format. The model speaks SI base units; this module
 * picks the prefix, the digits and the words. Conventions:
 * - four significant digits for figures ("83.14 PFLOP/s", "1.299 PFLOP/s"), trailing zeros trimmed;
 * - whole counts print every digit ("1,499,904"), never rounded to significant digits;
 * - memory in binary units as AWS prints it ("96 GiB", "6,144 GiB"), with decimal beside it;
 * - singular and plural agree with the number ("1 hop", "3.05 hops").
 */

/** The default number of significant digits of a figure. */
const FIGURE_DIGITS = 4;

const significantFormats = new Map<string, (n: number) => string>();
/** d3's `,.Nr` with trailing zeros trimmed: "1,299", "83.14", "0.0009313". */
function significant(value: number, digits = FIGURE_DIGITS, grouped = true): string {
  const specifier = `${grouped ? ',' : ''}.${digits}~r`;
  let formatter = significantFormats.get(specifier);
  if (!formatter) {
    formatter = format(specifier);
    significantFormats.set(specifier, formatter);
  }
  return formatter(value);
}

/** A value rounded to `digits` significant digits, as a number (for exports and slider steps). */
export function roundToSignificant(value: number, digits: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(digits)) : value;
}

const SI_PREFIXES = [
  { factor: 1e21, symbol: 'Z' },
  { factor: 1e18, symbol: 'E' },
  { factor: 1e15, symbol: 'P' },
  { factor: 1e12, symbol: 'T' },
  { factor: 1e9, symbol: 'G' },
  { factor: 1e6, symbol: 'M' },
  { factor: 1e3, symbol: 'k' },
  { factor: 1, symbol: '' },
  { factor: 1e-3, symbol: 'm' },
  { factor: 1e-6, symbol: 'µ' },
  { factor: 1e-9, symbol: 'n' },
] as const;

export interface SIOptions {
  /** Significant digits; default 4. */
  digits?: number;
  /** The smallest prefix factor to use, e.g. 1e9 so FLOP/s never print below GFLOP/s; default 1e-9 (nano). */
  smallestPrefix?: number;
}

/** "83.14 PFLOP/s" from 83.14e15 and 'FLOP/s': an SI prefix glued to the unit, four significant digits. */
export function formatSI(
  value: number,
  unit: string,
  { digits = FIGURE_DIGITS, smallestPrefix = 1e-9 }: SIOptions = {},
) {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return `0 ${unit}`.trim();
  const magnitude = Math.abs(value);
  const allowed = SI_PREFIXES.filter((p) => p.factor >= smallestPrefix);
  let index = allowed.findIndex((p) => magnitude >= p.factor);
  if (index < 0) index = allowed.length - 1;
  // 999.96 k rounds to "1,000 k" at four digits: print it as "1 M" instead.
  if (index > 0 && Math.abs(roundToSignificant(magnitude / allowed[index]!.factor, digits)) >= 1000) index--;
  const prefix = allowed[index]!;
  return `${significant(value / prefix.factor, digits)} ${prefix.symbol}${unit}`.trim();
}

/** A formatter of one unit, e.g. for a chart's ticks (three digits) or readouts (four). */
export const siFormatter =
  (unit: string, digits = FIGURE_DIGITS) =>
  (value: number): string =>
    formatSI(value, unit, { digits });

export const formatFlops = (flops: number | null): string =>
  flops === null ? 'not published' : formatSI(flops, 'FLOP/s', { smallestPrefix: 1e9 });

export const formatBandwidth = (bytesPerSecond: number): string =>
  formatSI(bytesPerSecond, 'B/s', { smallestPrefix: 1e9 });

export const formatPower = (watts: number): string => formatSI(watts, 'W', { smallestPrefix: 1 });

/** Energy efficiency: FLOP/s per watt of facility power (the same as FLOP per joule). */
export const formatFlopsPerWatt = (flopsPerWatt: number): string =>
  formatSI(flopsPerWatt, 'FLOP/s per W', { smallestPrefix: 1e6 });

/** Decimal bytes (GB, TB) as NVIDIA and Google print them. */
export const formatBytesDecimal = (bytes: number): string => formatSI(bytes, 'B', { smallestPrefix: 1e9 });

const BINARY_UNITS = [
  { factor: 2 ** 60, symbol: 'EiB' },
  { factor: 2 ** 50, symbol: 'PiB' },
  { factor: 2 ** 40, symbol: 'TiB' },
  { factor: 2 ** 30, symbol: 'GiB' },
  { factor: 2 ** 20, symbol: 'MiB' },
  { factor: 2 ** 10, symbol: 'KiB' },
] as const;

/**
 * Binary bytes, as AWS prints Trainium memory and NCCL-tests print message sizes. GiB stays up to
 * 100,000 GiB so a 64-chip UltraServer reads "6,144 GiB" as AWS writes it; below a GiB, MiB and KiB
 * (a "256 MiB" all-reduce, not "0.25 GiB"); under a KiB, bytes.
 */
export function formatBytesBinary(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  const magnitude = Math.abs(bytes);
  if (magnitude < 1024) return `${significant(bytes)} B`;
  const unit =
    BINARY_UNITS.find(
      (b) => magnitude / b.factor >= 1 && (b.factor <= 2 ** 30 || magnitude / (b.factor / 1024) >= 1e5),
    ) ?? BINARY_UNITS[BINARY_UNITS.length - 1]!;
  return `${significant(bytes / unit.factor)} ${unit.symbol}`;
}

/** Both readings, because the sources mix them (AWS GiB, NVIDIA GB): "96 GiB (103.1 GB)". */
export const formatBytes = (bytes: number): string => `${formatBytesBinary(bytes)} (${formatBytesDecimal(bytes)})`;

const wholeGrouped = format(',.0f');

/**
 * A count: whole numbers print every digit, grouped ("1,499,904"); a fractional count (a total
 * scaled to another system's size) keeps four significant digits ("62.37").
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return Number.isInteger(n) ? wholeGrouped(n) : significant(n);
}

/** A number that names something (UltraServer 1501, building 3): plain digits, no grouping, like a name. */
export const formatIndex = (n: number): string => (Number.isFinite(n) ? format('d')(n) : '—');

/** Counts on a chart axis: "1k", "10k", "1M". */
export const formatCountShort = (n: number): string => (Number.isFinite(n) ? format('~s')(n) : '—');

/** "1 hop", "6 hops", "2 switches": the count and its noun, agreeing. `plural` defaults to noun + "s". */
export function formatCounted(n: number, noun: string, plural = `${noun}s`): string {
  const text = formatCount(n);
  return `${text} ${text === '1' ? noun : plural}`;
}

/** Hop counts to two decimals at most: "3.05 hops", "1 hop". */
export function formatHops(hops: number): string {
  if (!Number.isFinite(hops)) return '—';
  const text = format('.2~f')(hops);
  return `${text} ${text === '1' ? 'hop' : 'hops'}`;
}

/** A dimensionless ratio (PUE, speed-up), three significant digits: "1.14", "1.97". */
export const formatRatio = (r: number): string => (Number.isFinite(r) ? significant(r, 3) : '—');

/** A value relative to a baseline: "4.33×", "0.578×". */
export const formatTimes = (ratio: number): string => (Number.isFinite(ratio) ? `${significant(ratio, 3)}×` : '—');

/** A fraction as a percentage, three significant digits: 0.1726 → "17.3%", 1 → "100%". */
export const formatPercent = (fraction: number): string =>
  Number.isFinite(fraction) ? `${significant(fraction * 100, 3)}%` : '—';

/** A signed relative difference, two significant digits: "+9.9%", "−51%". */
export function formatPercentDifference(difference: number): string {
  if (!Number.isFinite(difference)) return '—';
  return Math.abs(difference) < 5e-6 ? '0%' : `${format('+.2~r')(difference * 100)}%`;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365.25 * DAY;

/**
 * A span of time in the unit a reader expects, three significant digits: "2.5 µs", "420 ms",
 * "5.67 s", "6.33 min", "3.29 h", "19.1 days", "9.03 years".
 */
export function formatDuration(seconds: number): string {
  if (seconds === Infinity) return '∞';
  if (!Number.isFinite(seconds)) return '—';
  if (seconds === 0) return '0 s';
  const d = (v: number) => significant(v, 3);
  if (seconds < 1) return formatSI(seconds, 's', { digits: 3 });
  if (seconds < 2 * MINUTE) return `${d(seconds)} s`;
  if (seconds < 2 * HOUR) return `${d(seconds / MINUTE)} min`;
  if (seconds < 2 * DAY) return `${d(seconds / HOUR)} h`;
  if (seconds < 2 * YEAR) return `${d(seconds / DAY)} days`;
  return `${d(seconds / YEAR)} years`;
}

/** Years, three significant digits: "9.03 years". */
export const formatYears = (seconds: number): string =>
  Number.isFinite(seconds) ? `${significant(seconds / YEAR, 3)} years` : '—';

/** Days, four significant digits: "3.289 days". */
export const formatDays = (days: number): string =>
  Number.isFinite(days) ? `${significant(days)} days` : days === Infinity ? '∞ days' : '—';

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Very large or small quantities in scientific notation: "3.791 × 10²⁵ FLOP". */
export function formatScientific(value: number, unit = '', digits = FIGURE_DIGITS): string {
  if (!Number.isFinite(value)) return '—';
  const [mantissa = '0', exponent = '0'] = format(`.${digits - 1}~e`)(value).split('e');
  const power = String(Number(exponent)).replace(/[-\d]/g, (c) => SUPERSCRIPT[c] ?? c);
  const text = power === '⁰' ? mantissa : `${mantissa} × 10${power}`;
  return unit ? `${text} ${unit}` : text;
}

const JOULES_PER_MWH = 3.6e9;

/** Energy from joules in megawatt-hours, as utilities bill it: "563,000 MWh". */
export const formatMegawattHours = (joules: number): string =>
  Number.isFinite(joules) ? `${significant(joules / JOULES_PER_MWH)} MWh` : '—';

/** US dollars, four significant digits: "$2,722,000", "$80". */
export const formatUsd = (dollars: number): string => (Number.isFinite(dollars) ? format('$,.4~r')(dollars) : '—');

/** Area in square metres, whole: "12,500 m²". */
export const formatArea = (squareMetres: number): string =>
  Number.isFinite(squareMetres) ? `${wholeGrouped(squareMetres)} m²` : '—';

/** A plain number inside prose or a formula: whole numbers exact, others four significant digits. */
export const formatNumber = (n: number): string => formatCount(n);

/** Any model quantity by its unit, e.g. inside a provenance formula. */
export function formatQuantity(value: number, unit: Unit): string {
  switch (unit) {
    case 'FLOP/s':
      return formatFlops(value);
    case 'B':
      return formatBytes(value);
    case 'B/s':
      return formatBandwidth(value);
    case 'W':
      return formatPower(value);
    case 'count':
      return formatCount(value);
    case 'ratio':
      return formatRatio(value);
    case 's':
      return formatDuration(value);
    case 'm²':
      return formatArea(value);
  }
}

// ── Fields: what an input box shows, and the range it accepts ──────────────────────────────

/**
 * The text of an input box for a value in display units: whole numbers exact, others four
 * significant digits ("1.973", "9.031"); no grouping, so it reads back as typed.
 */
export function formatFieldValue(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? format('.0f')(value) : format('.6~e')(value);
  return significant(value, FIGURE_DIGITS, false);
}

/** One bound of a field's range, grouped: "9,313", "0.0009313", "65,536". */
export const formatFieldBound = (value: number): string =>
  Number.isInteger(value) ? wholeGrouped(value) : significant(value);

/** A field's allowed range in its display unit: "0.0009313 GiB to 9,313 GiB", "1 to 65,536". */
export function formatRange(min: number, max: number, unit = ''): string {
  const withUnit = (v: number) =>
    unit === '%' ? `${formatFieldBound(v)}%` : unit ? `${formatFieldBound(v)} ${unit}` : formatFieldBound(v);
  return `${withUnit(min)} to ${withUnit(max)}`;
}

// ── Exports: SI values in CSV and JSON ──────────────────────────────────────────────────────

/** Significant digits of exported values: enough for any figure, few enough to hide float noise. */
const EXPORT_DIGITS = 12;

/** An SI value for an export: 55175.99999999999 → 55176; null stays null. */
export const exportNumber = (value: number | null): number | null =>
  value === null ? null : roundToSignificant(value, EXPORT_DIGITS);
