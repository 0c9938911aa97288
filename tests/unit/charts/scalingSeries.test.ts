import { describe, expect, it } from 'vitest';
import {
  clusterBisectionBandwidth,
  domainCounts,
  SCALING_METRICS,
  scalingSeries,
} from '../../../src/charts/data/scalingSeries';
import { evaluate } from '../../../src/model/evaluate';
import { PRESETS, presetConfig } from '../../../src/model/presets/catalog';

describe('domainCounts', () => {
  it('starts at one domain and ends at the most even count that fits in the chip budget', () => {
    const counts = domainCounts(64, 1_000_000);
    expect(counts[0]).toBe(1);
    expect(counts.at(-1)).toBe(15_624); // 15,625 fit; the odd one is dropped
    expect(counts.at(-1)! * 64).toBeLessThanOrEqual(1_000_000);
  });

  it('is strictly increasing, log-spaced and even above one domain', () => {
    const counts = domainCounts(8, 1_000_000, 4);
    counts.forEach((c, i) => {
      if (i > 0) expect(c).toBeGreaterThan(counts[i - 1]!);
      if (c > 1) expect(c % 2).toBe(0);
    });
    // About four samples per decade over five decades (1 … 125,000 domains).
    expect(counts.length).toBeGreaterThanOrEqual(18);
    expect(counts.length).toBeLessThanOrEqual(24);
  });

  it('gives a single point when one domain already exceeds the budget', () => {
    expect(domainCounts(8960, 1000)).toEqual([1]);
    expect(domainCounts(64, 127)).toEqual([1]);
    expect(domainCounts(64, 128)).toEqual([1, 2]);
  });
});

describe('clusterBisectionBandwidth', () => {
  it('is the domain bisection for one domain', () => {
    const m = evaluate(presetConfig('trn2-ultraserver'));
    expect(clusterBisectionBandwidth(m)).toBe(m.bisectionBandwidth);
  });

  it('is half the chips times scale-out per chip across whole domains (even count)', () => {
    const m = evaluate({ ...presetConfig('trn2-ultraserver'), ultraServers: 4 });
    expect(clusterBisectionBandwidth(m)).toBe((256 / 2) * 25e9);
  });

  it('adds one domain bisection when the count is odd and the cut must split a domain', () => {
    const m = evaluate({ ...presetConfig('trn2-ultraserver'), ultraServers: 3 });
    expect(clusterBisectionBandwidth(m)).toBe((192 / 2) * 25e9 + m.bisectionBandwidth);
  });
});

describe('scalingSeries', () => {
  const systems = [
    { label: 'Trn2 UltraServer', config: presetConfig('trn2-ultraserver') },
    { label: 'GB200 NVL72', config: presetConfig('gb200-nvl72') },
    { label: 'TPU v5p pod', config: presetConfig('tpu-v5p-pod') },
  ];
  const series = scalingSeries(systems);

  it('gives one series per system, labelled, with its domain size', () => {
    expect(series.map((s) => s.label)).toEqual(systems.map((s) => s.label));
    expect(series.map((s) => s.chipsPerDomain)).toEqual([64, 72, 8960]);
  });

  it('starts each series at one domain, as evaluate() gives the preset', () => {
    for (const [i, s] of series.entries()) {
      const m = evaluate(systems[i]!.config);
      expect(s.points[0]).toMatchObject({
        domains: 1,
        chips: m.chips,
        fp8DenseFlops: m.fp8DenseFlops,
        facilityPowerWatts: m.facilityPowerWatts,
      });
    }
  });

  it('scales FLOP/s and power linearly with chips, and stays within ~1M chips', () => {
    for (const s of series) {
      const first = s.points[0]!;
      for (const p of s.points) {
        expect(p.chips).toBe(p.domains * s.chipsPerDomain);
        expect(p.chips).toBeLessThanOrEqual(1_000_000);
        expect(p.fp8DenseFlops / p.chips).toBeCloseTo(first.fp8DenseFlops / first.chips, 0);
        expect(p.facilityPowerWatts / first.facilityPowerWatts).toBeCloseTo(p.domains, 6);
      }
      expect(s.points.at(-1)!.chips).toBeGreaterThan(900_000);
    }
  });

  it('keeps the domain bisection and average hops constant, as the subtitles say', () => {
    for (const s of series) {
      expect(new Set(s.points.map((p) => p.domainBisectionBandwidth)).size).toBe(1);
      expect(new Set(s.points.map((p) => p.averageHops)).size).toBe(1);
    }
    expect(SCALING_METRICS.averageHops.subtitle).toMatch(/constant/);
    expect(SCALING_METRICS.domainBisectionBandwidth.subtitle).toMatch(/constant/);
  });

  it('grows the cluster bisection with scale-out beyond one domain', () => {
    const trn2 = series[0]!;
    const at = (domains: number) => trn2.points.find((p) => p.domains === domains)!;
    expect(at(1).clusterBisectionBandwidth).toBe(2.048e12);
    expect(at(2).clusterBisectionBandwidth).toBe(64 * 25e9);
    expect(at(10).clusterBisectionBandwidth).toBe((10 * at(2).clusterBisectionBandwidth) / 2);
  });

  it('honours the chip budget and sampling density options', () => {
    const small = scalingSeries([{ label: 'DGX B200', config: PRESETS['dgx-b200'].config }], {
      maxChips: 80,
      samplesPerDecade: 10,
    });
    expect(small[0]!.points.map((p) => p.chips)).toEqual([8, 16, 32, 48, 64, 80]);
  });
});
