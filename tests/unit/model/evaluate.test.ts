import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/model/evaluate';
import { PRESETS, presetConfig } from '../../../src/model/presets/catalog';
import { CHIPS } from '../../../src/model/chips/catalog';

describe('evaluate', () => {
  it('reports the Trn2 UltraServer as AWS documents it', () => {
    const m = evaluate(PRESETS['trn2-ultraserver'].config);
    expect(m.chips).toBe(64);
    expect(m.fp8DenseFlops).toBeCloseTo(64 * 1299e12, -9);
    expect(m.hbmBytes / 2 ** 30).toBe(6144);
    expect(m.hbmBandwidth).toBeCloseTo(185.6e12, -6);
    expect(m.diameterHops).toBe(6);
    expect(m.averageHops.toFixed(2)).toBe('3.05');
    expect(m.scaleUpBandwidthPerChip).toBe(1280e9);
    // Weakest cut is across the Z rings: 32 links × 64 GB/s one way.
    expect(m.bisectionBandwidth).toBe(32 * 64e9);
  });

  it('reports GB200 NVL72 as NVIDIA publishes it', () => {
    const m = evaluate(PRESETS['gb200-nvl72'].config);
    expect(m.chips).toBe(72);
    expect(m.fp8DenseFlops).toBe(360e15);
    expect(m.scaleUpBandwidth).toBeCloseTo(129.6e12, -6);
    expect(m.diameterHops).toBe(2);
  });

  it('gives each preset the per-chip scale-up bandwidth of its chip', () => {
    for (const preset of Object.values(PRESETS)) {
      const m = evaluate(preset.config);
      const chip = CHIPS[preset.config.chip];
      const expected =
        preset.config.instancesPerUltraServer > 1 || preset.config.fabric === 'switched'
          ? chip.scaleUpBandwidth.value
          : chip.scaleUpIntraInstance.value;
      expect(m.scaleUpBandwidthPerChip).toBeCloseTo(expected, -3);
    }
  });

  it('scales compute, memory and power linearly with UltraServers; domain figures stay put', () => {
    const one = evaluate({ ...presetConfig('rainier'), ultraServers: 1 });
    const many = evaluate({ ...presetConfig('rainier'), ultraServers: 1000 });
    for (const key of [
      'chips',
      'fp8DenseFlops',
      'hbmBytes',
      'hbmBandwidth',
      'itPowerWatts',
      'scaleOutBandwidth',
    ] as const) {
      expect(many[key]).toBeCloseTo(1000 * one[key], -3);
    }
    expect(many.bisectionBandwidth).toBe(one.bisectionBandwidth);
    expect(many.averageHops).toBe(one.averageHops);
  });

  it('puts Rainier at about half a million chips and hundreds of megawatts', () => {
    const m = evaluate(PRESETS.rainier.config);
    expect(m.chips).toBe(499_968);
    expect(m.fp8DenseFlops / 1e18).toBeCloseTo(649.5, 0);
    expect(m.facilityPowerWatts).toBeGreaterThan(200e6);
    expect(m.facilityPowerWatts).toBeLessThan(600e6);
    expect(m.facilityPowerWatts).toBeCloseTo(m.itPowerWatts * 1.14, 0);
  });

  it('uses a user override of a chip figure in place of the catalog', () => {
    const config = { ...presetConfig('trn2'), chipOverrides: { fp8Sparse: 4 * 1299e12 } };
    expect(evaluate(config).fp8SparseFlops).toBeCloseTo(83.136e15, -12);
  });

  it('reports FP32 as unknown where no source publishes it', () => {
    expect(evaluate(PRESETS['tpu-v5p-pod'].config).fp32DenseFlops).toBeNull();
  });
});
