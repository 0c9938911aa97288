import { BOX_CATEGORY, type BoxCategory } from '../model/index';
import { BOX_LABELS, sitePalette } from '../scene/palette';
import { useScenePalette } from '../scene/useScenePalette';
import { useBuildingLayout, useCampusLayout, useRackLayout } from '../state/selectors';
import { useExplorer } from '../state/store';

/** Categories that appear in boxes, in the order given. */
function present(order: readonly BoxCategory[], ...sets: { categories: Uint8Array; count: number }[]): BoxCategory[] {
  const seen = new Set<number>();
  for (const s of sets) for (let i = 0; i < s.count; i++) seen.add(s.categories[i]!);
  return order.filter((c) => seen.has(c));
}

const CAMPUS_ORDER: readonly BoxCategory[] = [
  BOX_CATEGORY.roofOccupied,
  BOX_CATEGORY.roof,
  BOX_CATEGORY.buildingPlanned,
  BOX_CATEGORY.transformer,
  BOX_CATEGORY.coolingPlant,
];
const CAMPUS_NAMES: Partial<Record<BoxCategory, string>> = {
  [BOX_CATEGORY.roofOccupied]: 'Built, holds the cluster',
  [BOX_CATEGORY.roof]: 'Built',
  [BOX_CATEGORY.buildingPlanned]: 'Planned (foundation)',
  [BOX_CATEGORY.transformer]: 'Substation transformers',
  [BOX_CATEGORY.coolingPlant]: 'Cooling plant',
};
const BUILDING_ORDER: readonly BoxCategory[] = [
  BOX_CATEGORY.rackOccupied,
  BOX_CATEGORY.rackEmpty,
  BOX_CATEGORY.rackUnpowered,
  BOX_CATEGORY.supportGallery,
];
const RACK_ORDER: readonly BoxCategory[] = [
  BOX_CATEGORY.computeTray,
  BOX_CATEGORY.headTray,
  BOX_CATEGORY.chip,
  BOX_CATEGORY.switchTray,
  BOX_CATEGORY.powerShelf,
  BOX_CATEGORY.coolantSupply,
  BOX_CATEGORY.coolantReturn,
];

/** Names every colour of the site levels: building states, rack states, or what a rack holds. */
export function SiteLegend() {
  const level = useExplorer((s) => s.level);
  const palette = useScenePalette();
  const colors = sitePalette(palette.theme).boxes;
  const campus = useCampusLayout();
  const building = useBuildingLayout();
  const rack = useRackLayout();
  let categories: BoxCategory[] = [];
  if (level === 'campus') categories = present(CAMPUS_ORDER, campus.buildings, campus.works.roofs, campus.works.works);
  else if (level === 'building') categories = present(BUILDING_ORDER, building.racks, building.structures);
  else if (level === 'rack' && rack) categories = present(RACK_ORDER, rack.trays, rack.chips, rack.frame);
  if (categories.length === 0) return null;
  return (
    <ul className="legend site-legend" aria-label="Colours" data-legend={level}>
      {categories.map((c) => (
        <li key={c} data-legend-entry={c}>
          <span className="swatch block" style={{ background: colors[c] }} aria-hidden="true" />
          {(level === 'campus' ? CAMPUS_NAMES[c] : undefined) ??
            (c === BOX_CATEGORY.switchTray && rack ? rack.spec.switchTrayName : undefined) ??
            BOX_LABELS[c]}
        </li>
      ))}
    </ul>
  );
}
