import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { CanvasTexture, SRGBColorSpace } from 'three';

export interface SceneBackdropProps {
  /** Colour at the centre of the frame. */
  center: string;
  /** Colour at the corners. */
  edge: string;
}

/** A soft radial gradient behind the scene (scene.background), so the structure sits in light rather than a flat void. */
export function SceneBackdrop({ center, edge }: SceneBackdropProps) {
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const texture = useMemo(() => {
    if (typeof document === 'undefined') return null;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 256;
    const g = canvas.getContext('2d');
    if (!g) return null;
    const gradient = g.createRadialGradient(128, 110, 10, 128, 128, 190);
    gradient.addColorStop(0, center);
    gradient.addColorStop(1, edge);
    g.fillStyle = gradient;
    g.fillRect(0, 0, 256, 256);
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    return t;
  }, [center, edge]);
  useEffect(() => {
    if (!texture) return;
    const previous = scene.background;
    scene.background = texture;
    invalidate();
    return () => {
      if (scene.background === texture) scene.background = previous;
      texture.dispose();
    };
  }, [scene, texture, invalidate]);
  return null;
}
