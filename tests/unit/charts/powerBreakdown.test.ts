import { describe, expect, it } from 'vitest';
import { POWER_PARTS, powerBreakdown } from '../../../src/charts/data/powerBreakdown';
import { evaluate } from '../../../src/model/evaluate';
import { presetConfig } from '../../../src/model/presets/catalog';

// Expected watts are derived by hand from the presets' sourced inputs, not read back from evaluate().

describe('powerBreakdown', () => {
  it('splits a Trn2 UltraServer into chips, hosts, network and cooling', () => {
    // 64 chips × 500 W = 32,000 W; 4 hosts × 2,500 W = 10,000 W; 64 × 100 W overhead = 6,400 W.
    // IT = 48,400 W; PUE 1.14 adds 0.14 × 48,400 W = 6,776 W of cooling: 55,176 W in all.
    const b = powerBreakdown('Trn2 UltraServer', evaluate(presetConfig('trn2-ultraserver')));
    expect(b.values.chips).toBeCloseTo(32_000, 6);
    expect(b.values.hosts).toBeCloseTo(10_000, 6);
    expect(b.values.network).toBeCloseTo(6_400, 6);
    expect(b.values.cooling).toBeCloseTo(6_776, 6);
    expect(b.total).toBeCloseTo(55_176, 6);
    expect(b.scale).toBe('total');
  });

  it('divides by the chip count per chip, so an 8-GPU box and a 500k-chip cluster share an axis', () => {
    // Rainier is 7,812 Trn2 UltraServers: per chip, 500 W + 2,500 W ÷ 16 + 100 W = 756.25 W IT, × 1.14 = 862.125 W.
    const rainier = powerBreakdown('Rainier', evaluate(presetConfig('rainier')), 'per-chip');
    expect(rainier.scale).toBe('per-chip');
    expect(rainier.values.chips).toBeCloseTo(500, 9);
    expect(rainier.values.hosts).toBeCloseTo(2500 / 16, 9);
    expect(rainier.values.cooling).toBeCloseTo(756.25 * 0.14, 9);
    expect(rainier.total).toBeCloseTo(862.125, 6);
    // DGX B200: one 6,300 W host (system power 14.3 kW less 8 × 1,000 W GPUs) shared by 8 GPUs.
    const dgx = powerBreakdown('DGX B200', evaluate(presetConfig('dgx-b200')), 'per-chip');
    expect(dgx.values.chips).toBeCloseTo(1000, 9);
    expect(dgx.values.hosts).toBeCloseTo(6300 / 8, 9);
  });

  it('has parts that add up to the total', () => {
    const b = powerBreakdown('GB200 NVL72', evaluate(presetConfig('gb200-nvl72')));
    const sum = POWER_PARTS.reduce((s, p) => s + b.values[p.key], 0);
    expect(sum).toBeCloseTo(b.total, 6);
  });

  it('lists the parts in stacking order with readable labels', () => {
    expect(POWER_PARTS.map((p) => p.key)).toEqual(['chips', 'hosts', 'network', 'cooling']);
    expect(POWER_PARTS.every((p) => p.label.length > 3)).toBe(true);
  });
});
