import { useExplorer } from '../state/store';
import { useCampusLayout } from '../state/selectors';
import { BoxField } from './BoxField';
import { CameraRig } from './CameraRig';
import { Ground } from './Ground';

/**
 * The campus: one box per building and one block per occupied hall — a few hundred boxes
 * whatever the chip count. Click a building to walk in.
 */
export function CampusView() {
  const campus = useCampusLayout();
  const openBuilding = useExplorer((s) => s.openBuilding);
  const hoverSite = useExplorer((s) => s.hoverSite);
  const hovered = useExplorer((s) => (s.siteHover?.kind === 'building' ? s.siteHover.id : null));
  return (
    <>
      <CameraRig radius={campus.radius * 1.05} />
      <Ground size={campus.radius * 3} />
      <BoxField
        boxes={campus.buildings}
        name="buildings"
        highlightId={hovered}
        onPick={openBuilding}
        onHover={(id, x, y) => hoverSite(id === null ? null : { kind: 'building', id, x, y })}
      />
      <BoxField boxes={campus.rackBlocks} name="rack-blocks" offset={[0, 0.5, 0]} />
    </>
  );
}
