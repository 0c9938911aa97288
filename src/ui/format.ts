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
const grouped = format(',~r');

function withPrefix(value: number, unit: string, minimumFactor = 1): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return `0 ${unit}`;
  const magnitude = Math.abs(value);
  const prefix = PREFIXES.find((p) => magnitude >= p.factor * 0.9995 && p.factor >= minimumFactor) ?? PREFIXES.find((p) => p.factor === minimumFactor)!;
  return `${significant(value / prefix.factor)} ${prefix.symbol}${unit}`;
}

export const formatFlops = (flops: number | null): string => (flops === null ? 'not published' : withPrefix(flops, 'FLOP/s', 1e9));

/** Decimal bytes (GB, TB) as NVIDIA and Google print them. */
export const formatBytesDecimal = (bytes: number): string => withPrefix(bytes, 'B', 1e9);

const BINARY = [
  { factor: 2 ** 60, symbol: 'EiB' },
  { factor: 2 ** 50, symbol: 'PiB' },
  { factor: 2 ** 40, symbol: 'TiB' },
  { factor: 2 ** 30, symbol: 'GiB' },
] as const;

/** Binary bytes as AWS prints Trainium memory; GiB up to 100,000 so "6,144 GiB" reads as AWS writes it. */
export function formatBytesBinary(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  const unit = BINARY.find((b) => bytes / b.factor >= 1 && (b.symbol === 'GiB' || bytes / (b.factor / 1024) >= 1e5)) ?? BINARY[3];
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
