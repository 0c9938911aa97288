import { describe, expect, it } from 'vitest';
import {
  formatBandwidth,
  formatBytes,
  formatCount,
  formatFlops,
  formatFlopsPerWatt,
  formatPercentDifference,
  formatPower,
  formatQuantity,
  formatTimes,
} from '../../../src/ui/format';

describe('formatters added for the comparison', () => {
  it('prints efficiency, ratios and signed differences', () => {
    expect(formatFlopsPerWatt(1.507e12)).toBe('1.507 TFLOP/s per W');
    expect(formatTimes(360 / 83.136)).toBe('4.33×');
    expect(formatTimes(Number.NaN)).toBe('—');
    expect(formatPercentDifference((81.92 - 68) / 68)).toBe('+20%');
    expect(formatPercentDifference((164 - 332.8) / 332.8)).toBe('−51%');
    expect(formatPercentDifference(0)).toBe('0%');
  });

  it('formats any model quantity by unit, exactly as the unit-specific formatters do', () => {
    expect(formatQuantity(83.2e15, 'FLOP/s')).toBe(formatFlops(83.2e15));
    expect(formatQuantity(96 * 2 ** 30, 'B')).toBe(formatBytes(96 * 2 ** 30));
    expect(formatQuantity(1.28e12, 'B/s')).toBe(formatBandwidth(1.28e12));
    expect(formatQuantity(500, 'W')).toBe(formatPower(500));
    expect(formatQuantity(499_968, 'count')).toBe(formatCount(499_968));
    expect(formatQuantity(1.14, 'ratio')).toBe('1.14');
  });
});
