import type { SwitchedShape } from '../topology/switched';
import { ringMeanDistanceInclSelf, type TorusShape } from '../topology/torus';

/**
 * What the α–β algorithms need to know about where they run, boiled down from a torus, a
 * switched domain or the scale-out network. Bandwidths are one direction, bytes/s.
 */
export interface CollectiveFabric {
  kind: 'torus' | 'switched' | 'network';
  ranks: number;
  /** Latency of one algorithm step, seconds. */
  stepLatency: number;
  /** Everything one rank can send at once over all its ports (the NCCL bound's B). */
  injectionBandwidth: number;
  /**
   * What ring algorithms get per rank, one direction: rings that visit every rank, run edge-disjoint
   * in both directions. On a torus each such ring crosses every axis, so it runs at its slowest link.
   */
  ringBandwidth: number;
  /** Every rank reaches every other over links that carry data (false: a torus axis or network at 0 B/s). */
  connected: boolean;
  /** Torus only: each axis of radix ≥ 2 with its link's both-ways figure, for axis-by-axis algorithms. */
  torusAxes: readonly TorusAxis[] | null;
  /**
   * Seconds per byte of a rank's buffer when every rank sends an equal share to every rank
   * (mesh / all-to-all traffic): the busiest channel's load, never below the injection bound.
   */
  uniformTrafficSecondsPerByte: number;
  /** Bandwidth to the partner at each recursive-halving step, largest exchange first. */
  pairwiseStepBandwidths: number[];
  /** Torus only: steps of one pass of bidirectional rings along every axis, Σ⌊kᵢ/2⌋. */
  torusRingSteps: number | null;
}

export interface TorusAxis {
  k: number;
  /** One link, both directions added, bytes/s. A chip has two such ports on the axis (radix 2: two parallel links). */
  link: number;
}

/**
 * A torus. Each axis of radix k ≥ 2 gives a chip two ports of one-way bandwidth L/2 (L is the
 * link's both-directions figure in TorusShape), so the injection bandwidth is Σ Lᵢ.
 *
 * Uniform traffic: a share's hop count along axis i averages m(kᵢ) = ⌊kᵢ²/4⌋/kᵢ (self included);
 * p·n·m bytes·hops over 2p directed channels puts n·m/2 on each, i.e. n·m/Lᵢ seconds. The
 * slowest axis sets the pace (Dally & Towles' channel load, k/8 for even k).
 *
 * Rings: a torus splits into as many edge-disjoint rings through every chip as it has axes
 * (Hamiltonian decompositions of 2-D and 3-D tori); each uses links of every axis, so each runs at
 * the slowest axis' one-way rate L_min/2, both directions: ring bandwidth = axes × L_min.
 *
 * Recursive halving on an axis of radix k exchanges with partners d = 1, 2, 4 … < k apart. All
 * chips exchange at once, so d messages share the busiest link of a direction: one-way rate
 * L/(2d); at d = k/2 the two ways round are equally short and split the load, L/d (radix 2: both
 * parallel links, L; radix 4: L/2 at both steps, the hypercube AWS describes for the 4×4 torus).
 * Faster steps are taken first, while the exchanges are largest.
 */
export function torusCollectiveFabric(shape: TorusShape, stepLatency: number): CollectiveFabric {
  const axes = shape.dims.map((k, i) => ({ k, link: shape.linkBandwidth[i] ?? 0 })).filter((axis) => axis.k >= 2);
  const ranks = shape.dims.reduce((product, k) => product * k, 1);
  const injectionBandwidth = axes.reduce((sum, axis) => sum + axis.link, 0);
  const injectionBound = ranks > 1 ? (ranks - 1) / ranks / injectionBandwidth : 0;
  const channelBound = Math.max(0, ...axes.map((axis) => ringMeanDistanceInclSelf(axis.k) / axis.link));

  const pairwiseStepBandwidths = axes
    .flatMap((axis) =>
      Array.from({ length: Math.ceil(Math.log2(axis.k)) }, (_, j) => {
        const d = Math.min(2 ** j, Math.floor(axis.k / 2));
        return 2 * d === axis.k ? axis.link / d : axis.link / (2 * d);
      }),
    )
    .sort((a, b) => b - a);
  const slowest = axes.length > 0 ? Math.min(...axes.map((axis) => axis.link)) : 0;

  return {
    kind: 'torus',
    ranks,
    stepLatency,
    injectionBandwidth,
    ringBandwidth: axes.length * slowest,
    connected: ranks <= 1 || slowest > 0,
    torusAxes: axes,
    uniformTrafficSecondsPerByte: Math.max(injectionBound, channelBound),
    pairwiseStepBandwidths,
    torusRingSteps: axes.reduce((sum, axis) => sum + Math.floor(axis.k / 2), 0),
  };
}

/**
 * A non-blocking switched domain: any permutation runs at each chip's full rate, so every
 * algorithm sees the chip's whole one-way bandwidth, linksPerChip × L/2.
 */
export function switchedCollectiveFabric(shape: SwitchedShape, stepLatency: number): CollectiveFabric {
  const injectionBandwidth = (shape.linksPerChip * shape.linkBandwidth) / 2;
  return flatFabric('switched', shape.nodes, injectionBandwidth, stepLatency);
}

/**
 * The scale-out network seen by one rank per UltraServer: each chip's own NIC (one EFA per
 * Trainium2 chip), a network assumed non-blocking. `bandwidth` is one direction per rank.
 */
export function networkCollectiveFabric(ranks: number, bandwidth: number, stepLatency: number): CollectiveFabric {
  return flatFabric('network', ranks, bandwidth, stepLatency);
}

function flatFabric(
  kind: 'switched' | 'network',
  ranks: number,
  bandwidth: number,
  stepLatency: number,
): CollectiveFabric {
  return {
    kind,
    ranks,
    stepLatency,
    injectionBandwidth: bandwidth,
    ringBandwidth: bandwidth,
    connected: ranks <= 1 || bandwidth > 0,
    torusAxes: null,
    uniformTrafficSecondsPerByte: ranks > 1 ? (ranks - 1) / ranks / bandwidth : 0,
    pairwiseStepBandwidths: Array.from({ length: Math.ceil(Math.log2(Math.max(ranks, 1))) }, () => bandwidth),
    torusRingSteps: null,
  };
}
