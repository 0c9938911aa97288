import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/model/evaluate';
import type { MetricKey } from '../../../../src/model/metrics';
import { PRESETS, presetConfig } from '../../../../src/model/presets/catalog';
import { PRESET_IDS } from '../../../../src/model/presets/preset';
import { CHIPS } from '../../../../src/model/chips/catalog';
import { explainMetric } from '../../../../src/model/provenance/explainMetric';
import { matchPreset } from '../../../../src/model/provenance/matchPreset';
import { plainQuantity } from '../../../../src/model/provenance/quantityText';

const METRIC_KEYS = Object.keys(evaluate(PRESETS.trn2.config)) as MetricKey[];

describe('explainMetric', () => {
  it('writes dense FP8 of the Trn2 UltraServer as chips × per-chip rate, with the numbers used', () => {
    const e = explainMetric(presetConfig('trn2-ultraserver'), 'fp8DenseFlops');
    expect(e.formula).toBe('64 chips × 1,299 TFLOP/s per chip = 83.14 PFLOP/s');
    expect(e.value).toBeCloseTo(64 * 1299e12, -9);
    expect(e.unit).toBe('FLOP/s');
    expect(e.presetId).toBe('trn2-ultraserver');
    const perChip = e.inputs.find((i) => i.label.startsWith('Dense FP8 per chip'));
    expect(perChip?.figure).toBe(CHIPS.trainium2.fp8Dense);
    expect(perChip?.overridden).toBe(false);
    expect(e.doubtful).toBe(false);
  });

  it('marks Trainium2 sparse FP8 as doubtful: the article disputes it (C1)', () => {
    const e = explainMetric(presetConfig('trn2'), 'fp8SparseFlops');
    expect(e.doubtful).toBe(true);
    const perChip = e.inputs.find((i) => i.figure?.alternatives?.length);
    expect(perChip?.figure?.alternatives?.[0]?.value).toBe(4 * 1299e12);
  });

  it('marks facility power as doubtful because chip power is an analyst estimate (L)', () => {
    const e = explainMetric(presetConfig('rainier'), 'facilityPowerWatts');
    expect(e.doubtful).toBe(true);
    expect(e.inputs.find((i) => i.label.startsWith('Power per chip'))?.figure?.confidence).toBe('L');
    expect(e.inputs.find((i) => i.label.startsWith('PUE'))?.figure?.value).toBe(1.14);
    expect(e.formula).toMatch(/× PUE 1\.14 = 431 MW$/);
  });

  it('reports a user override with no figure, and keeps the other inputs sourced', () => {
    const config = { ...presetConfig('rainier'), ultraServers: 100, chipOverrides: { tdp: 600 } };
    const e = explainMetric(config, 'chipPowerWatts');
    expect(e.presetId).toBe('rainier');
    const tdp = e.inputs.find((i) => i.label.startsWith('Power per chip'));
    expect(tdp).toMatchObject({ value: 600, figure: null, overridden: true });
    const domains = e.inputs.find((i) => i.label.startsWith('Scale-up domains'));
    expect(domains).toMatchObject({ value: 100, figure: null, overridden: true });
    expect(e.inputs.find((i) => i.label.startsWith('Chips per instance'))?.figure?.confidence).toBe('H');
    expect(e.formula).toBe('6,400 chips × 600 W = 3.84 MW');
    // The override replaces the L estimate, so nothing doubtful is left in this metric.
    expect(e.doubtful).toBe(false);
  });

  it('names the cut of the torus bisection and the switch bisection', () => {
    const torus = explainMetric(presetConfig('trn2-ultraserver'), 'bisectionBandwidth');
    // 4×4×4 with 128 GB/s Z links: the plane across the Z rings, 2 × 64 ÷ 4 = 32 links at 64 GB/s each way.
    expect(torus.formula).toContain('4×4×4 torus (32 | 32 chips), a plane across its Z rings');
    expect(torus.formula).toContain('32 Z links × 128 GB/s ÷ 2 = 2,048 GB/s, one direction');
    // Five instances (4×4×5): two whole instances and half a third on one side, 32 Z links at 64 GB/s
    // + 8 Y links at 128 GB/s = 3,072 GB/s; it names both dimensions and is not a plane.
    const five = explainMetric(
      { ...presetConfig('trn2-ultraserver'), instancesPerUltraServer: 5 },
      'bisectionBandwidth',
    );
    expect(five.formula).toContain('4×4×5 torus (40 | 40 chips), rings cut twice each in Y and Z');
    expect(five.formula).toContain('8 Y links × 256 GB/s ÷ 2 + 32 Z links × 128 GB/s ÷ 2 = 3,072 GB/s');
    // The same 4×4×5 cut is proven minimal, so its lower bound is the same 3,072 GB/s.
    const fiveBound = explainMetric(
      { ...presetConfig('trn2-ultraserver'), instancesPerUltraServer: 5 },
      'bisectionLowerBound',
    );
    expect(fiveBound.value).toBe(3.072e12);
    expect(fiveBound.formula).toContain('proven minimal');
    // 31×31×31 is beyond the exact search: the bound sits below the cut found (a slab, 993 rings × 2 GB/s).
    const odd = explainMetric(
      { ...presetConfig('tpu-v5p-pod'), instanceDims: [31, 31, 31], intraLinkBandwidth: 2e9 },
      'bisectionLowerBound',
    );
    expect(odd.formula).toMatch(/crosses less than .* \(a proven bound\); the weakest cut found crosses 1[.,]98/);
    const switched = explainMetric(presetConfig('gb200-nvl72'), 'bisectionBandwidth');
    expect(switched.formula).toContain('36 chips × 1.8 TB/s ÷ 2');
    expect(switched.formula).toContain('32.4 TB/s');
  });

  it('gives torus hop counts by their closed forms', () => {
    expect(explainMetric(presetConfig('trn2-ultraserver'), 'diameterHops').formula).toBe(
      'Σ⌊kᵢ/2⌋ = ⌊4/2⌋ + ⌊4/2⌋ + ⌊4/2⌋ = 6 hops',
    );
    expect(explainMetric(presetConfig('trn2-ultraserver'), 'averageHops').formula).toContain(
      '(1 + 1 + 1) × 64/63 = 3.048 hops',
    );
  });

  it('shows the disputed per-chip link figure behind TPU v5p ICI bandwidth (C12)', () => {
    const e = explainMetric(presetConfig('tpu-v5p-pod'), 'scaleUpBandwidthPerChip');
    expect(e.formula).toBe(
      '2 × 200 GB/s (X) + 2 × 200 GB/s (Y) + 2 × 200 GB/s (Z) = 1.2 TB/s per chip, both directions',
    );
    expect(e.doubtful).toBe(true);
  });

  it('says FP32 is not published rather than guessing', () => {
    const e = explainMetric(presetConfig('tpu-v5p-pod'), 'fp32DenseFlops');
    expect(e.value).toBeNull();
    expect(e.formula).toMatch(/not published/);
  });

  it('accepts an explicit preset and a formatter from the UI', () => {
    const e = explainMetric(presetConfig('trn2'), 'hbmBytes', {
      presetId: 'trn2',
      formatQuantity: (v, unit) => (unit === 'B' ? `${v / 2 ** 30} GiB` : plainQuantity(v, unit)),
    });
    expect(e.formula).toBe('16 chips × 96 GiB per chip = 1536 GiB');
  });

  it('without a preset, treats every config value as the user’s own', () => {
    const e = explainMetric(presetConfig('trn2'), 'hostMemoryBytes', { presetId: null });
    expect(e.presetId).toBeNull();
    expect(e.inputs.filter((i) => i.label === 'Memory per host')).toEqual([
      expect.objectContaining({ figure: null, overridden: true }),
    ]);
  });

  it('gives the Trn2 UltraServer values derived by hand from AWS figures', () => {
    // 64 chips = 4 instances × 16; per chip (AWS-T2): 1,299 TF dense FP8, 2,563 TF sparse, 667 TF
    // BF16, 181 TF FP32, 96 GiB and 2.9 TB/s of HBM; links 256 GB/s in-instance, 128 GB/s on Z.
    const config = presetConfig('trn2-ultraserver');
    const hand: Partial<Record<MetricKey, number>> = {
      chips: 64,
      instances: 4,
      hosts: 4,
      fp8DenseFlops: 64 * 1299e12,
      fp8SparseFlops: 64 * 2563e12,
      bf16DenseFlops: 64 * 667e12,
      fp32DenseFlops: 64 * 181e12,
      hbmBytes: 64 * 96 * 2 ** 30,
      hbmBandwidth: 64 * 2.9e12,
      // 2 × 256 GB/s (X) + 2 × 256 GB/s (Y) + 2 × 128 GB/s (Z).
      scaleUpBandwidthPerChip: 1280e9,
      // Plane across the Z rings: 32 links × 64 GB/s one way.
      bisectionBandwidth: 2048e9,
      bisectionLinks: 32,
      // 64 chips × 3 axes, one link per chip per axis.
      scaleUpLinks: 192,
      diameterHops: 6,
      // 3 axes × mean ring distance 1 (self included), over 63 distinct partners: 3 × 64/63.
      averageHops: (3 * 64) / 63,
      // 500 W × 64 + 2,500 W × 4 + 100 W × 64 = 48.4 kW; × 1.14 = 55.176 kW.
      itPowerWatts: 48_400,
      facilityPowerWatts: 55_176,
    };
    for (const [key, value] of Object.entries(hand) as [MetricKey, number][]) {
      expect(explainMetric(config, key).value, key).toBeCloseTo(value, 6);
    }
  });

  it('explains every metric of every preset with a formula that shows figures', () => {
    for (const id of PRESET_IDS) {
      for (const key of METRIC_KEYS) {
        const e = explainMetric(PRESETS[id].config, key);
        expect(e.formula.length, `${id} ${key}`).toBeGreaterThan(10);
        expect(e.formula, `${id} ${key}`).not.toMatch(/NaN|undefined/);
        // A figure in the formula, or a reason why there is none.
        expect(e.formula, `${id} ${key}`).toMatch(e.value === null ? /not published/ : /\d/);
        expect(
          e.inputs.every((i) => !i.overridden),
          `${id} ${key}: nothing is overridden in a preset`,
        ).toBe(true);
      }
    }
  });
});

describe('matchPreset', () => {
  it('finds each preset from its own config', () => {
    for (const id of PRESET_IDS) expect(matchPreset(presetConfig(id))).toBe(id);
  });

  it('falls back to the closest preset of the same chip', () => {
    expect(matchPreset({ ...presetConfig('gb200-nvl72'), ultraServers: 10 })).toBe('gb200-nvl72');
    expect(matchPreset({ ...presetConfig('dgx-b200'), pue: 1.3 })).toBe('dgx-b200');
  });
});
