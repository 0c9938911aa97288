import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';

/**
 * Writes fps, draw calls and triangles of the last rendered frame into the DOM element with
 * data-testid="stats" (data attributes plus text), for ?stats=1 and for benchmarks.
 */
export function StatsProbe() {
  const frames = useRef(0);
  const windowStart = useRef(performance.now());
  const fps = useRef(0);

  // Priority 1 takes over rendering, so the numbers read below are this frame's, not the last one's.
  useFrame(({ gl, scene, camera }) => {
    gl.render(scene, camera);
    frames.current++;
    const now = performance.now();
    const elapsed = now - windowStart.current;
    if (elapsed >= 500) {
      fps.current = (frames.current * 1000) / elapsed;
      frames.current = 0;
      windowStart.current = now;
    }
    const element = document.querySelector<HTMLElement>('[data-testid="stats"]');
    if (!element) return;
    const { calls, triangles } = gl.info.render;
    element.dataset.fps = fps.current.toFixed(1);
    element.dataset.drawCalls = String(calls);
    element.dataset.triangles = String(triangles);
    element.textContent = `${fps.current.toFixed(1)} fps · ${calls} draw calls · ${triangles.toLocaleString('en-US')} triangles`;
  }, 1);

  return null;
}
