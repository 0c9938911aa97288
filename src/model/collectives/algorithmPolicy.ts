import type { CollectiveFabric } from './collectiveFabric';
import { NEURON_MESH_LIMIT_BYTES, NEURON_RDH_LIMIT_BYTES } from './collectiveLatency';
import { algorithmsFor, collectiveOnFabric } from './collectiveOnFabric';
import type { CollectiveAlgorithm, CollectiveOp, CollectiveTime } from './collectiveTime';

/**
 * How the algorithm is picked: `neuron` follows the Neuron runtime's published sweet ranges
 * (Mesh < 1 MB, RDH 1–56 MB, KangaRing > 56 MB; AWS-IntraColl), `fastest` takes the model's
 * minimum. The Neuron ranges were measured on Trn2 at NeuronCore-rank level; we apply them to
 * chip-level ranks on every fabric, which is an approximation (NCCL on NVLink chooses otherwise).
 */
export type AlgorithmPolicy = 'neuron' | 'fastest';

export function neuronAlgorithmFor(op: CollectiveOp, bytes: number): CollectiveAlgorithm {
  if (op === 'all-to-all' || bytes < NEURON_MESH_LIMIT_BYTES.value) return 'mesh';
  if (bytes <= NEURON_RDH_LIMIT_BYTES.value) return 'recursive-halving-doubling';
  return 'kangaring';
}

/** Every applicable algorithm's time, in `algorithmsFor` order. */
export function allAlgorithmTimes(
  op: CollectiveOp,
  fabric: CollectiveFabric,
  bytes: number,
  reductionSecondsPerByte = 0,
): CollectiveTime[] {
  return algorithmsFor(op, fabric).flatMap((algorithm) => {
    const time = collectiveOnFabric(op, algorithm, fabric, bytes, reductionSecondsPerByte);
    return time ? [time] : [];
  });
}

/** The time of the algorithm the policy picks. */
export function chosenCollective(
  op: CollectiveOp,
  fabric: CollectiveFabric,
  bytes: number,
  policy: AlgorithmPolicy,
  reductionSecondsPerByte = 0,
): CollectiveTime {
  const candidates = allAlgorithmTimes(op, fabric, bytes, reductionSecondsPerByte);
  if (policy === 'neuron') {
    const wanted = neuronAlgorithmFor(op, bytes);
    const match = candidates.find((time) => time.algorithm === wanted);
    if (match) return match;
  }
  return fastestOf(candidates);
}

/** The quickest of several times (ties keep the earlier, simpler algorithm). */
export function fastestOf(times: readonly CollectiveTime[]): CollectiveTime {
  let best = times[0]!;
  for (const time of times) if (time.seconds < best.seconds) best = time;
  return best;
}
