import { useMemo } from 'react';
import { useExplorer } from '../state/store';
import { usePath, useView, useWiring } from '../state/selectors';
import { ChipInstances } from './ChipInstances';
import { LinkSegments } from './LinkSegments';
import { SwitchInstances } from './SwitchInstances';
import { CameraRig } from './CameraRig';
import { PathOverlay } from './PathOverlay';
import { CollectiveOverlay } from './CollectiveOverlay';
import { FailureOverlay } from './FailureOverlay';

/** The wiring in view: chips, switches and links, plus highlights — a fixed number of draw calls. */
export function DomainView() {
  const wiring = useWiring();
  const view = useView();
  const selection = useExplorer((s) => s.selection);
  const hovered = useExplorer((s) => s.hovered?.chip ?? null);
  const path = usePath();
  const onPath = useMemo(() => new Set(path?.flatMap((h) => [h.from, h.to]) ?? []), [path]);
  const failedChips = useExplorer((s) => s.failedChips);
  const failOnClick = useExplorer((s) => s.failOnClick);
  const { hoverChip, selectChip, openChip, toggleFailedChip } = useExplorer.getState();
  const switched = wiring.switchCount > 0;
  return (
    <>
      <CameraRig radius={wiring.radius} />
      <ChipInstances
        positions={wiring.chipPositions}
        quaternions={wiring.chipQuaternions}
        size={wiring.chipSize}
        chipsPerInstance={view.scope === 'ultraserver' ? view.chipsPerInstance : Infinity}
        selected={selection}
        onPath={onPath}
        hovered={hovered}
        onHover={(chip, event) =>
          hoverChip(
            chip === null || !event ? null : { chip, x: event.nativeEvent.offsetX, y: event.nativeEvent.offsetY },
          )
        }
        failed={failedChips}
        onSelect={failOnClick ? toggleFailedChip : selectChip}
        onOpen={openChip}
      />
      <SwitchInstances positions={wiring.switchPositions} size={wiring.switchSize} />
      <LinkSegments
        vertices={wiring.drawVertices}
        kinds={wiring.drawKinds}
        opacity={switched ? 0.18 : 1}
        brightness={wiring.chipCount > 1024 ? 0.45 : 1}
      />
      <FailureOverlay />
      <PathOverlay />
      <CollectiveOverlay />
    </>
  );
}
