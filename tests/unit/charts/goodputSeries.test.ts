import { describe, expect, it } from 'vitest';
import { goodputDomainCounts, goodputSeries } from '../../../src/charts/data/goodputSeries';
import { DEFAULT_RELIABILITY } from '../../../src/model/goodput/reliabilityConfig';
import { presetConfig } from '../../../src/model/presets/catalog';

describe('goodputDomainCounts', () => {
  it('doubles from one domain while the chips fit, and keeps the configured count', () => {
    // 1,000,000 ÷ 64 = 15,625 domains fit; powers of two up to 8,192, plus Rainier's 7,812.
    expect(goodputDomainCounts(7812, 64, 1_000_000)).toEqual([
      1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 7812, 8192,
    ]);
  });

  it('keeps a configured size beyond the budget, and never samples zero domains', () => {
    expect(goodputDomainCounts(100, 64, 1000)).toEqual([1, 2, 4, 8, 100]);
    expect(goodputDomainCounts(1, 8960, 1000)).toEqual([1]);
    expect(goodputDomainCounts(0, 64, 64)).toEqual([1]);
  });
});

describe('goodputSeries', () => {
  const rainier = presetConfig('rainier');
  const nvl72 = presetConfig('gb200-nvl72');
  const [series] = goodputSeries([{ label: 'Rainier', config: rainier }], 405e9, DEFAULT_RELIABILITY);

  it('samples Rainier at 64 chips per domain and marks its configured 7,812 domains (499,968 chips)', () => {
    expect(series!.chipsPerDomain).toBe(64);
    expect(series!.points.map((p) => p.chips)).toEqual(
      [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 7812, 8192].map((d) => d * 64),
    );
    expect(series!.points.filter((p) => p.configured).map((p) => p.chips)).toEqual([499_968]);
  });

  it('divides the MTBF by the number of domains: failures add up, k domains fail k times as often', () => {
    const one = series!.points[0]!;
    for (const p of series!.points) expect(p.mtbfSeconds * p.ultraServers).toBeCloseTo(one.mtbfSeconds, 3);
  });

  it('falls as the cluster grows and stays a fraction', () => {
    for (const s of goodputSeries(
      [
        { label: 'Rainier', config: rainier },
        { label: 'NVL72', config: nvl72 },
      ],
      405e9,
      DEFAULT_RELIABILITY,
    )) {
      s.points.forEach((p, i) => {
        expect(p.goodput).toBeGreaterThan(0);
        expect(p.goodput).toBeLessThanOrEqual(1);
        if (i > 0) expect(p.goodput).toBeLessThan(s.points[i - 1]!.goodput);
      });
    }
  });

  it('samples every system up to the same chip budget, so small systems are seen at scale', () => {
    // 10,000 ÷ 72 = 138.9 NVL72 racks fit: the last power of two is 128 racks = 9,216 chips.
    const small = goodputSeries([{ label: 'NVL72', config: nvl72 }], 405e9, DEFAULT_RELIABILITY, { maxChips: 10_000 });
    expect(small[0]!.points.map((p) => p.chips)).toEqual([1, 2, 4, 8, 16, 32, 64, 128].map((d) => d * 72));
  });
});
