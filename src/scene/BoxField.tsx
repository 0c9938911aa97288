import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import { NO_ID, type BoxInstances } from '../model/index';
import { BOX_COLORS } from './palette';
import { shadedBoxGeometry } from './shadedBoxGeometry';

const matrix = new Matrix4();
const position = new Vector3();
const scale = new Vector3();
const identity = new Quaternion();
const color = new Color();
const highlight = new Color('#ffffff');

export interface BoxFieldProps {
  /** Boxes to draw (positions, sizes, categories, ids). */
  boxes: BoxInstances;
  /** Offset added to every box (a building's layout is in its own frame). Default [0, 0, 0]. */
  offset?: readonly [number, number, number];
  /** Object name, for tests. */
  name: string;
  /** The id to draw highlighted. Default none. */
  highlightId?: number | null;
  /** Called with the picked box's id (never NO_ID). Default: not pickable. */
  onPick?: (id: number) => void;
  /** Called with the hovered box's id, or null when the pointer leaves. */
  onHover?: (id: number | null, x: number, y: number) => void;
  /** Colour per BOX_CATEGORY. Default the dark site palette. */
  colors?: readonly string[];
  /** Below 1, the boxes are drawn see-through (planned buildings) and write no depth. Default 1. */
  opacity?: number;
}

/** A whole level of the site (buildings, racks, trays) as one instanced mesh of unit boxes scaled per item. */
export function BoxField({
  boxes,
  offset = [0, 0, 0],
  name,
  highlightId = null,
  onPick,
  onHover,
  colors = BOX_COLORS,
  opacity = 1,
}: BoxFieldProps) {
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => shadedBoxGeometry(1, 1, 1), []);
  useEffect(() => () => geometry.dispose(), [geometry]);

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const { positions, sizes, categories, ids } = boxes;
    for (let i = 0; i < boxes.count; i++) {
      position.set(positions[i * 3]! + offset[0], positions[i * 3 + 1]! + offset[1], positions[i * 3 + 2]! + offset[2]);
      // Zero-sized slots (an empty hall at campus level) stay in the mesh so its size never changes, but draw nothing.
      scale.set(sizes[i * 3]!, sizes[i * 3 + 1]!, sizes[i * 3 + 2]!);
      m.setMatrixAt(i, matrix.compose(position, identity, scale));
      color.set(colors[categories[i]!] ?? '#888888');
      if (highlightId !== null && ids[i] === highlightId) color.lerp(highlight, 0.5);
      m.setColorAt(i, color);
    }
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    // Kept for the scene probe, which finds a box on screen by its id.
    m.userData.ids = ids;
    m.computeBoundingSphere();
    m.computeBoundingBox();
  }, [boxes, offset, highlightId, colors]);

  if (boxes.count === 0) return null;
  const idOf = (instance: number | undefined) => (instance === undefined ? NO_ID : (boxes.ids[instance] ?? NO_ID));
  return (
    <instancedMesh
      key={boxes.count}
      ref={mesh}
      args={[geometry, undefined, boxes.count]}
      name={name}
      onClick={
        onPick &&
        ((e) => {
          const id = idOf(e.instanceId);
          if (id === NO_ID) return;
          e.stopPropagation();
          onPick(id);
        })
      }
      onPointerMove={
        onHover &&
        ((e) => {
          const id = idOf(e.instanceId);
          e.stopPropagation();
          onHover(id === NO_ID ? null : id, e.nativeEvent.offsetX, e.nativeEvent.offsetY);
        })
      }
      onPointerOut={onHover && (() => onHover(null, 0, 0))}
    >
      <meshBasicMaterial vertexColors transparent={opacity < 1} opacity={opacity} depthWrite={opacity >= 1} />
    </instancedMesh>
  );
}
