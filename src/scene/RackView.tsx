import { useExplorer } from '../state/store';
import { useRackLayout } from '../state/selectors';
import { BoxField } from './BoxField';
import { CameraRig } from './CameraRig';
import { Ground } from './Ground';
import { sitePalette } from './palette';
import { useScenePalette } from './useScenePalette';

const TARGET_SCALE = 0.5;

/**
 * One rack as its system builds it: power shelves, hosts' trays with their chips on the front,
 * scale-up switch trays, the cabinet and (liquid-cooled) its manifolds. Click to open its
 * UltraServer's wiring.
 */
export function RackView() {
  const rack = useRackLayout();
  const palette = useScenePalette();
  const site = sitePalette(palette.theme);
  const setLevel = useExplorer((s) => s.setLevel);
  if (!rack) return null;
  const open = () => setLevel('ultraserver');
  const r = rack.height * 0.62;
  return (
    <>
      <CameraRig radius={r} target={[0, rack.height * TARGET_SCALE, 0]} />
      <Ground size={r * 40} color={site.ground} fade={{ color: palette.backgroundEdge, from: r * 4, to: r * 12 }} />
      <BoxField boxes={rack.frame} name="rack-frame" colors={site.boxes} />
      <BoxField boxes={rack.trays} name="trays" colors={site.boxes} onPick={open} />
      <BoxField boxes={rack.chips} name="rack-chips" colors={site.boxes} onPick={open} />
    </>
  );
}
