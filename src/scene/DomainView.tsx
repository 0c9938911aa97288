import { useEffect, useMemo } from 'react';
import {
  CHIPS,
  chipAnatomy,
  chipGroupIndex,
  chipsInSlice,
  coordsOf,
  focusRings,
  focusSwitchLinks,
  nodeAt,
  sliceIsWhole,
  sliceProblem,
  visibleDrawSegments,
  type DrawSegments,
  type DomainWiring,
  type TorusSlice,
  type ViewDomain,
} from '../model/index';
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

/** Centre of the box around these points. */
function boxCenter(pointSets: readonly Float32Array[]): [number, number, number] {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const points of pointSets) {
    for (let i = 0; i + 2 < points.length; i += 3) {
      for (let a = 0; a < 3; a++) {
        min[a] = Math.min(min[a]!, points[i + a]!);
        max[a] = Math.max(max[a]!, points[i + a]!);
      }
    }
  }
  if (!Number.isFinite(min[0])) return [0, 0, 0];
  return [(min[0]! + max[0]!) / 2, (min[1]! + max[1]!) / 2, (min[2]! + max[2]!) / 2];
}

/** Positions of the chips a slice keeps. */
function visibleChipPositions(wiring: DomainWiring, visible: Uint8Array): Float32Array {
  const out = new Float32Array(visible.reduce((a, b) => a + b, 0) * 3);
  let o = 0;
  for (let c = 0; c < wiring.chipCount; c++) {
    if (!visible[c]) continue;
    out.set(wiring.chipPositions.subarray(c * 3, c * 3 + 3), o);
    o += 3;
  }
  return out;
}

/** Where the camera looks from at a switched domain (trays in a row over the switches): straight from the front, above. */
const SWITCHED_VIEW = [0, 0.5, 1] as const;

/** A switched domain's all-to-all fades further than a dense torus: every line crosses the others. */
const SWITCHED_FADE = (denseFade: number) => denseFade + (1 - denseFade) * 0.6;

/** Chip-to-switch lines up to which a switched domain draws them plainly (a DGX: 8 GPUs × 4 switches). */
const FEW_SWITCH_LINKS = 256;

/** Chip counts above which the bulk of the links fades, so rings and overlays can stand out. */
const DENSE_CHIPS = 1024;

/** The slice in force: only one that fits the torus in view (a link or a level change may leave another). */
function activeSlice(view: ViewDomain, slice: TorusSlice | null): TorusSlice | null {
  if (!slice || view.fabric !== 'torus' || !view.drawable) return null;
  const dims = view.dims.slice(0, 3);
  return sliceProblem(slice, dims) === null && !sliceIsWhole(slice, dims) ? slice : null;
}

/**
 * The chip whose rings a dense torus shows before anyone points at one: the corner nearest the
 * camera (every coordinate at its last value), moved into the slice — its rings trace the block's
 * near edges and close around the outside, which is what shows a reader it is a torus.
 */
function defaultFocus(view: ViewDomain, slice: TorusSlice | null): number {
  const dims = view.dims.slice(0, 3);
  const coords = dims.map((k) => k - 1);
  if (slice) coords[slice.dim] = slice.to;
  return nodeAt(coords, dims);
}

