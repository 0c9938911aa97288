import { Vector3, type Camera } from 'three';

type Listener = () => void;

const scratch = new Vector3();
let current: { camera: Camera; width: number; height: number } | null = null;
const listeners = new Set<Listener>();

/**
 * A bridge from the 3D scene to DOM overlays (labels): the canvas publishes its camera after
 * each frame; overlays outside the canvas subscribe and place their elements.
 */
export const screenProjector = {
  publish(camera: Camera, width: number, height: number) {
    current = { camera, width, height };
    listeners.forEach((l) => l());
  },
  clear() {
    current = null;
    listeners.forEach((l) => l());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Screen position (CSS px from the canvas corner) of a world point, or null when behind the camera. */
  project(x: number, y: number, z: number): { x: number; y: number } | null {
    if (!current) return null;
    scratch.set(x, y, z).project(current.camera);
    if (scratch.z > 1 || scratch.z < -1) return null;
    return { x: ((scratch.x + 1) / 2) * current.width, y: ((1 - scratch.y) / 2) * current.height };
  },
};
