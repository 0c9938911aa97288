import { describe, expect, it } from 'vitest';
import { formatTypedNumber, parseTypedNumber } from '../../../src/ui/controls/displayUnit';

describe('typed numbers', () => {
  it('reads plain, grouped and scientific numbers', () => {
    expect(parseTypedNumber('1,024')).toBe(1024);
    expect(parseTypedNumber(' 2.5 ')).toBe(2.5);
    expect(parseTypedNumber('1e3')).toBe(1000);
    expect(parseTypedNumber('-5')).toBe(-5);
    expect(parseTypedNumber('.5')).toBe(0.5);
  });

  it('refuses text, NaN, infinity and empty input', () => {
    for (const t of ['abc', 'NaN', 'Infinity', '', '1e999', '4x4', '<script>', '1.2.3'])
      expect(parseTypedNumber(t), t).toBeNull();
  });

  it('prints values short enough to edit and exact enough to read back', () => {
    expect(formatTypedNumber(256)).toBe('256');
    // Trn2 sparse ÷ dense FP8 = 2,563 ÷ 1,299 = 1.973056…: four significant digits, not six.
    expect(formatTypedNumber(1.973056197)).toBe('1.973');
    expect(formatTypedNumber(7812)).toBe('7812');
    expect(parseTypedNumber(formatTypedNumber(1e-6))).toBe(1e-6);
  });
});
