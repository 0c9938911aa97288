import { useEffect, useMemo } from 'react';
import { BufferGeometry, Color, Float32BufferAttribute } from 'three';
import type { LinkKind } from '../model/wiring/wiring';
import { LINK_COLORS } from './palette';

const scratch = new Color();

export interface LinkSegmentsProps {
  /** Two points per segment. */
  vertices: Float32Array;
  /** Kind of each segment, for its color. */
  kinds: Uint8Array;
  /** Line opacity; switched domains draw many links and want them faint. Default 1 (opaque). */
  opacity?: number;
  /** Color brightness, 0–1: dense tori dim their links so the chips stay visible, at no blending cost. Default 1. */
  brightness?: number;
}

/** All links of the view merged into one line-segments buffer: one draw call. */
export function LinkSegments({ vertices, kinds, opacity = 1, brightness = 1 }: LinkSegmentsProps) {
  const geometry = useMemo(() => {
    const colors = new Float32Array(vertices.length);
    for (let s = 0; s < kinds.length; s++) {
      scratch.set(LINK_COLORS[kinds[s] as LinkKind]).multiplyScalar(brightness);
      for (let v = 0; v < 2; v++) colors.set([scratch.r, scratch.g, scratch.b], s * 6 + v * 3);
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(vertices, 3));
    g.setAttribute('color', new Float32BufferAttribute(colors, 3));
    g.computeBoundingSphere();
    return g;
  }, [vertices, kinds, brightness]);

  useEffect(() => () => geometry.dispose(), [geometry]);

  return (
    <lineSegments geometry={geometry} name="links">
      {/* Opaque lines skip blending, which software WebGL pays for per pixel. */}
      <lineBasicMaterial vertexColors transparent={opacity < 1} opacity={opacity} depthWrite={opacity >= 1} />
    </lineSegments>
  );
}
