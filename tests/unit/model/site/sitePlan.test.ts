import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/model/evaluate';
import { PRESETS, presetConfig } from '../../../../src/model/presets/catalog';
import { AWS_PUE, INDIANA_SITE, INDIANA_SITE_PROVENANCE, SQUARE_FOOT } from '../../../../src/model/site/indianaSite';
import { planSite, type SitePlan } from '../../../../src/model/site/sitePlan';
import { SOURCES } from '../../../../src/model/sources';

const rainier = presetConfig('rainier');

/** Every number in the plan: finite, or Infinity where documented, never NaN. */
function expectNoNaN(plan: SitePlan) {
  for (const [key, value] of Object.entries(plan)) {
    if (typeof value === 'number') expect(Number.isNaN(value), key).toBe(false);
  }
}

describe('the Indiana site', () => {
  it('is thirty 200,000 sq ft buildings drawing 2.2 GW, with sources', () => {
    expect(INDIANA_SITE.buildings).toBe(30);
    expect(INDIANA_SITE.buildingFloorArea).toBeCloseTo(18_580.6, 1);
    expect(200_000 * SQUARE_FOOT).toBeCloseTo(18_580.6, 1);
    expect(INDIANA_SITE.sitePowerLimitWatts).toBe(2.2e9);
    expect(INDIANA_SITE_PROVENANCE.buildings?.alternatives?.[0]?.value).toBe(16); // C10
    expect(INDIANA_SITE_PROVENANCE.racksPerUltraServer?.confidence).toBe('L');
  });

  it('traces every figure to a known source and marks assumptions', () => {
    for (const figure of [...Object.values(INDIANA_SITE_PROVENANCE), AWS_PUE]) {
      for (const key of [...figure.source, ...(figure.alternatives ?? []).flatMap((a) => a.source)]) {
        expect(SOURCES).toHaveProperty(key);
      }
      if (figure.confidence === 'U') {
        expect(figure.source).toEqual(['clusterscope']);
        expect(figure.note).toMatch(/assum/i);
      }
    }
  });

  it('fits its halls in the building: 200,000 sq ft as a 2:1 floor of about 193 × 96 m', () => {
    const plan = planSite(INDIANA_SITE, rainier);
    expect(plan.buildingLength * plan.buildingWidth).toBeCloseTo(INDIANA_SITE.buildingFloorArea, 6);
    expect(plan.buildingLength).toBeCloseTo(192.8, 1);
    expect(plan.rowsPerHall).toBe(INDIANA_SITE.rowsPerHall);
    expect(plan.racksPerRow).toBe(INDIANA_SITE.racksPerRow);
    expect(plan.whiteSpaceShare).toBeGreaterThan(0.4);
    expect(plan.whiteSpaceShare).toBeLessThan(0.8);
    expect(plan.problems).toEqual([]);
  });
});

