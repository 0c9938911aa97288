import type { SitePlan } from '../site/sitePlan';
import { allocateBoxes, BOX_CATEGORY, NO_ID, writeBox, type BoxCategory, type BoxInstances } from './boxInstances';
import { buildingCenter, siteFrame } from './siteFrame';

export interface BuildingLayout {
  building: number;
  /** The building's centre on the campus (x, z): add it to place this layout in campus coordinates. */
  originX: number;
  originZ: number;
  /** Hall floors (ids: hall index) and the support gallery (id NO_ID), flat slabs. */
  structures: BoxInstances;
  /** Every rack position of the building, occupied or not; ids are site rack indices (NO_ID where unpowered). */
  racks: BoxInstances;
  radius: number;
}

const SLAB = 0.1;

/**
 * Building level of detail: halls, rows and every rack position of ONE building, in the
 * building's own frame (origin at its centre). Items ∝ the building's rack positions.
 */
export function layoutBuilding(plan: SitePlan, building: number): BuildingLayout {
  const frame = siteFrame(plan);
  const g = plan.geometry;
  const b = Number.isInteger(building) && building >= 0 && building < plan.buildings ? building : -1;
  const halls = b < 0 ? 0 : plan.hallsPerBuilding;

  const origin = new Float64Array(2);
  if (b >= 0) buildingCenter(frame, b, origin);

  const structures = allocateBoxes(b < 0 ? 0 : halls + 1);
  for (let h = 0; h < halls; h++) {
    const x = frame.firstHallX + (h + 0.5) * plan.hallLength;
    const z = -plan.buildingWidth / 2 + plan.hallDepth / 2;
    writeBox(structures, h, x, SLAB / 2, z, plan.hallLength, SLAB, plan.hallDepth, BOX_CATEGORY.hall, h);
  }
  if (b >= 0) {
    const supportDepth = plan.buildingWidth - plan.hallDepth;
    writeBox(
      structures,
      halls,
      0,
      SLAB / 2,
      plan.buildingWidth / 2 - supportDepth / 2,
      plan.buildingLength,
      SLAB,
      supportDepth,
      BOX_CATEGORY.supportGallery,
      NO_ID,
    );
  }

  const rowsPerHall = plan.rowsPerHall;
  const racksPerRow = plan.racksPerRow;
  const perUltraServer = plan.racksPerUltraServer;
  const perRow = plan.ultraServersPerRow;
  const perHall = plan.ultraServersPerHall;
  const usableRacks = perRow * perUltraServer;
  const racks = allocateBoxes(halls * rowsPerHall * racksPerRow);
  let i = 0;
  for (let h = 0; h < halls; h++) {
    const hallX = frame.firstHallX + h * plan.hallLength + frame.firstRackX;
    const firstInHall = (b * halls + h) * perHall;
    for (let row = 0; row < rowsPerHall; row++) {
      const z = frame.firstRowZ + row * plan.rowPitch;
      for (let slot = 0; slot < racksPerRow; slot++) {
        const inHall = row * perRow + Math.floor(slot / perUltraServer);
        let category: BoxCategory = BOX_CATEGORY.rackUnpowered;
        let id = NO_ID;
        if (slot < usableRacks && inHall < perHall) {
          const ultraServer = firstInHall + inHall;
          id = ultraServer * perUltraServer + (slot % perUltraServer);
          category = ultraServer < plan.placedUltraServers ? BOX_CATEGORY.rackOccupied : BOX_CATEGORY.rackEmpty;
        }
        writeBox(
          racks,
          i++,
          hallX + slot * g.rackWidth,
          g.rackHeight / 2,
          z,
          g.rackWidth,
          g.rackHeight,
          g.rackDepth,
          category,
          id,
        );
      }
    }
  }

  return {
    building: b,
    originX: origin[0]!,
    originZ: origin[1]!,
    structures,
    racks,
    radius: b < 0 ? 0 : Math.hypot(plan.buildingLength, g.buildingHeight, plan.buildingWidth) / 2,
  };
}
