import { coordsOf, nodeAt } from '../topology/torusGraph';
import { MAX_DRAWN_DIMS, type DomainWiring } from '../wiring/wiring';
import type { DrawSegments } from './torusSlice';

/**
 * The rings through one chip, one per torus dimension, over the links as drawn: what a reader
 * follows in a big torus. Each ring is every link of the chip's row in that dimension, wrap-around
 * included (its segments flagged as wrap). Dimensions of size 1 have no ring.
 */
export function focusRings(wiring: DomainWiring, dims: readonly number[], chip: number): DrawSegments {
  const k = [dims[0] ?? 1, dims[1] ?? 1, dims[2] ?? 1];
  if (!Number.isInteger(chip) || chip < 0 || chip >= wiring.chipCount)
    return { vertices: new Float32Array(0), dims: new Uint8Array(0), wrap: new Uint8Array(0) };
  const home = coordsOf(chip, k);
  let total = 0;
  const links: { index: number; dim: number }[] = [];
  for (let d = 0; d < Math.min(dims.length, MAX_DRAWN_DIMS); d++) {
    if (k[d]! < 2) continue;
    const coords = home.slice();
    for (let j = 0; j < k[d]!; j++) {
      coords[d] = j;
      const index = nodeAt(coords, k) * MAX_DRAWN_DIMS + d;
      if (wiring.linkSegmentCount[index]! === 0) continue;
      links.push({ index, dim: d });
      total += wiring.linkSegmentCount[index]!;
    }
  }
  const out: DrawSegments = {
    vertices: new Float32Array(total * 6),
    dims: new Uint8Array(total),
    wrap: new Uint8Array(total),
  };
  let o = 0;
  for (const { index, dim } of links) {
    const first = wiring.linkFirstSegment[index]!;
    const count = wiring.linkSegmentCount[index]!;
    out.vertices.set(wiring.linkVertices.subarray(first * 6, (first + count) * 6), o * 6);
    // A link drawn in more than one segment in the grid layout is a wrap-around arc.
    out.dims.fill(dim, o, o + count);
    out.wrap.fill(count > 1 && wiring.chipQuaternions === null ? 1 : 0, o, o + count);
    o += count;
  }
  return out;
}
