import type { SettingUnit } from '../model/settingsSpec';
/**
 * Numbers in links: written compactly and exactly, read leniently. SI base units throughout;
 * a reader may add an SI or binary prefix and the field's unit (`256GB/s`, `96GiB`, `0.5us`).
 */

/** Unit symbols a link may use; counts and ratios take a bare prefix only (`7.8k`). */
/** The units a link's numbers are in: the model's setting units. */
export type LinkUnit = SettingUnit;

const UNIT_SYMBOLS: Readonly<Record<LinkUnit, readonly string[]>> = {
  'FLOP/s': ['FLOP/s', 'FLOPS'],
  B: ['B'],
  'B/s': ['B/s'],
  W: ['W'],
  s: ['s'],
  count: [],
  ratio: [],
  'm²': ['m²', 'm2'],
  m: ['m'],
};

const DECIMAL_PREFIXES: Readonly<Record<string, number>> = {
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
  m: -3,
  u: -6,
  µ: -6,
  n: -9,
};
const BINARY_PREFIXES: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

const NUMBER_WITH_SUFFIX = /^([+-]?(?:\d+\.?\d*|\.\d+))([eE][+-]?\d+)?(.*)$/;

/**
 * The shortest text that reads back to exactly `n`: plain digits while they are short
 * (`7812`, `0.4`), else the shorter of plain and exponent form (`2.56e11` for 256 GB/s).
 * Never a `+`, which a query string would read as a space.
 */
export function formatLinkNumber(n: number): string {
  const plain = String(n).replace('e+', 'e');
  if (plain.length <= 6) return plain;
  const exponential = n.toExponential().replace('e+', 'e');
  return exponential.length < plain.length ? exponential : plain;
}

/**
 * Reads a decimal, e-notation or prefixed number (whitespace ignored, so `1e 15` — a `+`
 * decoded as a space — still reads). Null when it is not a number in this unit.
 * Out-of-range values, including ±Infinity from `1e400`, are returned for the caller to clamp.
 */
export function parseLinkNumber(text: string, unit: LinkUnit): number | null {
  const match = NUMBER_WITH_SUFFIX.exec(text.replace(/\s+/g, ''));
  if (!match) return null;
  const mantissa = match[1]!;
  const exponent = match[2] ?? '';
  const suffix = match[3]!;
  const symbol = UNIT_SYMBOLS[unit].find((s) => suffix.endsWith(s));
  const prefix = symbol === undefined ? suffix : suffix.slice(0, suffix.length - symbol.length);
  let value: number;
  const decimal = DECIMAL_PREFIXES[prefix];
  const binary = BINARY_PREFIXES[prefix];
  if (decimal !== undefined) {
    // Shift the exponent in the text, so `1.3P` is exactly 1.3e15 rather than 1.3 × 1e15.
    value = exponent === '' ? Number(`${mantissa}e${decimal}`) : Number(mantissa + exponent) * 10 ** decimal;
  } else if (binary !== undefined) {
    value = Number(mantissa + exponent) * 2 ** binary;
  } else {
    return null;
  }
  if (Number.isNaN(value)) return null;
  return value === 0 ? 0 : value;
}

/** Built once: `toLocaleString` with options builds a formatter on every call, which dominated decoding hostile links. */
const GROUPED_DIGITS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A number in a message: grouped digits, or e-notation where digits would mislead. */
export function formatForPeople(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n !== 0 && (Math.abs(n) < 1e-3 || Math.abs(n) >= 1e21)) return String(n);
  return GROUPED_DIGITS.format(n);
}
