import { useLayoutEffect, useRef } from 'react';
import { Matrix4, type InstancedMesh } from 'three';

const matrix = new Matrix4();

export interface SwitchInstancesProps {
  /** x, y, z per switch chip. */
  positions: Float32Array;
  size: readonly [number, number, number];
  /** Switch chip colour. */
  color: string;
}

/** The switch chips of a switched domain, one instanced mesh. */
export function SwitchInstances({ positions, size, color }: SwitchInstancesProps) {
  const mesh = useRef<InstancedMesh>(null);
  const count = positions.length / 3;
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    for (let i = 0; i < count; i++) {
      m.setMatrixAt(i, matrix.makeTranslation(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!));
    }
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
  }, [positions, count]);
  if (count === 0) return null;
  return (
    <instancedMesh key={count} ref={mesh} args={[undefined, undefined, count]} name="switches">
      <boxGeometry args={[size[0], size[1], size[2]]} />
      <meshLambertMaterial color={color} />
    </instancedMesh>
  );
}
