import type { SwitchedShape } from '../topology/switched';
import type { TorusShape } from '../topology/torus';
import { switchedCollectiveFabric, torusCollectiveFabric } from './collectiveFabric';
import { NEURONLINK_STEP_LATENCY, SWITCHED_STEP_LATENCY } from './collectiveLatency';
import { collectiveOnFabric } from './collectiveOnFabric';
import type { CollectiveAlgorithm, CollectiveOp, CollectiveTime } from './collectiveTime';

/**
 * Bidirectional rings along every axis of a torus at once (JAX scaling book): in the
 * bandwidth-bound limit T_AllReduce ≈ 2V / (W_bidir · n_axes) for equal axes, W_bidir being one
 * axis' both-ways bandwidth; generalised to mixed axes as 2((p−1)/p)·V / Σ Wᵢ, the NCCL bound at
 * the chip's full injection rate. Latency: Σ⌊kᵢ/2⌋ hops per pass. All-to-all is direct.
 */
export function torusCollective(
  op: CollectiveOp,
  shape: TorusShape,
  bytes: number,
  stepLatency = NEURONLINK_STEP_LATENCY.value,
  reductionSecondsPerByte = 0,
): CollectiveTime {
  return collectiveOnFabric(
    op,
    'torus-rings',
    torusCollectiveFabric(shape, stepLatency),
    bytes,
    reductionSecondsPerByte,
  )!;
}

/** A collective on a non-blocking switched domain with a given algorithm (default: ring). */
export function switchedCollective(
  op: CollectiveOp,
  shape: SwitchedShape,
  bytes: number,
  algorithm: Exclude<CollectiveAlgorithm, 'torus-rings'> = 'ring',
  stepLatency = SWITCHED_STEP_LATENCY.value,
  reductionSecondsPerByte = 0,
): CollectiveTime {
  return collectiveOnFabric(
    op,
    algorithm,
    switchedCollectiveFabric(shape, stepLatency),
    bytes,
    reductionSecondsPerByte,
  )!;
}