describe('planSite: Project Rainier in Indiana', () => {
  const plan = planSite(INDIANA_SITE, rainier);
  const perUltraServer = evaluate({ ...rainier, ultraServers: 1 });

  it('places all 7,812 UltraServers, 2 racks each', () => {
    expect(plan.requestedUltraServers).toBe(7812);
    expect(plan.placedUltraServers).toBe(7812);
    expect(plan.fits).toBe(true);
    expect(plan.unplacedUltraServers).toBe(0);
    expect(plan.racksPerUltraServer).toBe(2);
    expect(plan.racksUsed).toBe(15_624);
  });

  it('agrees with evaluate() on power, at the cluster PUE', () => {
    expect(plan.ultraServerItPowerWatts).toBe(perUltraServer.itPowerWatts);
    expect(plan.ultraServerFacilityPowerWatts).toBeCloseTo(perUltraServer.itPowerWatts * rainier.pue, 6);
    expect(plan.clusterFacilityPowerWatts).toBe(evaluate(rainier).facilityPowerWatts);
    expect(plan.placedFacilityPowerWatts).toBeCloseTo(plan.clusterFacilityPowerWatts, 0);
    expect(plan.powerShare).toBeCloseTo(plan.clusterFacilityPowerWatts / 2.2e9, 12);
  });

  it('reports power as the binding limit: air-cooled halls run out of watts before floor', () => {
    expect(plan.bindingLimit).toBe('power');
    expect(plan.maxUltraServersByPower).toBe(Math.floor(2.2e9 / plan.ultraServerFacilityPowerWatts));
    expect(plan.maxUltraServersByFloor).toBe(30 * 4 * 24 * 20);
    expect(plan.maxUltraServersByPower).toBeLessThan(plan.maxUltraServersByFloor);
    // Hall-level rounding can only lose less than one UltraServer per hall.
    expect(plan.maxUltraServersByPower - plan.capacity).toBeLessThan(30 * 4);
    expect(plan.buildingsUsed).toBe(Math.ceil(7812 / plan.ultraServersPerBuilding));
  });

  it('switches to floor space when power is plentiful', () => {
    const plenty = planSite({ ...INDIANA_SITE, sitePowerLimitWatts: 22e9 }, rainier);
    expect(plenty.bindingLimit).toBe('floor');
    expect(plenty.capacity).toBe(plenty.maxUltraServersByFloor);
  });

  it('holds a million chips (15,625 UltraServers) but not 50,000 UltraServers', () => {
    expect(planSite(INDIANA_SITE, { ...rainier, ultraServers: 15_625 }).fits).toBe(true);
    const huge = planSite(INDIANA_SITE, { ...rainier, ultraServers: 50_000 });
    expect(huge.fits).toBe(false);
    expect(huge.placedUltraServers).toBe(huge.capacity);
    expect(huge.unplacedUltraServers).toBe(50_000 - huge.capacity);
    expect(huge.problems.join(' ')).toMatch(/power runs out/);
  });
});

describe('planSite: rack power and odd inputs', () => {
  it('spreads an UltraServer that draws more than its racks may over more racks', () => {
    const plan = planSite({ ...INDIANA_SITE, racksPerUltraServer: 1 }, PRESETS['gb200-nvl72'].config);
    expect(plan.racksPerUltraServer).toBe(Math.ceil(plan.ultraServerItPowerWatts / 30_000));
    expect(plan.rackDrawWatts).toBeLessThanOrEqual(30_000);
    expect(plan.problems.join(' ')).toMatch(/spread over/);
  });

  it('gives a clear, NaN-free empty plan for a site with no buildings', () => {
    const plan = planSite({ ...INDIANA_SITE, buildings: 0 }, rainier);
    expect(plan.capacity).toBe(0);
    expect(plan.placedUltraServers).toBe(0);
    expect(plan.unplacedUltraServers).toBe(7812);
    expect(plan.fits).toBe(false);
    expect(plan.bindingLimit).toBe('floor');
    expect(plan.buildingsUsed).toBe(0);
    expect(plan.problems[0]).toMatch(/no buildings/);
    expectNoNaN(plan);
  });

  it.each([
    ['no halls', { hallsPerBuilding: 0 }, /no data halls/],
    ['no power', { sitePowerLimitWatts: 0 }, /no power/],
    ['no floor area', { buildingFloorArea: 0 }, /cut from/],
    ['NaN rows', { rowsPerHall: Number.NaN }, null],
    ['negative racks', { racksPerRow: -5 }, null],
    ['rack power zero', { rackPowerWatts: 0 }, /not positive/],
  ] as const)('survives %s', (_label, override, message) => {
    const plan = planSite({ ...INDIANA_SITE, ...override }, rainier);
    expectNoNaN(plan);
    expect(plan.placedUltraServers).toBeLessThanOrEqual(plan.capacity);
    if (message) expect(plan.problems.join(' ')).toMatch(message);
  });

  it('cuts rows that do not fit the hall and says so', () => {
    const plan = planSite({ ...INDIANA_SITE, rowsPerHall: 1000 }, rainier);
    expect(plan.rowsPerHall).toBe(plan.maxRowsPerHall);
    expect(plan.problems.join(' ')).toMatch(/Rows per hall cut from 1,000/);
  });

  it('places nothing for a cluster of zero UltraServers', () => {
    const plan = planSite(INDIANA_SITE, { ...rainier, ultraServers: 0 });
    expect(plan.fits).toBe(true);
    expect(plan.racksUsed).toBe(0);
    expectNoNaN(plan);
  });
});
