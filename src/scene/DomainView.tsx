import { chipsPerInstance } from '../model/index';
import { useExplorer } from '../state/store';
import { useWiring } from '../state/selectors';
import { ChipInstances } from './ChipInstances';
import { LinkSegments } from './LinkSegments';
import { SwitchInstances } from './SwitchInstances';
import { CameraRig } from './CameraRig';

/** The wiring of the level in view: chips, switches and links, three draw calls in all. */
export function DomainView() {
  const wiring = useWiring();
  const config = useExplorer((s) => s.config);
  const switched = wiring.switchCount > 0;
  return (
    <>
      <CameraRig radius={wiring.radius} />
      <ChipInstances positions={wiring.chipPositions} size={wiring.chipSize} chipsPerInstance={chipsPerInstance(config)} />
      <SwitchInstances positions={wiring.switchPositions} size={wiring.switchSize} />
      <LinkSegments vertices={wiring.linkVertices} kinds={wiring.segmentKinds} opacity={switched ? 0.18 : 0.85} />
    </>
  );
}
