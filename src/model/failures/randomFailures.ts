import type { TorusShape } from '../topology/torus';
import { nodeAt, coordsOf } from '../topology/torusGraph';
import { sampleDistinct, seededRandom } from './seededRandom';
import type { FailedLink, TorusFailures } from './torusFailures';

export interface RandomFailureOptions {
  /** Links to fail, drawn among links of live chips (default 0). */
  links?: number;
  /** Chips to fail (default 0). */
  chips?: number;
  /** Same seed, same failures (default 1). */
  seed?: number;
}

/**
 * k random failures, reproducible from a seed. Chips first; then links among those whose both
 * ends are still live, so every drawn link really goes down. Each physical link is one "+1" step
 * from a chip along a dimension, so the two parallel links of a radix-2 pair are distinct draws.
 * Counts beyond what exists are clamped.
 */
export function randomFailures(shape: TorusShape, options: RandomFailureOptions = {}): TorusFailures {
  const { dims } = shape;
  const nodes = dims.reduce((product, k) => product * k, 1);
  const random = seededRandom(options.seed ?? 1);
  const chips = sampleDistinct(nodes, options.chips ?? 0, random).sort((a, b) => a - b);
  const failed = new Set(chips);

  const candidates: FailedLink[] = [];
  for (let n = 0; n < nodes; n++) {
    if (failed.has(n)) continue;
    const coords = coordsOf(n, dims);
    dims.forEach((k, d) => {
      if (k < 2) return;
      const next = coords.slice();
      next[d] = (coords[d]! + 1) % k;
      const m = nodeAt(next, dims);
      if (!failed.has(m)) candidates.push([n, m]);
    });
  }
  const links = sampleDistinct(candidates.length, options.links ?? 0, random).map((i) => candidates[i]!);
  return { links, chips };
}
