import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute } from 'three';

export interface ContactShadowProps {
  /** Centre of the shadow: under the structure, just below its lowest point. */
  position: readonly [number, number, number];
  /** Width (x) and depth (z) of the shadow in world units. */
  size: readonly [number, number];
  color: string;
  /** Darkness at the centre, 0–1. */
  opacity: number;
}

/** Rings of the falloff: radius (share of the half-size) and darkness (share of the full opacity). */
const FALLOFF = [
  [0, 1],
  [0.45, 0.8],
  [0.75, 0.35],
  [1, 0],
] as const;
const SIDES = 48;

/**
 * A disc whose vertices carry the shadow's falloff as alpha: the blur is in the geometry, so
 * the shadow costs one untextured, blended draw (textures are what software GL pays most for).
 */
function shadowDisc(): BufferGeometry {
  const positions: number[] = [0, 0, 0];
  const colors: number[] = [1, 1, 1, FALLOFF[0][1]];
  for (let r = 1; r < FALLOFF.length; r++) {
    for (let s = 0; s < SIDES; s++) {
      const a = (s / SIDES) * Math.PI * 2;
      positions.push(Math.cos(a) * FALLOFF[r]![0] * 0.5, 0, Math.sin(a) * FALLOFF[r]![0] * 0.5);
      colors.push(1, 1, 1, FALLOFF[r]![1]);
    }
  }
  const index: number[] = [];
  const ring = (r: number, s: number) => 1 + (r - 1) * SIDES + (s % SIDES);
  for (let s = 0; s < SIDES; s++) index.push(0, ring(1, s + 1), ring(1, s));
  for (let r = 1; r < FALLOFF.length - 1; r++) {
    for (let s = 0; s < SIDES; s++) {
      index.push(ring(r, s), ring(r, s + 1), ring(r + 1, s + 1), ring(r, s), ring(r + 1, s + 1), ring(r + 1, s));
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.setAttribute('color', new Float32BufferAttribute(colors, 4));
  g.setIndex(index);
  return g;
}

/** A soft contact shadow under the structure: grounds it without shadow maps. */
export function ContactShadow({ position, size, color, opacity }: ContactShadowProps) {
  const geometry = useMemo(() => shadowDisc(), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh
      geometry={geometry}
      position={[position[0], position[1], position[2]]}
      scale={[size[0], 1, size[1]]}
      renderOrder={-1}
      name="contact-shadow"
      raycast={() => {}}
    >
      <meshBasicMaterial color={color} vertexColors transparent opacity={opacity} depthWrite={false} />
    </mesh>
  );
}
