type Listener = () => void;
type Project = (x: number, y: number, z: number) => { x: number; y: number } | null;

let current: Project | null = null;
const listeners = new Set<Listener>();

/**
 * A bridge from the 3D scene to DOM overlays (labels): the canvas publishes a projection after
 * each frame; overlays outside the canvas subscribe and place their elements. Free of three.js,
 * so the overlays do not pull the renderer into the first load.
 */
export const screenProjector = {
  publish(project: Project) {
    current = project;
    for (const l of listeners) l();
  },
  clear() {
    current = null;
    for (const l of listeners) l();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Screen position (CSS px from the canvas corner) of a world point, or null when behind the camera or no scene. */
  project(x: number, y: number, z: number): { x: number; y: number } | null {
    return current ? current(x, y, z) : null;
  },
};
