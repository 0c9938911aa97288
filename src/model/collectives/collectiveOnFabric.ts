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
import { torusRecursiveHalvingDoubling } from './torusRecursiveHalving';
import { torusRingsPassSeconds } from './torusRings';

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
 * Every algorithm is priced at the links it crosses:
 * - ring and KangaRing run edge-disjoint rings through every rank ("multiple cycles with mutually
 *   exclusive wires in parallel", AWS); on a torus each ring crosses every axis, so they get the
 *   fabric's ring bandwidth (axes × slowest link), not the sum of the chip's ports;
 * - torus rings go axis by axis, each phase at that axis' links (see torusRingsPassSeconds);
 * - RDH prices each halving step at the bandwidth to that step's partner;
 * - mesh moves each share straight to its owner in one routed step per pass, at the fabric's
 *   uniform-traffic rate (the busiest axis' channel load on a torus). All-to-all is always direct.
 * A fabric that is not connected (a torus axis at 0 B/s) cannot complete a collective across its
 * ranks: the time is infinite and `disconnected` is set, never a finite number.
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

  if (!fabric.connected && p > 1 && bytes > 0) {
    const applies = algorithm !== 'torus-rings' || fabric.torusAxes !== null;
    if (!applies) return null;
    return {
      ...collectiveTime({
        op,
        algorithm: op === 'all-to-all' ? 'mesh' : algorithm,
        ranks: p,
        bytes,
        alpha,
        steps: 0,
        transferSeconds: Infinity,
      }),
      disconnected: true,
    };
  }

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

  const cost = { alpha, bandwidth: fabric.ringBandwidth, gamma };
  switch (algorithm) {
    case 'ring':
      return ringCollective(op, p, bytes, cost, 1);
    case 'kangaring':
      // Two directions, each with half the rings' bandwidth.
      return ringCollective(op, p, bytes, { ...cost, bandwidth: fabric.ringBandwidth / 2 }, 2);
    case 'recursive-halving-doubling':
      if (fabric.torusAxes !== null) return torusRecursiveHalvingDoubling(op, fabric.torusAxes, bytes, cost);
      return recursiveHalvingDoublingCollective(
        op,
        p,
        bytes,
        { ...cost, bandwidth: fabric.injectionBandwidth },
        fabric.pairwiseStepBandwidths,
      );
    case 'torus-rings': {
      if (fabric.torusRingSteps === null || fabric.torusAxes === null) return null;
      const passes = op === 'all-reduce' ? 2 : 1;
      return collectiveTime({
        op,
        algorithm,
        ranks: p,
        bytes,
        alpha,
        steps: passes * fabric.torusRingSteps,
        transferSeconds: passes * torusRingsPassSeconds(fabric.torusAxes, bytes),
        reductionSeconds,
      });
    }
  }
}
