import { useMemo } from 'react';
import { rackAddress } from '../model/index';
import { useExplorer } from '../state/store';
import { useBuildingLayout, useSitePlan } from '../state/selectors';
import { BoxField } from './BoxField';
import { CameraRig } from './CameraRig';
import { Ground } from './Ground';

/** One building: its halls, rows and every rack position. Click a rack to walk up to it. */
export function BuildingView() {
  const layout = useBuildingLayout();
  const plan = useSitePlan();
  const openRack = useExplorer((s) => s.openRack);
  const hoverSite = useExplorer((s) => s.hoverSite);
  const hovered = useExplorer((s) => (s.siteHover?.kind === 'rack' ? s.siteHover.id : null));
  const focusRack = useExplorer((s) => s.focusRack);
  const inThisBuilding = useMemo(
    () => rackAddress(plan, focusRack)?.building === layout.building,
    [plan, focusRack, layout.building],
  );
  return (
    <>
      <CameraRig radius={layout.radius * 0.8} />
      <Ground size={layout.radius * 3} />
      <BoxField boxes={layout.structures} name="halls" />
      <BoxField
        boxes={layout.racks}
        name="racks"
        highlightId={hovered ?? (inThisBuilding ? focusRack : null)}
        onPick={(rack) => openRack(rack, layout.building)}
        onHover={(id, x, y) => hoverSite(id === null ? null : { kind: 'rack', id, x, y })}
      />
    </>
  );
}
