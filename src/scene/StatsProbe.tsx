import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';

/**
 * Writes fps, draw calls, triangles and label overlaps (pairs of visible scene labels that
 * intersect, counted by the label layers) of the last rendered frame into the DOM element with
 * data-testid="stats" (data attributes plus text), for ?stats=1 and for benchmarks.
 */
export function StatsProbe() {
  const frames = useRef(0);
  const windowStart = useRef(performance.now());
  const fps = useRef(0);
  // Looked up once, not every frame; again only if React replaced the element.
  const output = useRef<HTMLElement | null>(null);

  // Priority 2 runs after SceneRenderer (priority 1) has drawn, so the numbers read below are this frame's.
  useFrame(({ gl }) => {
    frames.current++;
    const now = performance.now();
    const elapsed = now - windowStart.current;
    if (elapsed >= 500) {
      fps.current = (frames.current * 1000) / elapsed;
      frames.current = 0;
      windowStart.current = now;
    }
    if (!output.current?.isConnected) output.current = document.querySelector<HTMLElement>('[data-testid="stats"]');
    const element = output.current;
    if (!element) return;
    const { calls, triangles } = gl.info.render;
    element.dataset.fps = fps.current.toFixed(1);
    element.dataset.drawCalls = String(calls);
    element.dataset.triangles = String(triangles);
    // The label layers count their overlaps after they paint; until one has, there are no labels to overlap.
    element.dataset.labelOverlaps ??= '0';
    element.textContent = `${fps.current.toFixed(1)} fps · ${calls} draw calls · ${triangles.toLocaleString('en-US')} triangles · ${element.dataset.labelOverlaps} label overlaps`;
  }, 2);

  return null;
}
