import { useLayoutEffect, useRef } from 'react';
import { Matrix4, type InstancedMesh } from 'three';
import type { AnatomyPart } from '../model/index';

const matrix = new Matrix4();

export interface PartInstancesProps {
  /** Boxes to draw. */
  part: AnatomyPart;
  /** Their color. */
  color: string;
  /** Object name, for tests. */
  name: string;
}

/** All boxes of one kind of chip part (cores, HBM stacks, ports): one instanced mesh. */
export function PartInstances({ part, color, name }: PartInstancesProps) {
  const mesh = useRef<InstancedMesh>(null);
  const count = part.positions.length / 3;
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    for (let i = 0; i < count; i++) {
      m.setMatrixAt(
        i,
        matrix.makeTranslation(part.positions[i * 3]!, part.positions[i * 3 + 1]!, part.positions[i * 3 + 2]!),
      );
    }
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
  }, [part, count]);
  if (count === 0) return null;
  return (
    <instancedMesh key={count} ref={mesh} args={[undefined, undefined, count]} name={name}>
      <boxGeometry args={[part.size[0], part.size[1], part.size[2]]} />
      <meshLambertMaterial color={color} />
    </instancedMesh>
  );
}
