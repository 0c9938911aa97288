import type { SitePlan } from '../site/sitePlan';
import { allocateBoxes, BOX_CATEGORY, writeBox, type BoxInstances } from './boxInstances';
import { buildingCenter, siteFrame } from './siteFrame';

/**
 * Every occupied rack of the cluster in campus coordinates (ids: site rack index), for the
 * cluster-field view. Linear in racks with a constant per rack: no per-rack objects, and the
 * address is carried along incrementally instead of re-derived by division.
 */
export function layoutRacks(plan: SitePlan): BoxInstances {
  const frame = siteFrame(plan);
  const g = plan.geometry;
  const perUltraServer = plan.racksPerUltraServer;
  const racks = allocateBoxes(plan.racksUsed);
  const centre = new Float64Array(2);
  let building = 0;
  let hall = 0;
  let row = 0;
  let rowSlot = 0;
  let inHall = 0;
  buildingCenter(frame, 0, centre);

  let i = 0;
  for (let u = 0; u < plan.placedUltraServers; u++) {
    const x0 =
      centre[0]! +
      frame.firstHallX +
      hall * plan.hallLength +
      frame.firstRackX +
      rowSlot * perUltraServer * g.rackWidth;
    const z = centre[1]! + frame.firstRowZ + row * plan.rowPitch;
    for (let r = 0; r < perUltraServer; r++, i++) {
      writeBox(
        racks,
        i,
        x0 + r * g.rackWidth,
        g.rackHeight / 2,
        z,
        g.rackWidth,
        g.rackHeight,
        g.rackDepth,
        BOX_CATEGORY.rackOccupied,
        i,
      );
    }
    // Advance: next position in the row, then row, hall, building (the fill order of rackAddress).
    inHall++;
    if (++rowSlot === plan.ultraServersPerRow || inHall === plan.ultraServersPerHall) {
      rowSlot = 0;
      row++;
    }
    if (inHall === plan.ultraServersPerHall) {
      inHall = 0;
      row = 0;
      if (++hall === plan.hallsPerBuilding) {
        hall = 0;
        buildingCenter(frame, ++building, centre);
      }
    }
  }
  return racks;
}
