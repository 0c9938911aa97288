import { useMemo } from 'react';
import { useExplorer } from '../state/store';
import { useCampusLayout } from '../state/selectors';
import { BoxField } from './BoxField';
import { CameraRig } from './CameraRig';
import { Ground } from './Ground';
import { sitePalette } from './palette';
import { useScenePalette } from './useScenePalette';

/**
 * The campus: buildings extruded to their height with roofs and rooftop plant, planned ones as
 * foundation pads under a ghost of their volume, cooling plant, roads and a substation sized to
 * the site's power. Four instanced meshes and the ground, whatever the chip count. Click a building to walk in.
 */
export function CampusView() {
  const campus = useCampusLayout();
  const palette = useScenePalette();
  const colors = sitePalette(palette.theme).boxes;
  const openBuilding = useExplorer((s) => s.openBuilding);
  const hoverSite = useExplorer((s) => s.hoverSite);
  const hovered = useExplorer((s) => (s.siteHover?.kind === 'building' ? s.siteHover.id : null));
  const r = Math.max(campus.radius, 10);
  // Look a little nearer than the centre: seen from above the front, the near edge would leave the frame first.
  const target = useMemo(() => [campus.center[0], 0, campus.center[1] + r * 0.12] as const, [campus.center, r]);
  const onHover = (id: number | null, x: number, y: number) =>
    hoverSite(id === null ? null : { kind: 'building', id, x, y });
  return (
    <>
      <CameraRig radius={r * 0.7} target={target} />
      <Ground
        size={r * 30}
        center={campus.center}
        color={sitePalette(palette.theme).ground}
        fade={{ color: palette.backgroundEdge, from: r * 3.6, to: r * 9 }}
      />
      <BoxField boxes={campus.works.works} name="site-works" colors={colors} />
      <BoxField
        boxes={campus.buildings}
        name="buildings"
        colors={colors}
        highlightId={hovered}
        onPick={openBuilding}
        onHover={onHover}
      />
      <BoxField boxes={campus.works.plannedVolumes} name="planned-volumes" colors={colors} opacity={0.22} />
      <BoxField
        boxes={campus.works.roofs}
        name="roofs"
        colors={colors}
        highlightId={hovered}
        onPick={openBuilding}
        onHover={onHover}
      />
    </>
  );
}
