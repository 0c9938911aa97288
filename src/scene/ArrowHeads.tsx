import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { ConeGeometry, type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';

const matrix = new Matrix4();
const position = new Vector3();
const direction = new Vector3();
const rotation = new Quaternion();
const scale = new Vector3();
const UP = new Vector3(0, 1, 0);

export interface ArrowHeadsProps {
  /** x, y, z of each arrow's tip region (its centre). */
  positions: Float32Array;
  /** x, y, z direction each arrow points (need not be normalised). */
  directions: Float32Array;
  /** Arrow length in world units. Default 0.5. */
  size?: number;
  color: string;
  /** Object name. Default "arrows". */
  name?: string;
}

/** Cones pointing along the direction of travel, over everything: one instanced mesh. */
export function ArrowHeads({ positions, directions, size = 0.5, color, name = 'arrows' }: ArrowHeadsProps) {
  const mesh = useRef<InstancedMesh>(null);
  const count = positions.length / 3;
  const geometry = useMemo(() => new ConeGeometry(0.42, 1, 12), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    scale.set(size, size, size);
    for (let i = 0; i < count; i++) {
      position.fromArray(positions, i * 3);
      direction.fromArray(directions, i * 3);
      if (direction.lengthSq() < 1e-12) direction.copy(UP);
      rotation.setFromUnitVectors(UP, direction.normalize());
      m.setMatrixAt(i, matrix.compose(position, rotation, scale));
    }
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
  }, [positions, directions, count, size]);
  if (count === 0) return null;
  return (
    <instancedMesh
      key={count}
      ref={mesh}
      args={[geometry, undefined, count]}
      name={name}
      renderOrder={12}
      raycast={() => {}}
    >
      <meshBasicMaterial color={color} depthTest={false} transparent />
    </instancedMesh>
  );
}
