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
   * Seconds per byte of a rank's buffer when every rank sends an equal share to every rank
   * (mesh / all-to-all traffic): the busiest channel's load, never below the injection bound.
   */
  uniformTrafficSecondsPerByte: number;
  /** Bandwidth to the partner at each recursive-halving step, largest exchange first. */
  pairwiseStepBandwidths: number[];
  /** Torus only: steps of one pass of bidirectional rings along every axis, Σ⌊kᵢ/2⌋. */
  torusRingSteps: number | null;
}

/**
 * A torus. Each axis of radix k ≥ 2 gives a chip two ports of one-way bandwidth L/2 (L is the
 * link's both-directions figure in TorusShape), so the injection bandwidth is Σ Lᵢ.
 *
 * Uniform traffic: a share's hop count along axis i averages m(kᵢ) = ⌊kᵢ²/4⌋/kᵢ (self included);
 * p·n·m bytes·hops over 2p directed channels puts n·m/2 on each, i.e. n·m/Lᵢ seconds. The
 * slowest axis sets the pace (Dally & Towles' channel load, k/8 for even k).
 *
 * Recursive halving pairs partners one link apart on axes of radix 2 or 4 (a ring of 4 is a
 * 2-cube: AWS treats the 4×4 torus as a 4-D hypercube), which we assume for every axis: longer
 * axes really put partners several hops apart, so RDH there is optimistic. Faster axes are
 * visited first, while the exchanges are largest.
 */
export function torusCollectiveFabric(shape: TorusShape, stepLatency: number): CollectiveFabric {
  const axes = shape.dims.map((k, i) => ({ k, link: shape.linkBandwidth[i] ?? 0 })).filter((axis) => axis.k >= 2);
  const ranks = shape.dims.reduce((product, k) => product * k, 1);
  const injectionBandwidth = axes.reduce((sum, axis) => sum + axis.link, 0);
  const injectionBound = ranks > 1 ? (ranks - 1) / ranks / injectionBandwidth : 0;
  const channelBound = Math.max(0, ...axes.map((axis) => ringMeanDistanceInclSelf(axis.k) / axis.link));

  const pairwiseStepBandwidths = [...axes]
    .sort((a, b) => b.link - a.link)
    .flatMap((axis) => {
      // Radix 2: both parallel links reach the partner. Otherwise one link, one direction.
      const toPartner = axis.k === 2 ? axis.link : axis.link / 2;
      return Array.from({ length: Math.ceil(Math.log2(axis.k)) }, () => toPartner);
    });

  return {
    kind: 'torus',
    ranks,
    stepLatency,
    injectionBandwidth,
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
    uniformTrafficSecondsPerByte: ranks > 1 ? (ranks - 1) / ranks / bandwidth : 0,
    pairwiseStepBandwidths: Array.from({ length: Math.ceil(Math.log2(Math.max(ranks, 1))) }, () => bandwidth),
    torusRingSteps: null,
  };
}
