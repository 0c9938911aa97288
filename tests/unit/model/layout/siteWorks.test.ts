import { describe, expect, it } from 'vitest';
import { BOX_CATEGORY, type BoxInstances } from '../../../../src/model/layout/boxInstances';
import { layoutCampus } from '../../../../src/model/layout/layoutCampus';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { INDIANA_SITE } from '../../../../src/model/site/indianaSite';
import { planSite } from '../../../../src/model/site/sitePlan';

const rainier = presetConfig('rainier');
const campusFor = (ultraServers: number) => layoutCampus(planSite(INDIANA_SITE, { ...rainier, ultraServers }));
const ofCategory = (boxes: BoxInstances, category: number) => boxes.categories.filter((c) => c === category).length;

/** Whether two boxes' footprints share area. */
function footprintsOverlap(a: BoxInstances, i: number, b: BoxInstances, j: number): boolean {
  const apart = (axis: number) =>
    Math.abs(a.positions[3 * i + axis]! - b.positions[3 * j + axis]!) * 2 >=
    a.sizes[3 * i + axis]! + b.sizes[3 * j + axis]!;
  return !apart(0) && !apart(2);
}

describe('layoutSiteWorks: what stands around the buildings', () => {
  it('sizes the substation to the 2.2 GW site: 15 transformers of ~150 MW, a yard of ~363 m a side', () => {
    const { substation } = campusFor(7812).works;
    // ceil(2.2 GW ÷ 150 MW) = ceil(14.7) = 15; yard 2.2e9 W × 6,000 m² / 100 MW = 132,000 m², √ ≈ 363.3 m.
    expect(substation.transformers).toBe(15);
    expect(substation.side).toBeCloseTo(363.3, 1);
    expect(ofCategory(campusFor(7812).works.works, BOX_CATEGORY.transformer)).toBe(15);
  });

  it('tells built from planned: 7 roofs with plant, 23 ghost volumes', () => {
    const { works } = campusFor(7812);
    expect(ofCategory(works.roofs, BOX_CATEGORY.roof) + ofCategory(works.roofs, BOX_CATEGORY.roofOccupied)).toBe(7);
    expect(ofCategory(works.roofs, BOX_CATEGORY.roofOccupied)).toBe(6);
    expect(works.plannedVolumes.count).toBe(23);
  });

  it('keeps roads, yard and cooling plant off the buildings', () => {
    const campus = campusFor(7812);
    const { works } = campus.works;
    for (let i = 0; i < works.count; i++) {
      if (works.categories[i] === BOX_CATEGORY.siteLot) continue;
      for (let b = 0; b < campus.buildings.count; b++) {
        expect(footprintsOverlap(works, i, campus.buildings, b), `${works.categories[i]} on building ${b}`).toBe(false);
      }
    }
  });

  it('grows with buildings, never with chips: 637 boxes at 1.28 million chips', () => {
    // 20,000 UltraServers × 64 = 1,280,000 chips fill 16 buildings (what-if: drawn as built).
    const campus = campusFor(20_000);
    const big = campus.works;
    expect(campus.frame.columns + campus.frame.rows).toBe(11); // 5 × 6 buildings: 4 + 5 streets
    // Per built building: a roof, 10 × 2 rooftop units (193 m ÷ 18 → 10 along, 2 across a 96 m width) and
    // 16 coolers (193 m ÷ 10, at most 16): 37. Fixed: lot, 4 ring roads, 9 streets, access road, yard, 15 transformers.
    // Planned: 30 − 16 ghost volumes.
    const expected = 16 * 37 + (1 + 4 + 9 + 1 + 1 + 15) + 14;
    expect(big.works.count + big.roofs.count + big.plannedVolumes.count).toBe(expected);
    expect(expected).toBe(637);
  });
});
