import { rackIndexAt } from '../site/rackAddress';
import type { SitePlan } from '../site/sitePlan';
import { allocateBoxes, BOX_CATEGORY, NO_ID, writeBox, type BoxCategory, type BoxInstances } from './boxInstances';
import { buildingCenter, siteFrame } from './siteFrame';

export interface BuildingLayout {
  building: number;
  /** The building's centre on the campus (x, z): add it to place this layout in campus coordinates. */
  originX: number;
  originZ: number;
  /** Hall floors (ids: hall index), the support gallery and cut-away walls (id NO_ID). */
  structures: BoxInstances;
  /** Every rack position of the building, occupied or not; ids are site rack indices (NO_ID where unpowered). */
  racks: BoxInstances;
  radius: number;
}

const SLAB = 0.1;
const RACK_FACE_SHARE = 0.92;
const GALLERY_HEIGHT = 0.8;
const WALL_HEIGHT = 1.2;
const WALL_THICKNESS = 0.4;

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

  // Halls, the support gallery, four outer walls and the walls between halls, cut away low so the racks show.
  const structures = allocateBoxes(b < 0 ? 0 : halls + 1 + 4 + Math.max(0, halls - 1));
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
      GALLERY_HEIGHT / 2,
      plan.buildingWidth / 2 - supportDepth / 2,
      plan.buildingLength,
      GALLERY_HEIGHT,
      supportDepth,
      BOX_CATEGORY.supportGallery,
      NO_ID,
    );
    const L = plan.buildingLength;
    const W = plan.buildingWidth;
    const t = WALL_THICKNESS;
    let w = halls + 1;
    const wall = (x: number, z: number, sx: number, sz: number) =>
      writeBox(structures, w++, x, WALL_HEIGHT / 2, z, sx, WALL_HEIGHT, sz, BOX_CATEGORY.wall, NO_ID);
    wall(0, -W / 2 - t / 2, L + 2 * t, t);
    wall(0, W / 2 + t / 2, L + 2 * t, t);
    wall(-L / 2 - t / 2, 0, t, W);
    wall(L / 2 + t / 2, 0, t, W);
    for (let h = 1; h < halls; h++)
      wall(frame.firstHallX + h * plan.hallLength, -W / 2 + plan.hallDepth / 2, t, plan.hallDepth);
  }

  const rowsPerHall = plan.rowsPerHall;
  const racksPerRow = plan.racksPerRow;
  const perUltraServer = plan.racksPerUltraServer;
  const racks = allocateBoxes(halls * rowsPerHall * racksPerRow);
  const address = { building: b, hall: 0, row: 0, rack: 0 };
  let i = 0;
  for (let h = 0; h < halls; h++) {
    const hallX = frame.firstHallX + h * plan.hallLength + frame.firstRackX;
    address.hall = h;
    for (let row = 0; row < rowsPerHall; row++) {
      const z = frame.firstRowZ + row * plan.rowPitch;
      address.row = row;
      for (let slot = 0; slot < racksPerRow; slot++) {
        address.rack = slot;
        const index = rackIndexAt(plan, address);
        let category: BoxCategory = BOX_CATEGORY.rackUnpowered;
        let id = NO_ID;
        if (index !== null) {
          id = index;
          category =
            Math.floor(index / perUltraServer) < plan.placedUltraServers
              ? BOX_CATEGORY.rackOccupied
              : BOX_CATEGORY.rackEmpty;
        }
        writeBox(
          racks,
          i++,
          hallX + slot * g.rackWidth,
          g.rackHeight / 2,
          z,
          // A sliver narrower than its pitch, so the seams between racks read.
          g.rackWidth * RACK_FACE_SHARE,
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
