import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLinkNumber, parseLinkNumber } from '../../../src/share/numberText';

describe('formatLinkNumber', () => {
  it('writes the shorter of plain and exponent form, never a +', () => {
    const cases: [number, string][] = [
      [256e9, '2.56e11'],
      [7812, '7812'],
      [0.4, '0.4'],
      [1000, '1000'],
      [1e6, '1e6'],
      [268435456, '268435456'],
      [1e21, '1e21'],
      [1.25e-5, '1.25e-5'],
      [-8, '-8'],
      [0, '0'],
      [15.6e12, '1.56e13'],
      [2.2e9, '2.2e9'],
    ];
    for (const [n, text] of cases) expect(formatLinkNumber(n)).toBe(text);
  });

  it('reads back exactly, for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = formatLinkNumber(n);
        expect(text).not.toContain('+');
        expect(parseLinkNumber(text, 'count')).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseLinkNumber', () => {
  it('reads decimals, e-notation (a + decoded as a space too) and prefixes with the unit', () => {
    expect(parseLinkNumber('1e 15', 'count')).toBe(1e15);
    expect(parseLinkNumber('.5', 'ratio')).toBe(0.5);
    expect(parseLinkNumber('256GB/s', 'B/s')).toBe(2.56e11);
    expect(parseLinkNumber('96GiB', 'B')).toBe(96 * 2 ** 30);
    expect(parseLinkNumber('0.5us', 's')).toBe(5e-7);
    expect(parseLinkNumber('1.3P', 'FLOP/s')).toBe(1.3e15);
    expect(parseLinkNumber('7.8k', 'count')).toBe(7800);
    expect(parseLinkNumber('12m', 'm')).toBe(12);
    expect(parseLinkNumber('1e400', 'count')).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(parseLinkNumber('-0', 'count'), 0)).toBe(true);
  });

  it('refuses what is not a number in this unit', () => {
    for (const text of [
      '',
      'abc',
      'NaN',
      'Infinity',
      '0x10',
      '1,5',
      '1_000',
      'e5',
      '.',
      '-',
      '256Gb/s',
      '5Q',
      '1.2.3',
      '96GB',
    ]) {
      expect(parseLinkNumber(text, text === '96GB' ? 'B/s' : 'B/s'), text).toBeNull();
    }
  });
});
