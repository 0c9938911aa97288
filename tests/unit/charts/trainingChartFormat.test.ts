import { describe, expect, it } from 'vitest';
import { formatBinaryBytes, formatInteger, formatPercent } from '../../../src/charts/chartFormat';

describe('formatters added for the goodput and collective charts', () => {
  it('prints message sizes in binary units', () => {
    expect(formatBinaryBytes(512)).toBe('512 B');
    expect(formatBinaryBytes(1024)).toBe('1 KiB');
    expect(formatBinaryBytes(1536)).toBe('1.5 KiB');
    expect(formatBinaryBytes(56 * 2 ** 20)).toBe('56 MiB');
    expect(formatBinaryBytes(2 ** 32)).toBe('4 GiB');
    expect(formatBinaryBytes(Number.NaN)).toBe('—');
  });

  it('prints fractions as percentages, three significant digits', () => {
    expect(formatPercent(0.17257)).toBe('17.3%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.2)).toBe('20%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('prints counts exactly, past six digits', () => {
    expect(formatInteger(1_499_904)).toBe('1,499,904');
    expect(formatInteger(4_194_304)).toBe('4,194,304');
    expect(formatInteger(Number.NaN)).toBe('—');
  });
});
