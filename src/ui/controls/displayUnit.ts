import { formatFieldBound, formatFieldValue } from '../../format/numbers';
import type { SettingUnit } from '../../model/index';

/** The unit a field is typed in: SI base units are unwieldy (2.56e11 B/s), so fields use GB/s, GiB, TFLOP/s. */
export interface DisplayUnit {
  label: string;
  factor: number;
}

const DISPLAY: Record<SettingUnit, DisplayUnit> = {
  'B/s': { label: 'GB/s', factor: 1e9 },
  B: { label: 'GiB', factor: 2 ** 30 },
  'FLOP/s': { label: 'TFLOP/s', factor: 1e12 },
  W: { label: 'W', factor: 1 },
  s: { label: 's', factor: 1 },
  count: { label: '', factor: 1 },
  ratio: { label: '', factor: 1 },
  'm²': { label: 'm²', factor: 1 },
  m: { label: 'm', factor: 1 },
};

export const displayUnitOf = (unit: SettingUnit): DisplayUnit => DISPLAY[unit];

/** Reads what a person types: "1,024", " 2.5 ", "1e3". Null for anything else (text, NaN, empty). */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '').replace(/_/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** A value in display units as a field shows it (whole numbers exact, others four significant digits). */
export const formatTypedNumber = formatFieldValue;

/** A bound of an allowed range, for reading: "100,000", "0.01", "0.0009313". */
export const formatRangeBound = formatFieldBound;

/** Equal up to float noise, so a value read back from a link counts as the one in force. */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(a), Math.abs(b));
}
