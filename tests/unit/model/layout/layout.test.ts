import { describe, expect, it } from 'vitest';
import { BOX_CATEGORY, NO_ID, type BoxInstances } from '../../../../src/model/layout/boxInstances';
import { layoutBuilding } from '../../../../src/model/layout/layoutBuilding';
import { layoutCampus } from '../../../../src/model/layout/layoutCampus';
import { layoutRack } from '../../../../src/model/layout/layoutRack';
import { layoutRacks } from '../../../../src/model/layout/layoutRacks';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { INDIANA_SITE } from '../../../../src/model/site/indianaSite';
import { rackAddress } from '../../../../src/model/site/rackAddress';
import { planSite } from '../../../../src/model/site/sitePlan';

const base = presetConfig('rainier');
const planFor = (ultraServers: number) => planSite(INDIANA_SITE, { ...base, ultraServers });
/** A million Trainium2 chips: 15,625 UltraServers of 64. */
const MILLION = 15_625;

function expectWellFormed(boxes: BoxInstances) {
  expect(boxes.positions.length).toBe(3 * boxes.count);
  expect(boxes.sizes.length).toBe(3 * boxes.count);
  expect(boxes.categories.length).toBe(boxes.count);
  expect(boxes.ids.length).toBe(boxes.count);
  for (let i = 0; i < 3 * boxes.count; i++) {
    expect(Number.isFinite(boxes.positions[i]!)).toBe(true);
    // Placeholder slots (nothing to draw) have id NO_ID and may be zero-sized; picked items have a size.
    if (boxes.ids[Math.floor(i / 3)] === NO_ID) expect(boxes.sizes[i]!).toBeGreaterThanOrEqual(0);
    else expect(boxes.sizes[i]!).toBeGreaterThan(0);
  }
}

/** Half-open interval overlap of two boxes on the ground plane. */
function footprintsOverlap(boxes: BoxInstances, a: number, b: number): boolean {
  const p = boxes.positions;
  const s = boxes.sizes;
  const apart = (axis: number) =>
    Math.abs(p[3 * a + axis]! - p[3 * b + axis]!) * 2 >= s[3 * a + axis]! + s[3 * b + axis]! - 1e-3;
  return !apart(0) && !apart(2);
}

describe('layoutRacks: every rack of the cluster', () => {
  it.each([1, 16, 157, 1563])('has exactly 2 racks per UltraServer for %i UltraServers', (ultraServers) => {
    const racks = layoutRacks(planFor(ultraServers));
    expect(racks.count).toBe(2 * ultraServers);
    expectWellFormed(racks);
  });

  it('numbers racks in fill order and puts each where its building layout puts it', () => {
    const plan = planFor(3000);
    const racks = layoutRacks(plan);
    for (let i = 0; i < racks.count; i++) expect(racks.ids[i]).toBe(i);
    for (const building of [0, 1, 2]) {
      const view = layoutBuilding(plan, building);
      for (let i = 0; i < view.racks.count; i++) {
        const id = view.racks.ids[i]!;
        if (id === NO_ID || id >= racks.count) continue;
        expect(racks.positions[3 * id]).toBeCloseTo(view.racks.positions[3 * i]! + view.originX, 3);
        expect(racks.positions[3 * id + 2]).toBeCloseTo(view.racks.positions[3 * i + 2]! + view.originZ, 3);
      }
    }
  });

  it('keeps neighbouring racks apart: no two of a row overlap', () => {
    const plan = planFor(40);
    const racks = layoutRacks(plan);
    for (let i = 1; i < racks.count; i++) expect(footprintsOverlap(racks, i - 1, i)).toBe(false);
  });

  it('is empty for an empty site', () => {
    expect(layoutRacks(planSite({ ...INDIANA_SITE, buildings: 0 }, base)).count).toBe(0);
  });
});

