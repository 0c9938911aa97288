import { figure } from '../figure';
import type { SitePlan } from '../site/sitePlan';
import { allocateBoxes, BOX_CATEGORY, type BoxInstances, NO_ID, writeBox } from './boxInstances';
import { buildingCenter, type SiteFrame } from './siteFrame';

/** Substation land per watt of site power: ~6,000 m² per 100 MW (assumption, typical HV yards). */
export const SUBSTATION_AREA_PER_WATT = figure(6_000 / 100e6, 'ratio', 'clusterscope', 'U', {
  note: 'Assumption: about 6,000 m² of high-voltage yard per 100 MW; no substation plan is public.',
});
/** One large power transformer per ~150 MVA (assumption). */
export const TRANSFORMER_WATTS = figure(150e6, 'W', 'clusterscope', 'U', {
  note: 'Assumption: one large power transformer per ~150 MW of site power.',
});

const ROAD_WIDTH_MAX = 9;
const ROAD_HEIGHT = 0.06;
const PAD_HEIGHT = 0.08;
const RING_MARGIN_MAX = 22;
const YARD_GAP_MAX = 70;
const MAX_TRANSFORMERS = 48;
const ROOF_INSET = 1.2;
const ROOF_HEIGHT = 0.6;
/** Height of a planned building's foundation pad, metres. */
export const PLANNED_PAD_HEIGHT = 0.5;

/** Drawn as a building: built already, or holding part of the cluster (a what-if ahead of construction). */
export function isBuilt(plan: SitePlan, b: number): boolean {
  return b < plan.buildingsLive || b * plan.ultraServersPerBuilding < plan.placedUltraServers;
}

export interface SiteWorks {
  /** Roads, substation yard and its transformers, cooling plant beside each built building. Not pickable. */
  works: BoxInstances;
  /** Roof slabs and rooftop plant of built buildings; ids are building indices. */
  roofs: BoxInstances;
  /** The volume each planned building will fill, for a ghosted drawing; ids are building indices. */
  plannedVolumes: BoxInstances;
  /** Where the substation yard stands (centre x, z, side), for its label. */
  substation: { x: number; z: number; side: number; transformers: number };
  /** Bounds of everything drawn on the ground: min x, min z, max x, max z. */
  bounds: [number, number, number, number];
}

/**
 * What stands around the buildings: a ring road with streets in the gaps, a substation yard
 * sized to the site's power on the west side, cooling plant along each built building and plant
 * on its roof. Items grow with buildings (tens each), never with chips.
 */
