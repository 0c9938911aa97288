import type { SitePlan } from '../site/sitePlan';
import { allocateBoxes, BOX_CATEGORY, NO_ID, writeBox, type BoxInstances } from './boxInstances';
import { isBuilt, layoutSiteWorks, PLANNED_PAD_HEIGHT, type SiteWorks } from './layoutSiteWorks';
import { buildingCenter, siteFrame, type SiteFrame } from './siteFrame';

export interface CampusLayout {
  frame: SiteFrame;
  /** One box per building; ids are building indices. */
  buildings: BoxInstances;
  /** Share of each building's UltraServer capacity in use, 0–1. */
  buildingFill: Float32Array;
  /** One block per hall of the site covering its occupied rows (zero-sized, id NO_ID, where empty); ids are building·halls + hall. Empty if not asked for. */
  rackBlocks: BoxInstances;
  /** Roads, substation, cooling plant, roofs and rooftop plant. */
  works: SiteWorks;
  /** Radius around `center` that holds the campus and its works, for framing the camera. */
  radius: number;
  /** Centre of everything drawn (x, z). */
  center: [number, number];
}

export interface CampusLayoutOptions {
  /** Also draw each occupied hall's racks as one aggregated block. Default true. */
  rackBlocks?: boolean;
}

/**
 * Campus level of detail: items grow with the site (buildings, halls), never with the chip
 * count, so a million chips draw as a few hundred boxes.
 */
export function layoutCampus(plan: SitePlan, options: CampusLayoutOptions = {}): CampusLayout {
  const frame = siteFrame(plan);
  const g = plan.geometry;
  const n = plan.buildings;
  const buildings = allocateBoxes(n);
  const buildingFill = new Float32Array(n);
  const centre = new Float64Array(2);
  const perBuilding = plan.ultraServersPerBuilding;

  for (let b = 0; b < n; b++) {
    buildingCenter(frame, b, centre);
    const placed = perBuilding > 0 ? Math.min(perBuilding, Math.max(0, plan.placedUltraServers - b * perBuilding)) : 0;
    buildingFill[b] = perBuilding > 0 ? placed / perBuilding : 0;
    const category =
      placed > 0
        ? BOX_CATEGORY.buildingOccupied
        : b < plan.buildingsLive
          ? BOX_CATEGORY.buildingLive
          : BOX_CATEGORY.buildingPlanned;
    // A planned building is only its foundation pad, unless the what-if already fills it.
    const height = isBuilt(plan, b) ? g.buildingHeight : PLANNED_PAD_HEIGHT;
    writeBox(
      buildings,
      b,
      centre[0]!,
      height / 2,
      centre[1]!,
      plan.buildingLength,
      height,
      plan.buildingWidth,
      category,
      b,
    );
  }

  const wantBlocks = options.rackBlocks ?? true;
  // One slot for every hall of the site, occupied or not, so the campus draws the same number
  // of boxes (and triangles) at 10k chips as at a million; empty halls get a flat, empty block.
  const rackBlocks = allocateBoxes(wantBlocks ? plan.buildings * plan.hallsPerBuilding : 0);
  const perHall = plan.ultraServersPerHall;
  const perRow = plan.ultraServersPerRow;
  const rowLength = Math.min(plan.racksPerRow, plan.ultraServersPerRow * plan.racksPerUltraServer) * g.rackWidth;
  for (let i = 0; i < rackBlocks.count; i++) {
    const b = Math.floor(i / plan.hallsPerBuilding);
    const hall = i % plan.hallsPerBuilding;
    buildingCenter(frame, b, centre);
    const inHall = Math.max(0, Math.min(perHall, plan.placedUltraServers - i * perHall));
    if (i >= plan.hallsUsed || inHall === 0) {
      writeBox(rackBlocks, i, 0, 0, 0, 0, 0, 0, BOX_CATEGORY.rackBlock, NO_ID);
      continue;
    }
    const rows = perRow > 0 ? Math.ceil(inHall / perRow) * plan.rowsPerUltraServer : 0;
    // The block spans from the first row's front to the last occupied row's back.
    const depth = (rows - 1) * plan.rowPitch + g.rackDepth;
    const x =
      centre[0]! + frame.firstHallX + hall * plan.hallLength + frame.firstRackX - g.rackWidth / 2 + rowLength / 2;
    const z = centre[1]! + frame.firstRowZ - g.rackDepth / 2 + depth / 2;
    writeBox(rackBlocks, i, x, g.rackHeight / 2, z, rowLength, g.rackHeight, depth, BOX_CATEGORY.rackBlock, i);
  }

  const works = layoutSiteWorks(plan, frame);
  const [minX, minZ, maxX, maxZ] = works.bounds;
  return {
    frame,
    buildings,
    buildingFill,
    rackBlocks,
    works,
    radius: n > 0 ? Math.hypot(maxX - minX, g.buildingHeight, maxZ - minZ) / 2 : 0,
    center: [(minX + maxX) / 2, (minZ + maxZ) / 2],
  };
}
