import type { DomainTopology } from './domainTopology';
import { torusBisection } from './torusBisection';

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

/**
 * Closed forms after Dally & Towles (2004), ch. 3: diameter Σ⌊kᵢ/2⌋, average distance
 * Σ⌊kᵢ²/4⌋/kᵢ over all pairs (rescaled to distinct pairs). Bisection: the weakest balanced cut,
 * exact where torusBisection can prove it (see there), otherwise a real cut marked as an upper bound.
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
  let connected = true;

  dims.forEach((k, i) => {
    if (k < 2) return;
    const b = linkBandwidth[i] ?? 0;
    links += nodes;
    degree += 2;
    neighbors += k === 2 ? 1 : 2;
    diameterHops += Math.floor(k / 2);
    meanDistanceInclSelf += ringMeanDistanceInclSelf(k);
    bandwidthPerChip += 2 * b;
    if (!(b > 0)) connected = false;
  });

  const bisection = torusBisection(shape);
  return {
    kind: 'torus',
    nodes,
    links,
    degree,
    neighbors,
    diameterHops,
    averageHops: nodes > 1 ? (meanDistanceInclSelf * nodes) / (nodes - 1) : 0,
    bisectionLinks: bisection.links,
    bisectionLinksByDim: bisection.linksByDim,
    bisectionBandwidth: bisection.bandwidth,
    bisectionExact: bisection.exact,
    bisectionBound: bisection.exact ? 'exact' : 'upper',
    bisectionLowerBound: bisection.lowerBound,
    connected,
    bandwidthPerChip,
  };
}
