/**
 * A copy of `value` with every finite number rounded to `digits` significant digits, so JSON
 * shows 55176 rather than 55175.99999999999 (float noise from unit products). Integers up to
 * 10^digits are unchanged; non-finite numbers become null, as JSON would print them anyway.
 */
export function roundSignificant<T>(value: T, digits = 12): T {
  return roundAny(value, digits) as T;
}

function roundAny(value: unknown, digits: number): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(digits)) : null;
  if (Array.isArray(value)) return value.map((item) => roundAny(item, digits));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, roundAny(item, digits)]));
  }
  return value;
}
