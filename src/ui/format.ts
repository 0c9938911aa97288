import { format } from 'd3-format';
import type { Unit } from '../model/index';

/** Formatting lives only here, at the edge: the model speaks SI base units. */

const PREFIXES = [
  { factor: 1e21, symbol: 'Z' },
  { factor: 1e18, symbol: 'E' },
  { factor: 1e15, symbol: 'P' },
  { factor: 1e12, symbol: 'T' },
  { factor: 1e9, symbol: 'G' },
  { factor: 1e6, symbol: 'M' },
  { factor: 1e3, symbol: 'k' },
  { factor: 1, symbol: '' },
] as const;

const significant = format(',.4~r');
// Whole counts print every digit: ',~r' would round 1,499,904 chips to 1,499,900.
const grouped = format(',.0f');

function withPrefix(value: number, unit: string, minimumFactor = 1): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return `0 ${unit}`;
  const magnitude = Math.abs(value);
  const prefix =
    PREFIXES.find((p) => magnitude >= p.factor * 0.9995 && p.factor >= minimumFactor) ??
    PREFIXES.find((p) => p.factor === minimumFactor)!;
  return `${significant(value / prefix.factor)} ${prefix.symbol}${unit}`;
}

export const formatFlops = (flops: number | null): string =>
  flops === null ? 'not published' : withPrefix(flops, 'FLOP/s', 1e9);

/** Decimal bytes (GB, TB) as NVIDIA and Google print them. */
export const formatBytesDecimal = (bytes: number): string => withPrefix(bytes, 'B', 1e9);

const BINARY = [
  { factor: 2 ** 60, symbol: 'EiB' },
  { factor: 2 ** 50, symbol: 'PiB' },
  { factor: 2 ** 40, symbol: 'TiB' },
  { factor: 2 ** 30, symbol: 'GiB' },
  { factor: 2 ** 20, symbol: 'MiB' },
  { factor: 2 ** 10, symbol: 'KiB' },
] as const;

/**
 * Binary bytes as AWS prints Trainium memory. GiB stays up to 100,000 so "6,144 GiB" reads as AWS
 * writes it; below a GiB, MiB and KiB (a 256 MiB all-reduce, not "0.25 GiB").
 */
export function formatBytesBinary(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes < 1024) return `${significant(bytes)} B`;
  const unit =
    BINARY.find((b) => bytes / b.factor >= 1 && (b.factor <= 2 ** 30 || bytes / (b.factor / 1024) >= 1e5)) ??
    BINARY[BINARY.length - 1]!;
  return `${significant(bytes / unit.factor)} ${unit.symbol}`;
}

/** Both readings, because the sources mix them (AWS GiB, NVIDIA GB). */
export const formatBytes = (bytes: number): string => `${formatBytesBinary(bytes)} (${formatBytesDecimal(bytes)})`;

export const formatBandwidth = (bytesPerSecond: number): string => withPrefix(bytesPerSecond, 'B/s', 1e9);

export const formatPower = (watts: number): string => withPrefix(watts, 'W');

export const formatCount = (n: number): string => grouped(n);

export const formatHops = (hops: number): string => `${format('.2~f')(hops)} hops`;

export const formatRatio = (r: number): string => format('.3~r')(r);

/** Energy efficiency: FLOP/s per watt of facility power (the same as FLOP per joule). */
export const formatFlopsPerWatt = (flopsPerWatt: number): string => withPrefix(flopsPerWatt, 'FLOP/s per W', 1e6);

/** A value relative to a baseline: "4.33×". */
export const formatTimes = (ratio: number): string => (Number.isFinite(ratio) ? `${format('.3~r')(ratio)}×` : '—');

/** A signed relative difference, two significant digits: "+9.9%", "−51%". */
export const formatPercentDifference = (difference: number): string => {
  if (!Number.isFinite(difference)) return '—';
  return Math.abs(difference) < 5e-6 ? '0%' : `${format('+.2~r')(difference * 100)}%`;
};

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
      return `${significant(value)} s`;
    case 'm²':
      return `${grouped(value)} m²`;
  }
}

const threeDigits = format(',.3~r');

/** A span of time in the unit a reader expects: "420 ms", "5.67 s", "6.33 min", "3.29 h", "19.1 days", "9.04 years". */
export function formatDuration(seconds: number): string {
  if (seconds === Infinity) return '∞';
  if (!Number.isFinite(seconds)) return '—';
  const minute = 60;
  const hour = 3600;
  const day = 86_400;
  const year = 365.25 * day;
  if (seconds === 0) return '0 s';
  if (seconds < 1) return `${threeDigits(seconds * 1000)} ms`;
  if (seconds < 2 * minute) return `${threeDigits(seconds)} s`;
  if (seconds < 2 * hour) return `${threeDigits(seconds / minute)} min`;
  if (seconds < 2 * day) return `${threeDigits(seconds / hour)} h`;
  if (seconds < 2 * year) return `${threeDigits(seconds / day)} days`;
  return `${threeDigits(seconds / year)} years`;
}

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
export function formatScientific(value: number, unit = '', significantDigits = 4): string {
  if (!Number.isFinite(value)) return '—';
  const [mantissa = '0', exponent = '0'] = value.toExponential(significantDigits - 1).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  const power = String(Number(exponent)).replace(/[-\d]/g, (c) => SUPERSCRIPT[c] ?? c);
  const text = power === '⁰' ? trimmed : `${trimmed} × 10${power}`;
  return unit ? `${text} ${unit}` : text;
}

const JOULES_PER_MWH = 3.6e9;

/** Energy from joules in megawatt-hours, as utilities bill it: "563,000 MWh". */
export const formatMegawattHours = (joules: number): string =>
  Number.isFinite(joules) ? `${significant(joules / JOULES_PER_MWH)} MWh` : '—';

/** US dollars, four significant digits: "$2,722,000", "$80". */
export const formatUsd = (dollars: number): string => (Number.isFinite(dollars) ? format('$,.4~r')(dollars) : '—');
