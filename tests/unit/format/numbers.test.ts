import { describe, expect, it } from 'vitest';
import {
  exportNumber,
  formatBandwidth,
  formatBytes,
  formatBytesBinary,
  formatBytesDecimal,
  formatCount,
  formatCounted,
  formatCountShort,
  formatDuration,
  formatFieldValue,
  formatFlops,
  formatFlopsPerWatt,
  formatHops,
  formatIndex,
  formatPercent,
  formatPercentDifference,
  formatPower,
  formatQuantity,
  formatRange,
  formatRatio,
  formatScientific,
  formatSI,
  formatTimes,
  formatYears,
  siFormatter,
} from '../../../src/format/numbers';

// Every expectation is written out by hand from the figure it formats; none calls another formatter.

describe('figures with SI prefixes', () => {
  it('prints four significant digits with the prefix glued to the unit', () => {
    // Trn2 UltraServer dense FP8: 64 chips × 1,299 TFLOP/s = 83,136 TFLOP/s = 83.136 PFLOP/s → 83.14.
    expect(formatFlops(64 * 1.299e15)).toBe('83.14 PFLOP/s');
    // One Trainium2: 1,299 TFLOP/s = 1.299 PFLOP/s.
    expect(formatFlops(1.299e15)).toBe('1.299 PFLOP/s');
    // GB200 NVL72: 72 × 5 PFLOP/s = 360 PFLOP/s (trailing zeros trimmed).
    expect(formatFlops(72 * 5e15)).toBe('360 PFLOP/s');
    expect(formatFlops(null)).toBe('not published');
    expect(formatBandwidth(1.28e12)).toBe('1.28 TB/s');
    expect(formatPower(55_176)).toBe('55.18 kW');
    // 500 W chip + 2,500 W host ÷ 16 chips + 100 W network, × PUE 1.14 = 862.125 W.
    expect(formatPower((500 + 2500 / 16 + 100) * 1.14)).toBe('862.1 W');
    expect(formatFlopsPerWatt(1.507e12)).toBe('1.507 TFLOP/s per W');
  });

  it('moves up a prefix when rounding reaches 1,000 rather than printing "1,000 k"', () => {
    expect(formatPower(999_960)).toBe('1 MW');
    expect(formatPower(999_940)).toBe('999.9 kW');
  });

  it('keeps the smallest prefix a quantity is quoted in, and goes below 1 where allowed', () => {
    expect(formatFlops(5e8)).toBe('0.5 GFLOP/s');
    expect(formatSI(3.93e-3, 's')).toBe('3.93 ms');
    expect(formatSI(12.5e-6, 's')).toBe('12.5 µs');
    expect(formatSI(0, 'W')).toBe('0 W');
    expect(formatSI(Number.NaN, 'W')).toBe('—');
    expect(siFormatter('W', 3)(862.125)).toBe('862 W');
    expect(formatSI(1.2e21, 'FLOP/s')).toBe('1.2 ZFLOP/s');
  });
});

describe('bytes', () => {
  it('prints memory in GiB as AWS does, up to 100,000 GiB, then TiB', () => {
    expect(formatBytesBinary(96 * 2 ** 30)).toBe('96 GiB');
    // 64 chips × 96 GiB = 6,144 GiB: AWS's figure, not "6 TiB".
    expect(formatBytesBinary(64 * 96 * 2 ** 30)).toBe('6,144 GiB');
    // Rainier: 499,968 × 96 GiB = 47,996,928 GiB = 46,872 TiB → four digits 46,870.
    expect(formatBytesBinary(499_968 * 96 * 2 ** 30)).toBe('46,870 TiB');
  });

  it('prints message sizes under a GiB in MiB, KiB or bytes', () => {
    expect(formatBytesBinary(256 * 2 ** 20)).toBe('256 MiB');
    expect(formatBytesBinary(1536)).toBe('1.5 KiB');
    expect(formatBytesBinary(512)).toBe('512 B');
    expect(formatBytesBinary(2 ** 32)).toBe('4 GiB');
  });

  it('gives both readings, binary then decimal', () => {
    // 96 GiB = 96 × 1,073,741,824 B = 103,079,215,104 B = 103.1 GB.
    expect(formatBytesDecimal(96 * 2 ** 30)).toBe('103.1 GB');
    expect(formatBytes(96 * 2 ** 30)).toBe('96 GiB (103.1 GB)');
  });
});

describe('counts, plurals and hops', () => {
  it('prints every digit of a whole count', () => {
    // 1,499,904 = 23,436 UltraServers × 64 chips; six significant digits would print 1,499,900.
    expect(formatCount(1_499_904)).toBe('1,499,904');
    expect(formatCount(4_194_304)).toBe('4,194,304');
    expect(formatCount(499_968)).toBe('499,968');
    expect(formatCount(0)).toBe('0');
  });

  it('keeps four significant digits of a fractional count, e.g. a total scaled to equal power', () => {
    expect(formatCount(62.3712)).toBe('62.37');
    expect(formatCount(Number.NaN)).toBe('—');
  });

  it('agrees noun and number', () => {
    expect(formatCounted(1, 'hop')).toBe('1 hop');
    expect(formatCounted(2, 'hop')).toBe('2 hops');
    expect(formatCounted(0, 'link')).toBe('0 links');
    expect(formatCounted(1, 'switch', 'switches')).toBe('1 switch');
    expect(formatCounted(3, 'switch', 'switches')).toBe('3 switches');
    expect(formatCounted(7812, 'UltraServer')).toBe('7,812 UltraServers');
  });

  it('prints hops to two decimals, singular for one', () => {
    // 4×4×4 torus: each ring of 4 averages 4/4 = 1 hop over all pairs; 3 dims × 64/63 over distinct pairs = 3.048.
    expect(formatHops((3 * 64) / 63)).toBe('3.05 hops');
    expect(formatHops(1)).toBe('1 hop');
    expect(formatHops(6)).toBe('6 hops');
    expect(formatHops(0)).toBe('0 hops');
  });

  it('prints a number that names something without grouping', () => {
    expect(formatIndex(1501)).toBe('1501');
  });

  it('prints axis counts short', () => {
    expect(formatCountShort(1e3)).toBe('1k');
    expect(formatCountShort(1e6)).toBe('1M');
  });
});

