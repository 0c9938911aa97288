import { describe, expect, it } from 'vitest';
import { layoutRack } from '../../../../src/model/layout/layoutRack';
import { PRESET_IDS } from '../../../../src/model/presets/preset';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { rackAddress, rackIndexAt } from '../../../../src/model/site/rackAddress';
import { GENERIC_HOME, presetHome } from '../../../../src/model/site/systemHomes';
import { planSite } from '../../../../src/model/site/sitePlan';
import { SOURCES } from '../../../../src/model/sources';
import { BOX_CATEGORY } from '../../../../src/model/layout/boxInstances';

const planFor = (id: (typeof PRESET_IDS)[number]) => planSite(presetHome(id).site, presetConfig(id));
const count = (categories: Uint8Array, category: number) => categories.filter((c) => c === category).length;

describe('every system in its own home', () => {
  it('puts only Project Rainier in New Carlisle, Indiana', () => {
    for (const id of PRESET_IDS) {
      const inIndiana = /Indiana|New Carlisle/.test(presetHome(id).site.name);
      expect(inIndiana, id).toBe(id === 'rainier');
    }
    expect(GENERIC_HOME.site.name).toMatch(/generic/i);
    expect(GENERIC_HOME.site.name).toMatch(/custom/i);
  });

  it('fits every preset without a problem: no rack spread, no unplaced UltraServer', () => {
    for (const id of PRESET_IDS) {
      const plan = planFor(id);
      expect(plan.problems, id).toEqual([]);
      expect(plan.fits, id).toBe(true);
    }
  });

  it('traces every home figure to a known source and marks assumptions', () => {
    for (const id of PRESET_IDS) {
      const home = presetHome(id);
      for (const figure of [...Object.values(home.provenance), ...Object.values(home.rack.provenance)]) {
        for (const key of figure!.source) expect(SOURCES, id).toHaveProperty(key);
        if (figure!.confidence === 'U') expect(figure!.note, id).toMatch(/assum/i);
      }
    }
  });
});

describe('GB200 NVL72: one liquid-cooled rack', () => {
  const plan = planFor('gb200-nvl72');

  it('draws ~127 kW in one rack of 132 kW: 72 × 1,200 W GPUs + 18 trays × 1,867 W + 72 × 100 W overhead', () => {
    // Tray host power (120,000 − 72 × 1,200) ÷ 18 = 1,866.7 W; IT = 86,400 + 33,600 + 7,200 = 127,200 W.
    expect(plan.ultraServerItPowerWatts).toBeCloseTo(127_200, 0);
    expect(plan.racksPerUltraServer).toBe(1);
    expect(plan.rackDrawWatts).toBeLessThanOrEqual(plan.rackPowerBudgetWatts);
  });

  it('stacks 18 compute trays of 4 GPUs, 9 NVLink switch trays and 4 power shelves', () => {
    const rack = layoutRack(plan, 0)!;
    expect(count(rack.trays.categories, BOX_CATEGORY.computeTray)).toBe(18);
    expect(count(rack.trays.categories, BOX_CATEGORY.switchTray)).toBe(9);
    expect(count(rack.trays.categories, BOX_CATEGORY.powerShelf)).toBe(4);
    expect(count(rack.trays.categories, BOX_CATEGORY.headTray)).toBe(0);
    expect(Array.from(rack.chips.ids)).toEqual(Array.from({ length: 72 }, (_, i) => i));
    // Liquid cooling: supply and return manifolds in the frame.
    expect(count(rack.frame.categories, BOX_CATEGORY.coolantSupply)).toBe(1);
    expect(count(rack.frame.categories, BOX_CATEGORY.coolantReturn)).toBe(1);
    // NVL72 order from the floor: power, 9 compute (half of 18), 9 switch, 9 compute, power.
    const order = Array.from(rack.trays.categories);
    expect(order.slice(0, 2)).toEqual([BOX_CATEGORY.powerShelf, BOX_CATEGORY.powerShelf]);
    expect(order.slice(11, 20)).toEqual(Array(9).fill(BOX_CATEGORY.switchTray));
    // Every tray inside the 48U cabinet, none overlapping the next.
    for (let i = 0; i < rack.trays.count; i++) {
      const top = rack.trays.positions[3 * i + 1]! + rack.trays.sizes[3 * i + 1]! / 2;
      expect(top).toBeLessThanOrEqual(rack.height);
      if (i > 0) expect(rack.trays.positions[3 * i + 1]!).toBeGreaterThan(rack.trays.positions[3 * i - 2]!);
    }
  });
});

describe('the other systems', () => {
  it('gives a DGX B200 one rack holding one 10U system: a 4U CPU tray and a 6U tray of 8 GPUs', () => {
    const plan = planFor('dgx-b200');
    expect(plan.racksPerUltraServer).toBe(1);
    const rack = layoutRack(plan, 0)!;
    expect(count(rack.trays.categories, BOX_CATEGORY.headTray)).toBe(1);
    expect(count(rack.trays.categories, BOX_CATEGORY.computeTray)).toBe(1);
    expect(rack.chips.count).toBe(8);
  });

  it('spreads a Trn2 UltraServer over 2 racks of two 18U servers, and a Trn3 Gen2 over 2 racks of 18 servers', () => {
    // Trn2: 4 servers × 18U = 72U > 42U, 2 × 18U = 36U fits: 2 racks.
    expect(planFor('trn2-ultraserver').racksPerUltraServer).toBe(2);
    expect(planFor('trn2').racksPerUltraServer).toBe(1);
    // Trn3 Gen2: 36 servers, at most 18 a rack: 2 racks of 72 chips.
    const trn3 = planFor('trn3-ultraserver');
    expect(trn3.racksPerUltraServer).toBe(2);
    expect(layoutRack(trn3, 1)!.chips.count).toBe(72);
  });

  it('gives the TPU v5p pod 140 cube racks of 64 chips, 5 whole rows of 28 in one hall', () => {
    const plan = planFor('tpu-v5p-pod');
    // 8,960 chips ÷ 64 per cube = 140 racks; 140 ÷ 28 per row = 5 rows.
    expect(plan.racksPerUltraServer).toBe(140);
    expect(plan.rowsPerUltraServer).toBe(5);
    expect(plan.racksUsed).toBe(140);
    expect(layoutRack(plan, 139)!.chips.count).toBe(64);
    expect(rackAddress(plan, 139)).toEqual({ building: 0, hall: 0, row: 4, rack: 27 });
    expect(rackAddress(plan, 28)).toEqual({ building: 0, hall: 0, row: 1, rack: 0 });
    for (let i = 0; i < 140; i++) expect(rackIndexAt(plan, rackAddress(plan, i)!)).toBe(i);
  });

  it('says "spread over N racks" only when power or height really needs more racks than configured', () => {
    const site = presetHome('gb200-nvl72').site;
    // 30 kW racks: 127.2 kW ÷ 30 kW → 5 racks, and the plan says so.
    const tight = planSite({ ...site, rackPowerWatts: 30_000 }, presetConfig('gb200-nvl72'));
    expect(tight.racksPerUltraServer).toBe(5);
    expect(tight.problems.join(' ')).toMatch(/spread over 5 racks/);
  });
});
