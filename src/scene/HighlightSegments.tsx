import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute } from 'three';

export interface HighlightSegmentsProps {
  /** Two points per segment. */
  vertices: Float32Array;
  /** Line color. */
  color: string;
  /** Object name, for tests and the stats. Default "highlight". */
  name?: string;
}

/** Links to stand out (a path, the links a collective uses): drawn over everything, one draw call. */
export function HighlightSegments({ vertices, color, name = 'highlight' }: HighlightSegmentsProps) {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(vertices, 3));
    g.computeBoundingSphere();
    return g;
  }, [vertices]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  if (vertices.length === 0) return null;
  return (
    <lineSegments geometry={geometry} name={name} renderOrder={10}>
      <lineBasicMaterial color={color} depthTest={false} transparent opacity={1} />
    </lineSegments>
  );
}
