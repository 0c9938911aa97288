import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/model/evaluate';
import { PRESETS, presetConfig } from '../../../src/model/presets/catalog';

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

  it('gives each preset the per-chip scale-up bandwidth its vendor publishes', () => {
    // Both directions added, per chip, from the vendors' pages (fact sheet), not from the catalog:
    const published: Record<string, number> = {
      // Trn2 instance: only the 4×4 in-instance NeuronLink counts, 1,024 GB/s (AWS-Trn2).
      trn2: 1024e9,
      // With the Z ring across instances: 1,280 GB/s per chip (AWS-T2).
      'trn2-ultraserver': 1280e9,
      rainier: 1280e9,
      // NVLink 5: 18 links × 100 GB/s = 1.8 TB/s per GPU (NVIDIA).
      'dgx-b200': 1.8e12,
      'gb200-nvl72': 1.8e12,
      // NeuronLink v4: 2.56 TB/s per Trainium3 (AWS-T3).
      'trn3-ultraserver': 2.56e12,
      // ICI: 1,200 GB/s bidirectional per v5p chip (GCP-v5p).
      'tpu-v5p-pod': 1.2e12,
      // NVLink 4: 900 GB/s per H100 (NVIDIA).
      'dgx-h100': 900e9,
    };
    for (const preset of Object.values(PRESETS)) {
      expect(evaluate(preset.config).scaleUpBandwidthPerChip, preset.id).toBeCloseTo(published[preset.id]!, -3);
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
    // 499,968 chips × 500 W = 249.984 MW; 31,248 hosts × 2,500 W = 78.12 MW; 499,968 × 100 W
    // overhead = 49.9968 MW; IT 378.1008 MW × PUE 1.14 = 431.034912 MW.
    expect(m.itPowerWatts).toBeCloseTo(378.1008e6, 0);
    expect(m.facilityPowerWatts).toBeCloseTo(431.034912e6, 0);
  });

  it('uses a user override of a chip figure in place of the catalog', () => {
    const config = { ...presetConfig('trn2'), chipOverrides: { fp8Sparse: 4 * 1299e12 } };
    expect(evaluate(config).fp8SparseFlops).toBeCloseTo(83.136e15, -12);
  });

  it('reports FP32 as unknown where no source publishes it', () => {
    expect(evaluate(PRESETS['tpu-v5p-pod'].config).fp32DenseFlops).toBeNull();
  });
});
