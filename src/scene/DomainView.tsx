import { useEffect, useMemo } from 'react';
import { CHIPS, chipAnatomy, chipGroupIndex } from '../model/index';
import { useExplorer } from '../state/store';
import { useMetrics, usePath, useView, useWiring } from '../state/selectors';
import { ChipInstances } from './ChipInstances';
import { LinkSegments } from './LinkSegments';
import { SwitchInstances } from './SwitchInstances';
import { CameraRig } from './CameraRig';
import { PathOverlay } from './PathOverlay';
import { CollectiveOverlay } from './CollectiveOverlay';
import { FailureOverlay } from './FailureOverlay';
import { ContactShadow } from './ContactShadow';
import { chipTopTexture } from './chipTopTexture';
import { useScenePalette } from './useScenePalette';
import { GROUP_COLORS } from './palette';
import { wiringBounds } from './wiringBounds';

/** Chip counts above which the bulk of the links fades, so rings and overlays can stand out. */
const DENSE_CHIPS = 1024;

/** The wiring in view: chips, switches and links, plus highlights — a fixed number of draw calls. */
export function DomainView() {
  const wiring = useWiring();
  const view = useView();
  const palette = useScenePalette();
  const chipId = useExplorer((s) => s.config.chip);
  const degree = useMetrics().degree;
  const selection = useExplorer((s) => s.selection);
  const hovered = useExplorer((s) => s.hovered?.chip ?? null);
  const path = usePath();
  const onPath = useMemo(() => new Set(path?.flatMap((h) => [h.from, h.to]) ?? []), [path]);
  const failedChips = useExplorer((s) => s.failedChips);
  const failOnClick = useExplorer((s) => s.failOnClick);
  const { hoverChip, selectChip, openChip, toggleFailedChip } = useExplorer.getState();
  const dense = wiring.chipCount > DENSE_CHIPS;
  const topTexture = useMemo(
    () => (dense ? null : chipTopTexture(chipAnatomy(CHIPS[chipId], degree), palette.die, palette.hbm)),
    [dense, chipId, degree, palette],
  );
  useEffect(() => () => topTexture?.dispose(), [topTexture]);
  const bounds = useMemo(() => wiringBounds(wiring), [wiring]);
  // While the Train tab shows a layout, chips take the colour of their parallel group.
  const panel = useExplorer((s) => s.panel);
  const trainingLayout = useExplorer((s) => s.trainingLayout);
  const colourBy = useExplorer((s) => s.parallelism.colourBy);
  const groupOf = useMemo(
    () =>
      panel === 'training' && trainingLayout && colourBy && trainingLayout[colourBy] > 1
        ? (chip: number) => chipGroupIndex(trainingLayout, colourBy, chip)
        : null,
    [panel, trainingLayout, colourBy],
  );
  const switched = wiring.switchCount > 0;
  return (
    <>
      <CameraRig radius={wiring.radius} />
      <ContactShadow
        position={[bounds.center[0], bounds.min[1] - 0.35, bounds.center[2]]}
        size={[bounds.size[0] * 1.15 + 1.5, bounds.size[2] * 1.15 + 1.5]}
        color={palette.shadow}
        opacity={palette.shadowOpacity}
      />
      <ChipInstances
        positions={wiring.chipPositions}
        quaternions={wiring.chipQuaternions}
        size={wiring.chipSize}
        chipsPerInstance={view.scope === 'ultraserver' ? view.chipsPerInstance : Infinity}
        palette={palette}
        topTexture={topTexture}
        groupOf={groupOf}
        groupColors={GROUP_COLORS}
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
      <SwitchInstances positions={wiring.switchPositions} size={wiring.switchSize} color={palette.switchChip} />
      <LinkSegments
        vertices={wiring.drawVertices}
        dims={wiring.drawDims}
        wrap={wiring.drawWrap}
        palette={palette}
        fade={switched ? 0.6 : dense ? 0.55 : 0}
        width={switched ? 1.5 : dense ? 1.5 : 2.5}
        dashSize={wiring.chipSize[0] * 0.35}
      />
      <FailureOverlay />
      <PathOverlay />
      <CollectiveOverlay />
    </>
  );
}
