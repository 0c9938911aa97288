import { useMemo } from 'react';
import { rackAddress } from '../model/index';
import { useExplorer } from '../state/store';
import { useBuildingLayout, useSitePlan } from '../state/selectors';
import { BoxField } from './BoxField';
import { CameraRig } from './CameraRig';
import { Ground } from './Ground';
import { sitePalette } from './palette';
import { useScenePalette } from './useScenePalette';

/** One building, roof off: halls, the support gallery, cut-away walls, rows and every rack position. Click a rack to walk up to it. */
export function BuildingView() {
  const layout = useBuildingLayout();
  const plan = useSitePlan();
  const palette = useScenePalette();
  const site = sitePalette(palette.theme);
  const openRack = useExplorer((s) => s.openRack);
  const hoverSite = useExplorer((s) => s.hoverSite);
  const hovered = useExplorer((s) => (s.siteHover?.kind === 'rack' ? s.siteHover.id : null));
  const focusRack = useExplorer((s) => s.focusRack);
  const inThisBuilding = useMemo(
    () => rackAddress(plan, focusRack)?.building === layout.building,
    [plan, focusRack, layout.building],
  );
  const r = Math.max(layout.radius, 5);
  return (
    <>
      <CameraRig radius={r * 0.8} />
      <Ground size={r * 30} color={site.ground} fade={{ color: palette.backgroundEdge, from: r * 3.5, to: r * 9 }} />
      <BoxField boxes={layout.structures} name="halls" colors={site.boxes} />
      <BoxField
        boxes={layout.racks}
        name="racks"
        colors={site.boxes}
        highlightId={hovered ?? (inThisBuilding ? focusRack : null)}
        onPick={(rack) => openRack(rack, layout.building)}
        onHover={(id, x, y) => hoverSite(id === null ? null : { kind: 'rack', id, x, y })}
      />
    </>
  );
}