/** Ring segments through the focus chip; along a sliced dimension the ring would leave the slice, so it is dropped. */
function ringsFor(wiring: DomainWiring, view: ViewDomain, chip: number, slice: TorusSlice | null): DrawSegments {
  const rings = focusRings(wiring, view.dims.slice(0, 3), chip);
  if (!slice) return rings;
  if (coordsOf(chip, view.dims.slice(0, 3))[slice.dim]! < slice.from) return rings;
  let kept = 0;
  for (let s = 0; s < rings.dims.length; s++) if (rings.dims[s] !== slice.dim) kept++;
  const out: DrawSegments = {
    vertices: new Float32Array(kept * 6),
    dims: new Uint8Array(kept),
    wrap: new Uint8Array(kept),
  };
  let o = 0;
  for (let s = 0; s < rings.dims.length; s++) {
    if (rings.dims[s] === slice.dim) continue;
    out.vertices.set(rings.vertices.subarray(s * 6, s * 6 + 6), o * 6);
    out.dims[o] = rings.dims[s]!;
    out.wrap[o] = rings.wrap[s]!;
    o++;
  }
  return out;
}

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
  const slice = activeSlice(
    view,
    useExplorer((s) => s.slice),
  );
  const visible = useMemo(
    () => (slice ? chipsInSlice(view.dims.slice(0, 3), slice, wiring.chipCount) : null),
    [slice, view, wiring],
  );
  const shownChips = visible ? visible.reduce((a, b) => a + b, 0) : wiring.chipCount;
  const dense = shownChips > DENSE_CHIPS;
  const links = useMemo<DrawSegments>(
    () =>
      slice || dense
        ? visibleDrawSegments(wiring, view.dims.slice(0, 3), slice, { shellArcsOnly: dense })
        : { vertices: wiring.drawVertices, dims: wiring.drawDims, wrap: wiring.drawWrap },
    [slice, dense, view, wiring],
  );
  const torus = view.fabric === 'torus' && wiring.chipQuaternions === null;
  // Rings follow the pointer, then the last selected chip; a dense torus shows one chip's rings from the start.
  const pointed = hovered ?? selection[selection.length - 1] ?? null;
  const focus = torus
    ? pointed !== null && (!visible || visible[pointed])
      ? pointed
      : wiring.chipCount > DENSE_CHIPS
        ? defaultFocus(view, slice)
        : null
    : null;
  const switched = wiring.switchCount > 0;
  // A switched domain highlights the pointed chip's links to every switch, as a torus its rings.
  const switchFocus = switched ? pointed : null;
  // A DGX baseboard's few dozen links stay plain; an NVL72's 1,296 fade so one chip's can stand out.
  const fewSwitchLinks = links.dims.length <= FEW_SWITCH_LINKS;
  const rings = useMemo(
    () =>
      switchFocus !== null
        ? focusSwitchLinks(wiring, switchFocus)
        : focus === null
          ? null
          : ringsFor(wiring, view, focus, slice),
    [focus, switchFocus, wiring, view, slice],
  );
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
  // The camera fits what is drawn: chips, switches and the links as shown (a slice fits its planes).
  const fitPoints = useMemo(
    () => [
      visible ? visibleChipPositions(wiring, visible) : wiring.chipPositions,
      wiring.switchPositions,
      links.vertices,
    ],
    [wiring, visible, links],
  );
  const fitCenter = useMemo(() => boxCenter(fitPoints), [fitPoints]);
  return (
    <>
      <CameraRig
        radius={wiring.radius}
        target={fitCenter}
        points={fitPoints}
        pad={Math.max(...wiring.chipSize, ...(switched ? wiring.switchSize : [0])) / 2}
        // Trays in a row over the switches: seen from the front and above, the row and the fan below it read as one.
        direction={switched ? SWITCHED_VIEW : undefined}
      />
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
        visible={visible}
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
        vertices={links.vertices}
        dims={links.dims}
        wrap={links.wrap}
        palette={palette}
        fade={
          switched
            ? fewSwitchLinks
              ? 0.3
              : SWITCHED_FADE(palette.denseFade)
            : dense
              ? palette.denseFade
              : rings
                ? 0.45
                : 0
        }
        width={switched ? (fewSwitchLinks ? 2 : 1) : dense ? 1.25 : 2.5}
        dashSize={wiring.chipSize[0] * 0.35}
      />
      {rings && (
        <LinkSegments
          vertices={rings.vertices}
          dims={rings.dims}
          wrap={rings.wrap}
          palette={palette}
          width={switched ? 3 : dense ? 3.5 : 4}
          dashSize={wiring.chipSize[0] * 0.35}
          name="focus-rings"
        />
      )}
      <FailureOverlay />
      <PathOverlay />
      <CollectiveOverlay />
    </>
  );
}
