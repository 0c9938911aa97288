import { describe, expect, it } from 'vitest';
import { goodputDomainCounts, goodputSeries } from '../../../src/charts/data/goodputSeries';
import { goodputSweep } from '../../../src/model/goodput/goodput';
import { DEFAULT_RELIABILITY } from '../../../src/model/goodput/reliabilityConfig';
import { presetConfig } from '../../../src/model/presets/catalog';

describe('goodputDomainCounts', () => {
  it('doubles from one domain while the chips fit, and keeps the configured count', () => {
    const counts = goodputDomainCounts(7812, 64, 1_000_000);
    expect(counts.slice(0, 4)).toEqual([1, 2, 4, 8]);
    expect(counts).toContain(7812);
    expect(counts.at(-1)).toBe(8192); // 15,625 domains fit; the last power of two is 8,192
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
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

  it('holds exactly the numbers of the model’s goodputSweep at the sampled sizes', () => {
    const [series] = goodputSeries([{ label: 'Rainier', config: rainier }], 405e9, DEFAULT_RELIABILITY);
    const counts = goodputDomainCounts(rainier.ultraServers, 64, 1_000_000);
    const sweep = goodputSweep(rainier, 405e9, DEFAULT_RELIABILITY, counts);
    expect(series!.chipsPerDomain).toBe(64);
    expect(series!.points.map((p) => p.chips)).toEqual(sweep.chips);
    expect(series!.points.map((p) => p.goodput)).toEqual(sweep.goodput);
    expect(series!.points.map((p) => p.mtbfSeconds)).toEqual(sweep.mtbfSeconds);
    expect(series!.points.filter((p) => p.configured).map((p) => p.ultraServers)).toEqual([7812]);
  });

  it('falls as the cluster grows: more chips, more failures', () => {
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
    const series = goodputSeries([{ label: 'NVL72', config: nvl72 }], 405e9, DEFAULT_RELIABILITY, { maxChips: 10_000 });
    expect(series[0]!.points.at(-1)!.chips).toBeLessThanOrEqual(10_000);
    expect(series[0]!.points.at(-1)!.chips * 2).toBeGreaterThan(10_000);
  });
});
