import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, DoubleSide, FrontSide, Matrix4, Quaternion, Vector3, type InstancedMesh, type Texture } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import { scenePalette, type ScenePalette } from './palette';
import { chipBoxGeometry, tileGeometry, TILE_THRESHOLD } from './shadedBoxGeometry';
import { chipRaycast } from './chipRaycast';

// Scratch objects at module scope: nothing is allocated per chip or per frame.
const matrix = new Matrix4();
const color = new Color();
const hoverColor = new Color();
const position = new Vector3();
const rotation = new Quaternion();
const unitScale = new Vector3(1, 1, 1);
const hiddenScale = new Vector3(0, 0, 0);
const DARK = scenePalette('dark');

export interface ChipInstancesProps {
  /** x, y, z per chip. */
  positions: Float32Array;
  /** Optional x, y, z, w rotation per chip. Default: none. */
  quaternions?: Float32Array | null;
  /** Box size of one chip. */
  size: readonly [number, number, number];
  /** Chips per instance; chips of one instance share a color. Default: all one color. */
  chipsPerInstance?: number;
  /** Colours of planes, selection and overlays. Default the dark palette. */
  palette?: ScenePalette;
  /** Top-face detail (dies, HBM) multiplied into each chip's colour. Default none. */
  topTexture?: Texture | null;
  /** Colour index per chip (e.g. its parallel group), in place of the plane colours; null keeps those. Default null. */
  groupOf?: ((chip: number) => number) | null;
  /** Colours the group indices cycle through. Default none (needed with groupOf). */
  groupColors?: readonly string[];
  /** 1 for chips to draw, 0 for chips a slice hides; null draws all. Default null. */
  visible?: Uint8Array | null;
  /** Selected chips, drawn white. Default none. */
  selected?: readonly number[];
  /** Chips on the highlighted path, drawn gold. Default none. */
  onPath?: ReadonlySet<number>;
  /** Failed chips, drawn dark red. Default none. */
  failed?: readonly number[];
  /** The chip under the pointer, drawn lighter. Default none. */
  hovered?: number | null;
  /** Pointer handlers; each receives the chip id. Default none. */
  onHover?: (chip: number | null, event: ThreeEvent<PointerEvent> | null) => void;
  onSelect?: (chip: number) => void;
  onOpen?: (chip: number) => void;
}

/** Every chip of the view as one instanced mesh: one draw call whatever the count. */
export function ChipInstances({
  positions,
  quaternions = null,
  size,
  chipsPerInstance = Infinity,
  palette = DARK,
  topTexture = null,
  visible = null,
  groupOf = null,
  groupColors = [],
  selected = [],
  onPath,
  failed = [],
  hovered = null,
  onHover,
  onSelect,
  onOpen,
}: ChipInstancesProps) {
  const mesh = useRef<InstancedMesh>(null);
  const count = positions.length / 3;
  const tiles = count > TILE_THRESHOLD;
  const geometry = useMemo(
    () => (tiles ? tileGeometry(size[0], size[2]) : chipBoxGeometry(size[0], size[1], size[2])),
    [size, tiles],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    for (let i = 0; i < count; i++) {
      position.set(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!);
      if (quaternions) rotation.fromArray(quaternions, i * 4);
      else rotation.identity();
      m.setMatrixAt(i, matrix.compose(position, rotation, visible && !visible[i] ? hiddenScale : unitScale));
    }
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
    m.computeBoundingBox();
  }, [positions, quaternions, count, visible]);

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const { planes, overlay } = palette;
    hoverColor.set(overlay.hover);
    // Parsed once: parsing a CSS colour per chip cost ~0.3 s a hover on 65,536 chips.
    const planeColors = planes.map((p) => new Color(p));
    const groupColorList = groupColors.map((c) => new Color(c));
    for (let i = 0; i < count; i++) {
      const instance = Number.isFinite(chipsPerInstance) ? Math.floor(i / chipsPerInstance) : 0;
      if (groupOf && groupColorList.length > 0) color.copy(groupColorList[groupOf(i) % groupColorList.length]!);
      else color.copy(planeColors[instance % planeColors.length]!);
      if (onPath?.has(i)) color.set(overlay.path);
      if (selected.includes(i)) color.set(overlay.selected);
      if (failed.includes(i)) color.set(overlay.failedChip);
      if (i === hovered) color.lerp(hoverColor, 0.45);
      m.setColorAt(i, color);
    }
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
  }, [count, chipsPerInstance, selected, onPath, hovered, failed, palette, groupOf, groupColors]);

  // Picking by arithmetic on the positions: three's per-instance raycast costs ~50 ms a pointer move on 65,536 chips.
  const raycast = useMemo(
    () => chipRaycast(positions, size, visible, quaternions !== null),
    [positions, size, visible, quaternions],
  );

  return (
    <instancedMesh
      key={count}
      ref={mesh}
      args={[geometry, undefined, count]}
      raycast={raycast}
      name="chips"
      onPointerMove={(e) => {
        e.stopPropagation();
        if (e.instanceId !== undefined) onHover?.(e.instanceId, e);
      }}
      onPointerOut={() => onHover?.(null, null)}
      onClick={(e) => {
        e.stopPropagation();
        if (e.instanceId !== undefined) onSelect?.(e.instanceId);
      }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        if (e.instanceId !== undefined) onOpen?.(e.instanceId);
      }}
    >
      {tiles ? (
        // Flat tiles all face up, so lighting would give every one the same shade: unlit costs far less
        // in software GL, where thousands of overlapping tiles make most of the frame.
        <meshBasicMaterial side={DoubleSide} />
      ) : (
        // Lambert: lit by the hemisphere and key light at a fraction of a standard material's cost.
        <meshLambertMaterial key={topTexture ? topTexture.uuid : 'plain'} map={topTexture} side={FrontSide} />
      )}
    </instancedMesh>
  );
}
