import type { WiringDimension } from './trainingMachine';

/** How much of one wiring dimension a parallel group spans. */
export interface GroupSpan {
  dimension: WiringDimension;
  /** Members of the group along this dimension. */
  extent: number;
  /** Distance between consecutive members, in chips of this dimension. */
  stride: number;
  /** One direction, bytes/s, that a member can use for the group's ring in this dimension. */
  bandwidth: number;
}

export type PlacementResult = { ok: true; spans: GroupSpan[] } | { ok: false; reason: string };

/**
 * Lays a group of `size` chips over the wiring, after `inner` chips taken by the groups placed
 * inside it. Chips are numbered in mixed radix over the dimensions, innermost first, and the
 * group takes ranks [inner, inner·size) of that numbering; in each dimension it overlaps it has
 * an extent (members) and a stride (inner groups interleaved between them).
 *
 * Bandwidth in a ring dimension: a group that closes the ring (extent × stride = size) sends
 * both ways round it, two links; one that does not is a line, on which a ring runs out and
 * back over one link each way. A stride s shares each link with s − 1 interleaved groups.
 */
export function placeGroup(dimensions: readonly WiringDimension[], inner: number, size: number): PlacementResult {
  const spans: GroupSpan[] = [];
  if (size === 1) return { ok: true, spans };
  let below = 1;
  for (const dimension of dimensions) {
    const above = below * dimension.size;
    const lo = Math.max(inner, below);
    const hi = Math.min(inner * size, above);
    if (hi > lo) {
      const extent = hi / lo;
      const stride = lo / below;
      if (!Number.isInteger(extent) || !Number.isInteger(stride) || dimension.size % (extent * stride) !== 0) {
        return {
          ok: false,
          reason: `a group of ${size} after ${inner} inner chips does not divide the ${dimension.name} of ${dimension.size}`,
        };
      }
      spans.push({ dimension, extent, stride, bandwidth: spanBandwidth(dimension, extent, stride) });
    }
    below = above;
  }
  if (inner * size > below) {
    return { ok: false, reason: `${inner * size} chips are needed but the machine has ${below}` };
  }
  return { ok: true, spans };
}

function spanBandwidth(dimension: WiringDimension, extent: number, stride: number): number {
  if (dimension.kind !== 'ring') return dimension.chipBandwidth;
  const closesRing = extent * stride === dimension.size;
  return ((closesRing ? 2 : 1) * dimension.linkBandwidth) / stride;
}