describe('layoutCampus: one box per building', () => {
  it('keeps the item count bounded by the site, not the chips (level of detail)', () => {
    const small = layoutCampus(planFor(16));
    const million = layoutCampus(planFor(MILLION));
    expect(million.buildings.count).toBe(30);
    expect(small.buildings.count).toBe(30);
    expect(million.rackBlocks.count).toBe(30 * 4);
    // The same boxes at 16 chips as at a million: the draw cost does not depend on the chips.
    expect(small.rackBlocks.count).toBe(million.rackBlocks.count);
    expectWellFormed(million.buildings);
    expectWellFormed(million.rackBlocks);
  });

  it('draws 200,000 sq ft buildings that do not overlap, on a campus of about a square kilometre', () => {
    const campus = layoutCampus(planFor(7812));
    const { buildings } = campus;
    expect(buildings.sizes[0]! * buildings.sizes[2]!).toBeCloseTo(18_580.6, 0);
    for (let a = 0; a < buildings.count; a++) {
      for (let b = a + 1; b < buildings.count; b++) expect(footprintsOverlap(buildings, a, b)).toBe(false);
    }
    expect(campus.frame.width * campus.frame.depth).toBeGreaterThan(0.5e6);
    expect(campus.frame.width * campus.frame.depth).toBeLessThan(2e6);
    expect(Number.isFinite(campus.radius)).toBe(true);
  });

  it('marks occupied, live and planned buildings and how full each is', () => {
    const plan = planFor(7812);
    const campus = layoutCampus(plan);
    const categories = Array.from(campus.buildings.categories);
    expect(categories.filter((c) => c === BOX_CATEGORY.buildingOccupied)).toHaveLength(plan.buildingsUsed);
    expect(categories[plan.buildingsUsed]).toBe(BOX_CATEGORY.buildingLive); // 6 used, 7 live
    expect(categories[29]).toBe(BOX_CATEGORY.buildingPlanned);
    expect(campus.buildingFill[0]).toBe(1);
    const sumFill = Array.from(campus.buildingFill).reduce((a, b) => a + b, 0);
    expect(sumFill * plan.ultraServersPerBuilding).toBeCloseTo(7812, 2); // Float32 fill fractions
    // Every hall has a slot; only the used ones have a size.
    expect(campus.rackBlocks.count).toBe(plan.buildings * plan.hallsPerBuilding);
    let sized = 0;
    for (let i = 0; i < campus.rackBlocks.count; i++) if (campus.rackBlocks.sizes[i * 3]! > 0) sized++;
    expect(sized).toBe(plan.hallsUsed);
  });

  it('can leave the rack blocks out', () => {
    expect(layoutCampus(planFor(MILLION), { rackBlocks: false }).rackBlocks.count).toBe(0);
  });

  it('lays out an empty site without NaN', () => {
    const campus = layoutCampus(planSite({ ...INDIANA_SITE, buildings: 0 }, base));
    expect(campus.buildings.count).toBe(0);
    expect(campus.radius).toBe(0);
  });
});

