import { useMemo } from 'react';
import {
  BOX_CATEGORY,
  hostUnits,
  type BuildingLayout,
  type CampusLayout,
  type RackLayout,
  type SitePlan,
} from '../model/index';
import { useBuildingLayout, useCampusLayout, useRackLayout, useSitePlan } from '../state/selectors';
import { useExplorer } from '../state/store';
import { formatCount, formatCounted, formatPower } from '../format/numbers';
import { SceneLabelLayer, type SceneLabel } from './labels/SceneLabelLayer';

const placedIn = (plan: SitePlan, b: number) => {
  const per = plan.ultraServersPerBuilding;
  return per > 0 ? Math.min(per, Math.max(0, plan.placedUltraServers - b * per)) : 0;
};

/** Buildings (number, chips, power), planned ones muted, and the substation. */
function campusLabels(campus: CampusLayout, plan: SitePlan): SceneLabel[] {
  const { positions, sizes } = campus.buildings;
  const out: SceneLabel[] = [];
  for (let b = 0; b < campus.buildings.count; b++) {
    const placed = placedIn(plan, b);
    const built = sizes[b * 3 + 1]! > 1;
    out.push({
      id: `building-${b}`,
      text: `B${b + 1}`,
      detail:
        placed > 0
          ? `${formatCount(placed * plan.chipsPerUltraServer)} chips · ${formatPower(placed * plan.ultraServerFacilityPowerWatts)}`
          : built
            ? 'built, empty'
            : undefined,
      position: [positions[b * 3]!, positions[b * 3 + 1]! + sizes[b * 3 + 1]! / 2 + 3, positions[b * 3 + 2]!],
      // Buildings holding the cluster first, then built ones, then planned, each in order.
      priority: (placed > 0 ? 3000 : built ? 2000 : 1000) - b,
      className: placed > 0 ? 'accent' : built ? undefined : 'muted',
      testId: `building-label-${b}`,
    });
  }
  const s = campus.works.substation;
  if (campus.buildings.count > 0) {
    out.push({
      id: 'substation',
      text: 'Substation',
      detail: `${formatPower(plan.sitePowerLimitWatts)} site supply · ${s.transformers} transformers`,
      position: [s.x, 8, s.z],
      priority: 5000,
      testId: 'substation-label',
    });
  }
  return out;
}

/** Halls (racks in use), the support gallery, and the rack in focus. */
function buildingLabels(layout: BuildingLayout, plan: SitePlan): SceneLabel[] {
  const out: SceneLabel[] = [];
  const { positions, sizes, categories, ids } = layout.structures;
  const rackTop = plan.geometry.rackHeight + 1;
  const firstInBuilding = layout.building * plan.ultraServersPerBuilding;
  for (let i = 0; i < layout.structures.count; i++) {
    const isHall = categories[i] === BOX_CATEGORY.hall;
    const x = positions[i * 3]!;
    const z = positions[i * 3 + 2]!;
    if (isHall) {
      const h = ids[i]!;
      const placed = Math.max(
        0,
        Math.min(plan.ultraServersPerHall, plan.placedUltraServers - firstInBuilding - h * plan.ultraServersPerHall),
      );
      out.push({
        id: `hall-${h}`,
        text: `Hall ${h + 1}`,
        detail: `${formatCount(placed * plan.racksPerUltraServer)} racks in use · ${formatPower(plan.hallPowerLimitWatts)} share`,
        position: [x, rackTop, z - sizes[i * 3 + 2]! / 2 + 2],
        priority: 2000 - h,
        testId: `hall-label-${h}`,
      });
    } else if (categories[i] === BOX_CATEGORY.supportGallery) {
      out.push({
        id: 'support',
        text: 'Support gallery',
        detail: 'electrical rooms, cooling, offices',
        position: [x, 1, z],
        priority: 1000,
      });
    }
  }
  return out;
}

/** Groups of the rack's contents, named with their counts, beside the rack. */
function rackLabels(rack: RackLayout, plan: SitePlan): SceneLabel[] {
  const out: SceneLabel[] = [];
  const right = plan.geometry.rackWidth / 2;
  const front = plan.geometry.rackDepth / 2;
  const at = (span: [number, number]): [number, number, number] => [right, (span[0] + span[1]) / 2, front];
  const spec = rack.spec;
  if (rack.hosts > 0) {
    const chipsPerHost = Math.min(plan.chipsPerHost, plan.chipsPerUltraServer);
    out.push({
      id: 'hosts',
      text: `${formatCount(rack.hosts)} ${spec.hostName}${rack.hosts === 1 ? '' : 's'}`,
      detail: `${formatCount(chipsPerHost)} chips each · ${hostUnits(spec, chipsPerHost)}U`,
      // The lower half of the hosts: the switch trays sit in the middle of the span.
      position: [right, rack.spans.compute[0] + (rack.spans.compute[1] - rack.spans.compute[0]) * 0.2, front],
      priority: 300,
      testId: 'rack-label-hosts',
      callout: true,
    });
  }
  if (rack.switchTrays > 0) {
    out.push({
      id: 'switch',
      text: formatCounted(rack.switchTrays, spec.switchTrayName),
      detail: `${formatCounted(spec.switchChipsPerTray, 'switch chip')} each`,
      position: at(rack.spans.switch),
      priority: 200,
      testId: 'rack-label-switch',
      callout: true,
    });
  }
  if (rack.powerShelves > 0) {
    out.push({
      id: 'power',
      text: `${rack.powerShelves} power shelves`,
      detail: `${formatPower(plan.rackPowerBudgetWatts)} for the rack`,
      position: [right, rack.spans.power[1], front],
      priority: 100,
      testId: 'rack-label-power',
      callout: true,
    });
  }
  out.push({
    id: 'cabinet',
    text: spec.name,
    detail: `${formatPower(plan.rackDrawWatts)} drawn · ${spec.cooling === 'liquid' ? 'liquid-cooled' : 'air-cooled'}`,
    position: [0, rack.height + 0.05, 0],
    priority: 400,
    testId: 'rack-label-cabinet',
  });
  return out;
}

/** Labels of the site levels (campus, building, rack), placed without overlap by the scene label layer. */
export function SiteLabelLayer() {
  const level = useExplorer((s) => s.level);
  const campus = useCampusLayout();
  const building = useBuildingLayout();
  const rack = useRackLayout();
  const plan = useSitePlan();
  const labels = useMemo(() => {
    if (level === 'campus') return campusLabels(campus, plan);
    if (level === 'building') return buildingLabels(building, plan);
    if (level === 'rack' && rack) return rackLabels(rack, plan);
    return [];
  }, [level, campus, building, rack, plan]);
  if (labels.length === 0) return null;
  return <SceneLabelLayer key={level} labels={labels} name={level} />;
}
