import type { Unit } from '../figure';

/** Renders one quantity inside an explanation's formula; the UI passes its own (src/ui/format.ts). */
export type QuantityFormatter = (value: number, unit: Unit) => string;

const PREFIXES: ReadonlyArray<readonly [number, string]> = [
  [1e21, 'Z'],
  [1e18, 'E'],
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

const fourDigits = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/**
 * Plain-text fallback so the model can explain itself without the UI (CLI, tests):
 * SI prefixes with four significant digits ("83.14 PFLOP/s", "1,299 TFLOP/s"); counts in full ("499,968").
 */
export const plainQuantity: QuantityFormatter = (value, unit) => {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'count') return grouped.format(value);
  if (unit === 'ratio') return fourDigits.format(value);
  if (unit === 'm²') return `${grouped.format(value)} m²`;
  const magnitude = Math.abs(value);
  const index = PREFIXES.findIndex(([f]) => magnitude >= f * 0.9995);
  // Keep an exact four-digit figure in the smaller unit, as vendors print it (1,299 TFLOP/s, 2,048 GB/s);
  // round ones move up (1,280 GB/s → 1.28 TB/s).
  const smaller = index >= 0 ? PREFIXES[index + 1] : undefined;
  const inSmaller = smaller ? magnitude / smaller[0] : 0;
  const exact = Number.isInteger(inSmaller) && inSmaller < 1e4 && inSmaller % 10 !== 0;
  const [factor, symbol] = (exact ? smaller : PREFIXES[index]) ?? [1, ''];
  return `${fourDigits.format(value / factor)} ${symbol}${unit}`;
};