describe('ratios, percentages and times', () => {
  it('prints ratios to three significant digits', () => {
    // Trn2 sparse ÷ dense FP8: 2,563 ÷ 1,299 = 1.97306…
    expect(formatRatio(2563 / 1299)).toBe('1.97');
    // GB200 NVL72 ÷ Trn2 UltraServer dense FP8: 360 ÷ 83.136 = 4.3302…
    expect(formatTimes(360 / 83.136)).toBe('4.33×');
    expect(formatTimes(Number.NaN)).toBe('—');
  });

  it('prints fractions as percentages and signed differences', () => {
    expect(formatPercent(0.17257)).toBe('17.3%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('—');
    // The article's 68 TB/s against the model's 81.92 TB/s: (81.92 − 68) ÷ 68 = +20.5% → two digits +20%.
    expect(formatPercentDifference((81.92 - 68) / 68)).toBe('+20%');
    expect(formatPercentDifference((164 - 332.8) / 332.8)).toBe('−51%');
    expect(formatPercentDifference(0)).toBe('0%');
  });

  it('prints durations in the unit a reader expects, three significant digits', () => {
    expect(formatDuration(2.5e-6)).toBe('2.5 µs');
    expect(formatDuration(0.42)).toBe('420 ms');
    expect(formatDuration(5.666)).toBe('5.67 s');
    expect(formatDuration(380)).toBe('6.33 min');
    expect(formatDuration(3.29 * 3600)).toBe('3.29 h');
    expect(formatDuration(19.1 * 86_400)).toBe('19.1 days');
    // 2.85 × 10⁸ s ÷ (365.25 × 86,400 s) = 9.0311 years: not "9.03834 years" or six digits.
    expect(formatDuration(2.85e8)).toBe('9.03 years');
    expect(formatYears(2.85e8)).toBe('9.03 years');
    expect(formatDuration(Infinity)).toBe('∞');
  });

  it('prints very large values in scientific notation with superscripts', () => {
    // 6 × 405e9 parameters × 15.6e12 tokens = 3.7908 × 10²⁵ FLOP.
    expect(formatScientific(6 * 405e9 * 15.6e12, 'FLOP')).toBe('3.791 × 10²⁵ FLOP');
    expect(formatScientific(2e-7)).toBe('2 × 10⁻⁷');
  });

  it('formats a model quantity by its unit', () => {
    expect(formatQuantity(83.136e15, 'FLOP/s')).toBe('83.14 PFLOP/s');
    expect(formatQuantity(96 * 2 ** 30, 'B')).toBe('96 GiB (103.1 GB)');
    expect(formatQuantity(499_968, 'count')).toBe('499,968');
    expect(formatQuantity(1.14, 'ratio')).toBe('1.14');
    expect(formatQuantity(600, 's')).toBe('10 min');
    expect(formatQuantity(12_500, 'm²')).toBe('12,500 m²');
  });
});

describe('fields', () => {
  it('shows whole numbers exactly and others to four significant digits, ungrouped so they read back', () => {
    expect(formatFieldValue(7812)).toBe('7812');
    expect(formatFieldValue(1299)).toBe('1299');
    expect(formatFieldValue(2563 / 1299)).toBe('1.973');
    expect(formatFieldValue(1.14)).toBe('1.14');
    expect(formatFieldValue(Number.NaN)).toBe('');
  });

  it('states a range in display units with sensible digits', () => {
    // HBM bounds 1 MB and 10 TB typed in GiB: 1e6 ÷ 2³⁰ = 0.000931323 GiB, 1e13 ÷ 2³⁰ = 9,313.23 GiB.
    expect(formatRange(1e6 / 2 ** 30, 1e13 / 2 ** 30, 'GiB')).toBe('0.0009313 GiB to 9,313 GiB');
    expect(formatRange(1, 65_536)).toBe('1 to 65,536');
    expect(formatRange(0.01, 100_000, 'billion')).toBe('0.01 billion to 100,000 billion');
    expect(formatRange(1, 100, '%')).toBe('1% to 100%');
  });
});

describe('exports', () => {
  it('rounds SI values to twelve significant digits, hiding float noise', () => {
    // 55,176 W computed as a sum of products comes out as 55175.99999999999.
    expect(exportNumber(55175.99999999999)).toBe(55176);
    expect(exportNumber(0.1 + 0.2)).toBe(0.3);
    expect(exportNumber(499_968)).toBe(499_968);
    expect(exportNumber(null)).toBeNull();
  });
});
