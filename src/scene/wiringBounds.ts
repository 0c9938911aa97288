import type { DomainWiring } from '../model/index';

export interface WiringBounds {
  min: [number, number, number];
  max: [number, number, number];
  center: [number, number, number];
  size: [number, number, number];
}

/** Axis-aligned box around every chip, switch and drawn link of the view. */
export function wiringBounds(wiring: DomainWiring): WiringBounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  const grow = (points: Float32Array) => {
    for (let i = 0; i + 2 < points.length; i += 3) {
      for (let a = 0; a < 3; a++) {
        const v = points[i + a]!;
        if (v < min[a]!) min[a] = v;
        if (v > max[a]!) max[a] = v;
      }
    }
  };
  grow(wiring.chipPositions);
  grow(wiring.switchPositions);
  grow(wiring.drawVertices);
  if (!Number.isFinite(min[0])) return { min: [0, 0, 0], max: [0, 0, 0], center: [0, 0, 0], size: [0, 0, 0] };
  // Chips and switches have extent: pad by half the larger box.
  const pad = Math.max(...wiring.chipSize, ...(wiring.switchCount > 0 ? wiring.switchSize : [0])) / 2;
  for (let a = 0; a < 3; a++) {
    min[a] = min[a]! - pad;
    max[a] = max[a]! + pad;
  }
  const center: [number, number, number] = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  const size: [number, number, number] = [max[0] - min[0], max[1] - min[1], max[2] - min[2]];
  return { min, max, center, size };
}
