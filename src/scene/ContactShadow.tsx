import { useMemo } from 'react';
import { CanvasTexture } from 'three';

export interface ContactShadowProps {
  /** Centre of the shadow: under the structure, just below its lowest point. */
  position: readonly [number, number, number];
  /** Width (x) and depth (z) of the shadow in world units. */
  size: readonly [number, number];
  color: string;
  /** Darkness at the centre, 0–1. */
  opacity: number;
}

/** A soft falloff, made once: the shadow's blur is baked into this gradient, so it costs one textured quad. */
let falloff: CanvasTexture | null = null;
function shadowFalloff(): CanvasTexture | null {
  if (falloff || typeof document === 'undefined') return falloff;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 128;
  const g = canvas.getContext('2d');
  if (!g) return null;
  const gradient = g.createRadialGradient(64, 64, 0, 64, 64, 64);
  gradient.addColorStop(0, 'rgba(255,255,255,1)');
  gradient.addColorStop(0.45, 'rgba(255,255,255,0.75)');
  gradient.addColorStop(0.8, 'rgba(255,255,255,0.18)');
  gradient.addColorStop(1, 'rgba(255,255,255,0)');
  g.fillStyle = gradient;
  g.fillRect(0, 0, 128, 128);
  falloff = new CanvasTexture(canvas);
  return falloff;
}

/** A blurred contact shadow under the structure: grounds it without shadow maps. */
export function ContactShadow({ position, size, color, opacity }: ContactShadowProps) {
  const texture = useMemo(() => shadowFalloff(), []);
  if (!texture) return null;
  return (
    <mesh
      position={[position[0], position[1], position[2]]}
      rotation={[-Math.PI / 2, 0, 0]}
      scale={[size[0], size[1], 1]}
      renderOrder={-1}
      name="contact-shadow"
      raycast={() => {}}
    >
      <planeGeometry args={[1, 1]} />
      <meshBasicMaterial color={color} alphaMap={texture} transparent opacity={opacity} depthWrite={false} />
    </mesh>
  );
}