describe('layoutBuilding: halls, rows and racks of one building', () => {
  const plan = planFor(7812);

  it('draws every rack position of the building, lit or not', () => {
    const view = layoutBuilding(plan, 0);
    expect(view.racks.count).toBe(4 * 24 * 40);
    // 4 hall floors, 1 support gallery, 4 outer walls and 3 walls between the 4 halls.
    expect(view.structures.count).toBe(4 + 1 + 4 + 3);
    expectWellFormed(view.racks);
    const occupied = Array.from(view.racks.categories).filter((c) => c === BOX_CATEGORY.rackOccupied).length;
    expect(occupied).toBe(plan.ultraServersPerBuilding * 2);
    const unpowered = Array.from(view.racks.categories).filter((c) => c === BOX_CATEGORY.rackUnpowered).length;
    expect(unpowered).toBe(view.racks.count - occupied);
  });

  it('shows powered but empty positions in the last building used', () => {
    const view = layoutBuilding(plan, plan.buildingsUsed - 1);
    const empty = Array.from(view.racks.categories).filter((c) => c === BOX_CATEGORY.rackEmpty).length;
    expect(empty).toBe((plan.buildingsUsed * plan.ultraServersPerBuilding - 7812) * 2);
  });

  it('keeps racks inside their halls and halls inside the building', () => {
    const view = layoutBuilding(plan, 3);
    const halfLength = plan.buildingLength / 2;
    const halfWidth = plan.buildingWidth / 2;
    for (let i = 0; i < view.racks.count; i++) {
      const x = view.racks.positions[3 * i]!;
      const z = view.racks.positions[3 * i + 2]!;
      expect(Math.abs(x)).toBeLessThan(halfLength);
      // Halls take the −z side; the support gallery the +z side.
      expect(z).toBeGreaterThan(-halfWidth);
      expect(z).toBeLessThan(-halfWidth + plan.hallDepth);
    }
    for (let i = 0; i + 1 < view.racks.count; i++) {
      if (view.racks.positions[3 * i + 2] === view.racks.positions[3 * i + 5]) {
        expect(footprintsOverlap(view.racks, i, i + 1)).toBe(false);
      }
    }
  });

  it('gives nothing for a building that does not exist', () => {
    expect(layoutBuilding(plan, 30).racks.count).toBe(0);
    expect(layoutBuilding(plan, -1).structures.count).toBe(0);
  });
});

describe('layoutRack: the servers of one rack', () => {
  const plan = planFor(7812);

  it('holds two Trn2 servers: a head tray and eight 2-chip trays each, 32 chips', () => {
    const rack = layoutRack(plan, 3)!;
    expect(rack.address).toEqual(rackAddress(plan, 3));
    expect(rack.ultraServer).toBe(1);
    expect(rack.occupied).toBe(true);
    const categories = Array.from(rack.trays.categories);
    expect(categories.filter((c) => c === BOX_CATEGORY.headTray)).toHaveLength(2);
    expect(categories.filter((c) => c === BOX_CATEGORY.computeTray)).toHaveLength(16);
    expect(Array.from(rack.chips.ids)).toEqual(Array.from({ length: 32 }, (_, i) => 64 + 32 + i));
    expectWellFormed(rack.trays);
    expectWellFormed(rack.chips);
    for (let i = 0; i < rack.trays.count; i++) {
      expect(rack.trays.positions[3 * i + 1]! + rack.trays.sizes[3 * i + 1]! / 2).toBeLessThanOrEqual(rack.height);
    }
  });

  it('shares an UltraServer spread over more racks without losing or repeating chips', () => {
    const wide = planSite({ ...INDIANA_SITE, racksPerUltraServer: 3 }, base);
    const ids = [0, 1, 2].flatMap((r) => Array.from(layoutRack(wide, r)!.chips.ids));
    expect(ids).toEqual(Array.from({ length: 64 }, (_, i) => i));
  });

  it('returns null for a rack that does not exist', () => {
    expect(layoutRack(plan, -1)).toBeNull();
    expect(layoutRack(plan, 10 ** 9)).toBeNull();
  });
});

describe('layoutCampus: rack blocks', () => {
  it('cover exactly the racks of their hall', () => {
    const plan = planFor(2000);
    const campus = layoutCampus(plan);
    const racks = layoutRacks(plan);
    const blocks = campus.rackBlocks;
    const perHallRacks = plan.ultraServersPerHall * plan.racksPerUltraServer;
    for (let i = 0; i < racks.count; i++) {
      const block = Math.floor(i / perHallRacks);
      for (const axis of [0, 2]) {
        const centre = blocks.positions[3 * block + axis]!;
        const half = blocks.sizes[3 * block + axis]! / 2;
        const rackHalf = racks.sizes[3 * i + axis]! / 2;
        expect(Math.abs(racks.positions[3 * i + axis]! - centre) + rackHalf).toBeLessThanOrEqual(half + 1e-3);
      }
    }
  });
});
