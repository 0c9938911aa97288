import { describe, expect, it } from 'vitest';
import { DEFAULT_RELIABILITY } from '../../../../src/model/goodput/reliabilityConfig';
import { DEFAULT_TRAINING } from '../../../../src/model/training/trainingConfig';
import {
  formatDays,
  formatDuration,
  formatMegawattHours,
  formatScientific,
  formatUsd,
} from '../../../../src/format/numbers';
import { formatTypedNumber } from '../../../../src/ui/controls/displayUnit';
import { RELIABILITY_FIELDS, TRAINING_FIELDS } from '../../../../src/ui/training/trainingFields';

const spec = (key: string) => [...TRAINING_FIELDS, ...RELIABILITY_FIELDS].find((s) => s.key === key)!;
const bounds = (key: string) => {
  const { min, max, unit, integer } = spec(key);
  return { min, max, unit, integer };
};

describe('training fields', () => {
  it('take their bounds from the model, the ones a link is checked against (settingsSpec.ts)', () => {
    // Copied by hand from settingsSpec.ts: SI units, so MFU is a ratio and restart time is in seconds.
    expect(bounds('mfu')).toEqual({ min: 1e-3, max: 1, unit: 'ratio', integer: false });
    expect(bounds('parameters')).toEqual({ min: 1e3, max: 1e16, unit: 'count', integer: false });
    expect(bounds('restartSeconds')).toEqual({ min: 0, max: 1e7, unit: 's', integer: false });
    expect(bounds('chipMtbf')).toEqual({ min: 60, max: 1e10 * 3600, unit: 's', integer: false });
  });

  it('show each default in the unit people think in, inside its bounds', () => {
    const defaults: Record<string, unknown> = { ...DEFAULT_TRAINING, ...DEFAULT_RELIABILITY };
    for (const s of [...TRAINING_FIELDS, ...RELIABILITY_FIELDS]) {
      const value = defaults[s.key] as number;
      expect(value >= s.min && value <= s.max, `${s.key} = ${value}`).toBe(true);
    }
    // 405e9 parameters = 405 billion; MFU 0.4 = 40 %; 600 s = 10 min.
    expect(formatTypedNumber(405e9 / spec('parameters').display.factor)).toBe('405');
    expect(formatTypedNumber(0.4 / spec('mfu').display.factor)).toBe('40');
    expect(formatTypedNumber(600 / spec('restartSeconds').display.factor)).toBe('10');
    expect(spec('storageWriteBandwidth').display).toEqual({ label: 'TB/s', factor: 1e12 });
  });
});

describe('formatters added for the training panel', () => {
  it('prints durations in the unit a reader expects', () => {
    expect(formatDuration(0.42)).toBe('420 ms');
    expect(formatDuration(5.67)).toBe('5.67 s');
    expect(formatDuration(380)).toBe('6.33 min');
    expect(formatDuration(11_844)).toBe('3.29 h');
    expect(formatDuration(19.06 * 86_400)).toBe('19.1 days');
    expect(formatDuration(9.04 * 365.25 * 86_400)).toBe('9.04 years');
    expect(formatDuration(Infinity)).toBe('∞');
    expect(formatDuration(Number.NaN)).toBe('—');
  });

  it('prints compute in powers of ten, energy in MWh, cost in dollars, time in days', () => {
    expect(formatScientific(6 * 405e9 * 15.6e12, 'FLOP')).toBe('3.791 × 10²⁵ FLOP');
    expect(formatScientific(1e-7, 's')).toBe('1 × 10⁻⁷ s');
    expect(formatMegawattHours(3.6e9 * 12_345)).toBe('12,350 MWh');
    expect(formatUsd(2_722_091.8)).toBe('$2,722,000');
    expect(formatDays(3.28919)).toBe('3.289 days');
  });
});
