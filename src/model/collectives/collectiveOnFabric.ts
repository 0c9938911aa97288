import type { CollectiveFabric } from './collectiveFabric';
import {
  collectiveTime,
  reduces,
  type CollectiveAlgorithm,
  type CollectiveOp,
  type CollectiveTime,
} from './collectiveTime';
import { recursiveHalvingDoublingCollective } from './recursiveHalvingDoubling';
import { ringCollective } from './ring';

/** Algorithms that make sense for an operation on a fabric (all-to-all: direct only). */
export function algorithmsFor(op: CollectiveOp, fabric: CollectiveFabric): CollectiveAlgorithm[] {
  if (op === 'all-to-all') return ['mesh'];
  const rings: CollectiveAlgorithm[] =
    fabric.torusRingSteps === null ? ['ring', 'kangaring'] : ['ring', 'kangaring', 'torus-rings'];
  return [...rings, 'recursive-halving-doubling', 'mesh'];
}

/**
 * One algorithm's α–β time on a fabric, or null where it does not apply (torus rings off a torus).
 *
 * Ring-family algorithms are priced at the fabric's full injection bandwidth, which assumes
 * edge-disjoint rings that keep every port busy (AWS runs "multiple cycles with mutually exclusive
 * wires in parallel for full wire bandwidth"; the scaling book's torus form is the same bound).
 * They differ only in steps per pass: ring p − 1, KangaRing ⌊p/2⌋, torus rings Σ⌊kᵢ/2⌋.
 * Mesh moves each share straight to its owner in one routed step per pass, at the fabric's
 * uniform-traffic rate (link over-subscription on a torus). All-to-all is always direct.
 */
export function collectiveOnFabric(
  op: CollectiveOp,
  algorithm: CollectiveAlgorithm,
  fabric: CollectiveFabric,
  bytes: number,
  reductionSecondsPerByte = 0,
): CollectiveTime | null {
  const p = fabric.ranks;
  const alpha = fabric.stepLatency;
  const gamma = reductionSecondsPerByte;
  const reductionSeconds = reduces(op) ? ((p - 1) / p) * Math.max(bytes, 0) * gamma : 0;

  if (op === 'all-to-all' || algorithm === 'mesh') {
    const passes = op === 'all-reduce' ? 2 : 1;
    return collectiveTime({
      op,
      algorithm: 'mesh',
      ranks: p,
      bytes,
      alpha,
      steps: passes,
      transferSeconds: passes * bytes * fabric.uniformTrafficSecondsPerByte,
      reductionSeconds,
    });
  }

  const cost = { alpha, bandwidth: fabric.injectionBandwidth, gamma };
  switch (algorithm) {
    case 'ring':
      return ringCollective(op, p, bytes, cost, 1);
    case 'kangaring':
      // Two directions, each with half the ports' bandwidth.
      return ringCollective(op, p, bytes, { ...cost, bandwidth: fabric.injectionBandwidth / 2 }, 2);
    case 'recursive-halving-doubling':
      return recursiveHalvingDoublingCollective(op, p, bytes, cost, fabric.pairwiseStepBandwidths);
    case 'torus-rings': {
      if (fabric.torusRingSteps === null) return null;
      const passes = op === 'all-reduce' ? 2 : 1;
      return collectiveTime({
        op,
        algorithm,
        ranks: p,
        bytes,
        alpha,
        steps: passes * fabric.torusRingSteps,
        transferSeconds: (passes * ((p - 1) / p) * bytes) / fabric.injectionBandwidth,
        reductionSeconds,
      });
    }
  }
}
