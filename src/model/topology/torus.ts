import type { DomainTopology } from './domainTopology';

/**
 * A k-ary n-cube with wrap-around in every dimension, possibly of mixed radix (4×4×8, 16×20×28).
 * `linkBandwidth[i]` is one link of dimension i, both directions added, in bytes/s.
 * A dimension of size 2 has two parallel links between its pair (both ports used), so every
 * dimension of size ≥ 2 gives each chip two ports.
 */
export interface TorusShape {
  dims: readonly number[];
  linkBandwidth: readonly number[];
}

/** Mean ring distance from one node to all k nodes of its ring, itself included: ⌊k²/4⌋/k. */
export function ringMeanDistanceInclSelf(k: number): number {
  return Math.floor((k * k) / 4) / k;
}

/** Links cut by a plane perpendicular to a dimension of radix k: two per ring (the wrap-around). */
function planeCutLinks(nodes: number, k: number): number {
  return (2 * nodes) / k;
}

/**
 * Closed forms after Dally & Towles (2004), ch. 3: diameter Σ⌊kᵢ/2⌋, average distance
 * Σ⌊kᵢ²/4⌋/kᵢ over all pairs (rescaled to distinct pairs), bisection by plane cuts.
 */
export function torusTopology(shape: TorusShape): DomainTopology {
  const { dims, linkBandwidth } = shape;
  const nodes = dims.reduce((product, k) => product * k, 1);
  let links = 0;
  let degree = 0;
  let neighbors = 0;
  let diameterHops = 0;
  let meanDistanceInclSelf = 0;
  let bandwidthPerChip = 0;
  let best: { links: number; bandwidth: number; even: boolean } | undefined;
  let smallestOddCut = Infinity;

  dims.forEach((k, i) => {
    if (k < 2) return;
    const b = linkBandwidth[i] ?? 0;
    links += nodes;
    degree += 2;
    neighbors += k === 2 ? 1 : 2;
    diameterHops += Math.floor(k / 2);
    meanDistanceInclSelf += ringMeanDistanceInclSelf(k);
    bandwidthPerChip += 2 * b;
    const cutLinks = planeCutLinks(nodes, k);
    const cutBandwidth = (cutLinks * b) / 2;
    const even = k % 2 === 0;
    if (!even) smallestOddCut = Math.min(smallestOddCut, cutBandwidth);
    // Prefer balanced (even-radix) cuts; an odd-radix plane cut leaves the halves unequal.
    if (!best || (even && !best.even) || (even === best.even && cutBandwidth < best.bandwidth)) {
      best = { links: cutLinks, bandwidth: cutBandwidth, even };
    }
  });

  return {
    kind: 'torus',
    nodes,
    links,
    degree,
    neighbors,
    diameterHops,
    averageHops: nodes > 1 ? (meanDistanceInclSelf * nodes) / (nodes - 1) : 0,
    bisectionLinks: best?.links ?? 0,
    bisectionBandwidth: best?.bandwidth ?? 0,
    bisectionExact: !best || (best.even && smallestOddCut >= best.bandwidth),
    bandwidthPerChip,
  };
}
