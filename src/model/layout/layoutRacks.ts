import { rackAddress } from '../site/rackAddress';
import type { SitePlan } from '../site/sitePlan';
import { allocateBoxes, BOX_CATEGORY, writeBox, type BoxInstances } from './boxInstances';
import { buildingCenter, siteFrame } from './siteFrame';

/**
 * Every occupied rack of the cluster in campus coordinates (ids: site rack index), for the
 * cluster-field view. Linear in racks with a constant per rack: no per-rack objects beyond the
 * address arithmetic.
 */
export function layoutRacks(plan: SitePlan): BoxInstances {
  const frame = siteFrame(plan);
  const g = plan.geometry;
  const racks = allocateBoxes(plan.racksUsed);
  const centre = new Float64Array(2);
  let building = -1;
  for (let i = 0; i < racks.count; i++) {
    const address = rackAddress(plan, i);
    if (!address) break;
    if (address.building !== building) {
      building = address.building;
      buildingCenter(frame, building, centre);
    }
    writeBox(
      racks,
      i,
      centre[0]! + frame.firstHallX + address.hall * plan.hallLength + frame.firstRackX + address.rack * g.rackWidth,
      g.rackHeight / 2,
      centre[1]! + frame.firstRowZ + address.row * plan.rowPitch,
      g.rackWidth,
      g.rackHeight,
      g.rackDepth,
      BOX_CATEGORY.rackOccupied,
      i,
    );
  }
  return racks;
}