export function layoutSiteWorks(plan: SitePlan, frame: SiteFrame): SiteWorks {
  const n = plan.buildings;
  const g = plan.geometry;
  // Roads and setbacks of a campus, scaled down around a single small hall so they do not dwarf it.
  const small = Math.min(plan.buildingLength, plan.buildingWidth);
  const roadWidth = Math.min(ROAD_WIDTH_MAX, Math.max(4, small * 0.12));
  const ringMargin = Math.min(RING_MARGIN_MAX, Math.max(8, small * 0.3));
  const yardGap = Math.min(YARD_GAP_MAX, Math.max(15, small * 0.6));
  const halfW = frame.width / 2;
  const halfD = frame.depth / 2;
  const ring = {
    minX: -halfW - ringMargin,
    maxX: halfW + ringMargin,
    minZ: -halfD - ringMargin,
    maxZ: halfD + ringMargin,
  };

  const power = Math.max(0, plan.sitePowerLimitWatts);
  const yardArea = Math.max(2_500, power * SUBSTATION_AREA_PER_WATT.value);
  const side = Math.sqrt(yardArea);
  const transformers = n > 0 ? Math.max(1, Math.min(MAX_TRANSFORMERS, Math.ceil(power / TRANSFORMER_WATTS.value))) : 0;
  const yardX = ring.minX - yardGap - side / 2;
  const yardZ = 0;

  // Cooling plant: a row of units along the +z wall of each built building.
  const coolersPerBuilding = n > 0 ? Math.max(2, Math.min(16, Math.floor(plan.buildingLength / 10))) : 0;
  let built = 0;
  for (let b = 0; b < n; b++) if (isBuilt(plan, b)) built++;
  const streetsX = Math.max(0, frame.columns - 1);
  const streetsZ = Math.max(0, frame.rows - 1);
  const count = n > 0 ? 1 + 4 + streetsX + streetsZ + 1 + 1 + transformers + built * coolersPerBuilding : 0;
  const works = allocateBoxes(count);
  let i = 0;
  const road = (x: number, z: number, sx: number, sz: number) =>
    writeBox(works, i++, x, ROAD_HEIGHT / 2, z, sx, ROAD_HEIGHT, sz, BOX_CATEGORY.road, NO_ID);
  if (n > 0) {
    const ringW = ring.maxX - ring.minX;
    const ringD = ring.maxZ - ring.minZ;
    // The site's land, a shade off the ground around it, inside the ring road.
    writeBox(works, i++, 0, 0.01, 0, ringW, 0.02, ringD, BOX_CATEGORY.siteLot, NO_ID);
    road(0, ring.minZ, ringW + roadWidth, roadWidth);
    road(0, ring.maxZ, ringW + roadWidth, roadWidth);
    road(ring.minX, 0, roadWidth, ringD);
    road(ring.maxX, 0, roadWidth, ringD);
    for (let c = 1; c < frame.columns; c++) road((c - frame.columns / 2) * frame.pitchX, 0, roadWidth, ringD);
    for (let r = 1; r < frame.rows; r++) road(0, (r - frame.rows / 2) * frame.pitchZ, ringW, roadWidth);
    // The access road from the ring to the substation, then the fenced yard itself.
    road((ring.minX + yardX + side / 2) / 2, yardZ, ring.minX - (yardX + side / 2), roadWidth);
    writeBox(works, i++, yardX, PAD_HEIGHT / 2, yardZ, side, PAD_HEIGHT, side, BOX_CATEGORY.substationYard, NO_ID);
    // Transformers on a grid inside the yard, bays sized to the yard.
    const perRow = Math.ceil(Math.sqrt(transformers));
    const bay = side / (perRow + 1);
    const size = Math.min(12, bay * 0.55);
    for (let t = 0; t < transformers; t++) {
      const col = t % perRow;
      const row = Math.floor(t / perRow);
      writeBox(
        works,
        i++,
        yardX - side / 2 + (col + 1) * bay,
        size * 0.35,
        yardZ - side / 2 + (row + 1) * bay,
        size,
        size * 0.7,
        size * 0.75,
        BOX_CATEGORY.transformer,
        NO_ID,
      );
    }
  }
  const centre = new Float64Array(2);
  const coolerPitch = coolersPerBuilding > 0 ? plan.buildingLength / coolersPerBuilding : 0;
  for (let b = 0; b < n; b++) {
    if (!isBuilt(plan, b)) continue;
    buildingCenter(frame, b, centre);
    for (let k = 0; k < coolersPerBuilding; k++) {
      const x = centre[0]! - plan.buildingLength / 2 + (k + 0.5) * coolerPitch;
      const z = centre[1]! + plan.buildingWidth / 2 + 5;
      writeBox(works, i++, x, 1.4, z, coolerPitch * 0.8, 2.8, 5, BOX_CATEGORY.coolingPlant, NO_ID);
    }
  }

  // Roof slab plus a grid of rooftop units on built buildings (planned ones are pads in the building mesh).
  const unitsAlong = Math.max(2, Math.min(10, Math.floor(plan.buildingLength / 18)));
  const unitsAcross = plan.buildingWidth > 60 ? 2 : 1;
  const roofs = allocateBoxes(built * (1 + unitsAlong * unitsAcross));
  let r = 0;
  for (let b = 0; b < n; b++) {
    buildingCenter(frame, b, centre);
    const [x, z] = [centre[0]!, centre[1]!];
    if (!isBuilt(plan, b)) continue;
    const top = g.buildingHeight;
    writeBox(
      roofs,
      r++,
      x,
      top + ROOF_HEIGHT / 2,
      z,
      plan.buildingLength - 2 * ROOF_INSET,
      ROOF_HEIGHT,
      plan.buildingWidth - 2 * ROOF_INSET,
      b * plan.ultraServersPerBuilding < plan.placedUltraServers ? BOX_CATEGORY.roofOccupied : BOX_CATEGORY.roof,
      b,
    );
    const pitchX = (plan.buildingLength - 12) / unitsAlong;
    const pitchZ = (plan.buildingWidth - 12) / (unitsAcross * 2);
    for (let a = 0; a < unitsAlong; a++) {
      for (let c = 0; c < unitsAcross; c++) {
        writeBox(
          roofs,
          r++,
          x - plan.buildingLength / 2 + 6 + (a + 0.5) * pitchX,
          top + ROOF_HEIGHT + 1.2,
          z - plan.buildingWidth / 2 + 6 + (2 * c + 0.5) * pitchZ * 1.6,
          pitchX * 0.7,
          2.4,
          Math.min(8, pitchZ * 0.8),
          BOX_CATEGORY.rooftopPlant,
          b,
        );
      }
    }
  }

  const plannedVolumes = allocateBoxes(n - built);
  let v = 0;
  for (let b = 0; b < n; b++) {
    if (isBuilt(plan, b)) continue;
    buildingCenter(frame, b, centre);
    writeBox(
      plannedVolumes,
      v++,
      centre[0]!,
      g.buildingHeight / 2,
      centre[1]!,
      plan.buildingLength,
      g.buildingHeight,
      plan.buildingWidth,
      BOX_CATEGORY.buildingPlanned,
      b,
    );
  }

  const bounds: [number, number, number, number] =
    n > 0 ? [yardX - side / 2, ring.minZ - roadWidth, ring.maxX + roadWidth, ring.maxZ + roadWidth] : [0, 0, 0, 0];
  return { works, roofs, plannedVolumes, substation: { x: yardX, z: yardZ, side, transformers }, bounds };
}
