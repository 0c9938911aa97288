import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { INDIANA_SITE } from '../../../../src/model/site/indianaSite';
import {
  formatRackAddress,
  parseRackAddress,
  rackAddress,
  rackCapacity,
  rackIndexAt,
  ultraServerAddress,
  ultraServerAt,
} from '../../../../src/model/site/rackAddress';
import { planSite } from '../../../../src/model/site/sitePlan';

const rainier = presetConfig('rainier');
const plan = planSite(INDIANA_SITE, rainier);

/** Small random sites, some power-bound, some floor-bound. */
const arbitraryPlan = fc
  .record({
    buildings: fc.integer({ min: 1, max: 6 }),
    hallsPerBuilding: fc.integer({ min: 1, max: 5 }),
    rowsPerHall: fc.integer({ min: 1, max: 25 }),
    racksPerRow: fc.integer({ min: 1, max: 60 }),
    racksPerUltraServer: fc.integer({ min: 1, max: 4 }),
    sitePowerLimitWatts: fc.double({ min: 1e6, max: 3e9, noNaN: true }),
  })
  .map((override) => planSite({ ...INDIANA_SITE, ...override }, rainier))
  .filter((p) => p.capacity > 0);

describe('rack addresses', () => {
  it('puts UltraServer 0 at the first rack and fills a row before the next', () => {
    expect(ultraServerAddress(plan, 0)).toEqual({ building: 0, hall: 0, row: 0, rack: 0 });
    expect(ultraServerAddress(plan, 1)).toEqual({ building: 0, hall: 0, row: 0, rack: 2 });
    expect(ultraServerAddress(plan, 20)).toEqual({ building: 0, hall: 0, row: 1, rack: 0 });
    expect(ultraServerAddress(plan, plan.ultraServersPerHall)).toEqual({ building: 0, hall: 1, row: 0, rack: 0 });
    expect(ultraServerAddress(plan, plan.ultraServersPerBuilding)).toEqual({ building: 1, hall: 0, row: 0, rack: 0 });
    expect(rackAddress(plan, 1)).toEqual({ building: 0, hall: 0, row: 0, rack: 1 });
  });

  it("puts the last of Rainier's 7,812 UltraServers in the last building it uses (the sixth of 30)", () => {
    const last = ultraServerAddress(plan, 7811)!;
    expect(last.building).toBe(plan.buildingsUsed - 1);
    expect(ultraServerAt(plan, last)).toBe(7811);
  });

  it('round-trips index → address → index for every powered rack', () => {
    fc.assert(
      fc.property(
        arbitraryPlan.chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 0, max: rackCapacity(p) - 1 }))),
        ([p, index]) => {
          const address = rackAddress(p, index);
          expect(address).not.toBeNull();
          expect(rackIndexAt(p, address!)).toBe(index);
          expect(ultraServerAt(p, address!)).toBe(Math.floor(index / p.racksPerUltraServer));
        },
      ),
    );
  });

  it('round-trips address → index → address wherever an address has an index', () => {
    fc.assert(
      fc.property(
        arbitraryPlan.chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.record({
              building: fc.integer({ min: 0, max: p.buildings - 1 }),
              hall: fc.integer({ min: 0, max: p.hallsPerBuilding - 1 }),
              row: fc.integer({ min: 0, max: p.rowsPerHall - 1 }),
              rack: fc.integer({ min: 0, max: p.racksPerRow - 1 }),
            }),
          ),
        ),
        ([p, address]) => {
          const index = rackIndexAt(p, address);
          if (index === null) return;
          expect(rackAddress(p, index)).toEqual(address);
        },
      ),
    );
  });

  it('round-trips UltraServer index ↔ address', () => {
    fc.assert(
      fc.property(
        arbitraryPlan.chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 0, max: p.capacity - 1 }))),
        ([p, index]) => {
          expect(ultraServerAt(p, ultraServerAddress(p, index)!)).toBe(index);
        },
      ),
    );
  });

  it('returns null off the site, past capacity or on unpowered positions', () => {
    expect(rackAddress(plan, -1)).toBeNull();
    expect(rackAddress(plan, 1.5)).toBeNull();
    expect(rackAddress(plan, rackCapacity(plan))).toBeNull();
    expect(ultraServerAddress(plan, plan.capacity)).toBeNull();
    expect(rackIndexAt(plan, { building: 30, hall: 0, row: 0, rack: 0 })).toBeNull();
    expect(rackIndexAt(plan, { building: 0, hall: 0, row: 0, rack: 40 })).toBeNull();
    // Power-bound halls feed 332 of 480 UltraServer positions: rows 0–15 full, row 16 part-lit, rows 17–23 dark.
    expect(rackIndexAt(plan, { building: 0, hall: 0, row: 23, rack: 0 })).toBeNull();
    const empty = planSite({ ...INDIANA_SITE, buildings: 0 }, rainier);
    expect(ultraServerAddress(empty, 0)).toBeNull();
    expect(rackIndexAt(empty, { building: 0, hall: 0, row: 0, rack: 0 })).toBeNull();
  });

  it('writes a compact URL form and reads it back', () => {
    const address = { building: 3, hall: 1, row: 12, rack: 8 };
    expect(formatRackAddress(address)).toBe('b3-h1-r12-k8');
    expect(parseRackAddress('b3-h1-r12-k8')).toEqual(address);
    fc.assert(
      fc.property(fc.nat(99_999), fc.nat(99), fc.nat(999), fc.nat(999), (building, hall, row, rack) => {
        const a = { building, hall, row, rack };
        expect(parseRackAddress(formatRackAddress(a))).toEqual(a);
      }),
    );
    for (const bad of ['', 'b1-h2-r3', 'b-1-h0-r0-k0', 'b1.5-h0-r0-k0', 'x1-h0-r0-k0', 'b1-h0-r0-k0-z9']) {
      expect(parseRackAddress(bad)).toBeNull();
    }
  });
});
