import { useExplorer } from '../state/store';
import { useRackLayout } from '../state/selectors';
import { BoxField } from './BoxField';
import { CameraRig } from './CameraRig';
import { Ground } from './Ground';

/** One rack: head trays (hosts) over compute trays and their chips. Click to open its UltraServer's wiring. */
export function RackView() {
  const rack = useRackLayout();
  const setLevel = useExplorer((s) => s.setLevel);
  if (!rack) return null;
  const open = () => setLevel('ultraserver');
  return (
    <>
      <CameraRig radius={rack.height * 0.75} target={[0, rack.height / 2, 0]} />
      <Ground size={rack.height * 4} />
      <BoxField boxes={rack.trays} name="trays" onPick={open} />
      <BoxField boxes={rack.chips} name="rack-chips" onPick={open} />
    </>
  );
}
