import { useLayoutEffect, useRef } from 'react';
import { Color, Matrix4, type InstancedMesh } from 'three';
import { INSTANCE_COLORS } from './palette';

// Scratch objects at module scope: nothing is allocated per chip or per frame.
const matrix = new Matrix4();
const color = new Color();

export interface ChipInstancesProps {
  /** x, y, z per chip. */
  positions: Float32Array;
  /** Box size of one chip. */
  size: readonly [number, number, number];
  /** Chips per instance; chips of one instance share a color. Default: all one color. */
  chipsPerInstance?: number;
}

/** Every chip of the view as one instanced mesh: one draw call whatever the count. */
export function ChipInstances({ positions, size, chipsPerInstance = Infinity }: ChipInstancesProps) {
  const mesh = useRef<InstancedMesh>(null);
  const count = positions.length / 3;

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    for (let i = 0; i < count; i++) {
      matrix.makeTranslation(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!);
      m.setMatrixAt(i, matrix);
      const instance = Number.isFinite(chipsPerInstance) ? Math.floor(i / chipsPerInstance) : 0;
      m.setColorAt(i, color.set(INSTANCE_COLORS[instance % INSTANCE_COLORS.length]!));
    }
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
  }, [positions, count, chipsPerInstance]);

  return (
    <instancedMesh key={count} ref={mesh} args={[undefined, undefined, count]} name="chips">
      <boxGeometry args={[size[0], size[1], size[2]]} />
      <meshStandardMaterial roughness={0.55} metalness={0.1} />
    </instancedMesh>
  );
}
