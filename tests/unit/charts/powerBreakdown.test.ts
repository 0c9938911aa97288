import { describe, expect, it } from 'vitest';
import { POWER_PARTS, powerBreakdown } from '../../../src/charts/data/powerBreakdown';
import { evaluate } from '../../../src/model/evaluate';
import { PRESET_IDS } from '../../../src/model/presets/preset';
import { presetConfig } from '../../../src/model/presets/catalog';

describe('powerBreakdown', () => {
  it('splits facility power into parts that add up to it, for every preset', () => {
    for (const id of PRESET_IDS) {
      const m = evaluate(presetConfig(id));
      const b = powerBreakdown(id, m);
      const sum = POWER_PARTS.reduce((s, p) => s + b.values[p.key], 0);
      expect(sum).toBeCloseTo(m.facilityPowerWatts, 3);
      expect(b.total).toBe(m.facilityPowerWatts);
    }
  });

  it('takes chips, hosts and network from the metrics and cooling as facility − IT', () => {
    const m = evaluate(presetConfig('trn2-ultraserver'));
    const b = powerBreakdown('Trn2 UltraServer', m);
    expect(b.values).toEqual({
      chips: 64 * 500,
      hosts: 4 * 2500,
      network: 64 * 100,
      cooling: m.facilityPowerWatts - m.itPowerWatts,
    });
    expect(b.values.cooling).toBeCloseTo(0.14 * 48_400, 6);
  });

  it('divides by the chip count per chip, so an 8-GPU box and a 500k-chip cluster compare', () => {
    const rainier = powerBreakdown('Rainier', evaluate(presetConfig('rainier')), 'per-chip');
    const ultraServer = powerBreakdown('Trn2 UltraServer', evaluate(presetConfig('trn2-ultraserver')), 'per-chip');
    expect(rainier.scale).toBe('per-chip');
    expect(rainier.values.chips).toBe(500);
    expect(rainier.total).toBeCloseTo(ultraServer.total, 9);
    const dgx = powerBreakdown('DGX B200', evaluate(presetConfig('dgx-b200')), 'per-chip');
    expect(dgx.values.hosts).toBe(6300 / 8);
  });

  it('lists the parts in stacking order with readable labels', () => {
    expect(POWER_PARTS.map((p) => p.key)).toEqual(['chips', 'hosts', 'network', 'cooling']);
    expect(POWER_PARTS.every((p) => p.label.length > 3)).toBe(true);
  });
});
