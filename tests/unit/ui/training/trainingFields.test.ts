import { describe, expect, it } from 'vitest';
import { DEFAULT_RELIABILITY } from '../../../../src/model/goodput/reliabilityConfig';
import { DEFAULT_TRAINING } from '../../../../src/model/training/trainingConfig';
import {
  formatDays,
  formatDuration,
  formatMegawattHours,
  formatScientific,
  formatUsd,
} from '../../../../src/ui/format';
import {
  displayText,
  parseField,
  rangeText,
  RELIABILITY_FIELDS,
  sameValue,
  TRAINING_FIELDS,
} from '../../../../src/ui/training/trainingFields';

const spec = (key: string) => [...TRAINING_FIELDS, ...RELIABILITY_FIELDS].find((s) => s.key === key)!;

describe('training fields', () => {
  it('show each default in display units and parse it back to the same model value', () => {
    for (const s of TRAINING_FIELDS) {
      const value = DEFAULT_TRAINING[s.key];
      const parsed = parseField(s, displayText(s, value));
      expect(parsed.ok && sameValue(parsed.value, value)).toBe(true);
    }
    for (const s of RELIABILITY_FIELDS) {
      const value = DEFAULT_RELIABILITY[s.key];
      const parsed = parseField(s, displayText(s, value));
      expect(parsed.ok && sameValue(parsed.value, value)).toBe(true);
    }
    expect(displayText(spec('parameters'), 405e9)).toBe('405');
    expect(displayText(spec('mfu'), 0.4)).toBe('40');
    expect(displayText(spec('restartSeconds'), 600)).toBe('10');
  });

  it('converts typed display units to SI', () => {
    expect(parseField(spec('parameters'), '70')).toEqual({ ok: true, value: 70e9 });
    expect(parseField(spec('tokens'), '1,000')).toEqual({ ok: true, value: 1e15 });
    expect(parseField(spec('mfu'), ' 35.5 ')).toEqual({ ok: true, value: 0.355 });
    expect(parseField(spec('restartSeconds'), '0')).toEqual({ ok: true, value: 0 });
    expect(parseField(spec('storageWriteBandwidth'), '2.5e-1')).toEqual({ ok: true, value: 0.25e12 });
  });

  it('refuses empty, text, negative, NaN and out-of-range input, naming the allowed range', () => {
    const mfu = spec('mfu');
    expect(rangeText(mfu)).toBe('1 to 100 %');
    for (const text of ['', 'abc', '-5', 'NaN', 'Infinity', '12abc', '101', '0.5', '1e400']) {
      const parsed = parseField(mfu, text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain('Allowed: 1 to 100 %.');
    }
    expect(rangeText(spec('parameters'))).toBe('0.01 to 100,000 billion');
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
