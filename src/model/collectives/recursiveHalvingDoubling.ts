import type { AlphaBetaCost } from './alphaBetaCost';
import { collectiveTime, reduces, type CollectiveOp, type CollectiveTime } from './collectiveTime';

/** Largest power of two ≤ p (p ≥ 1). */
export function powerOfTwoFloor(p: number): number {
  return 2 ** Math.floor(Math.log2(p));
}

/**
 * Recursive halving (reduce-scatter) and doubling (all-gather); all-reduce is the two in a row
 * (Rabenseifner; Neuron's RDH). For p a power of two, MPICH's cost comment (fact sheet §10.2):
 *   all-reduce  2·lg p·α + 2((p−1)/p)·n·β + ((p−1)/p)·n·γ
 * Halving step j exchanges n/2^(j+1) bytes with one partner; `stepBandwidths[j]` is the bandwidth
 * to that partner (defaults to `cost.bandwidth` for every step), so a torus can price each axis.
 *
 * Approximations, stated: p not a power of two is folded as MPICH does — the p − p′ extra ranks
 * hand their whole buffer to a partner first and get the result back last (one more step and n·β
 * per pass). All-to-all uses Bruck's algorithm: ⌈lg p⌉ steps of n/2 bytes (Thakur et al., MPICH).
 */
export function recursiveHalvingDoublingCollective(
  op: CollectiveOp,
  ranks: number,
  bytes: number,
  cost: AlphaBetaCost,
  stepBandwidths?: readonly number[],
): CollectiveTime {
  const p = Math.max(ranks, 1);
  const n = bytes;
  const base = { op, algorithm: 'recursive-halving-doubling' as const, ranks, bytes, alpha: cost.alpha };
  const bandwidthAt = (j: number): number => stepBandwidths?.[Math.min(j, stepBandwidths.length - 1)] ?? cost.bandwidth;

  if (op === 'all-to-all') {
    const steps = Math.ceil(Math.log2(p));
    let transfer = 0;
    for (let j = 0; j < steps; j++) transfer += n / 2 / bandwidthAt(j);
    return collectiveTime({ ...base, steps, transferSeconds: transfer });
  }

  const pPrime = powerOfTwoFloor(p);
  const halvingSteps = Math.log2(pPrime);
  let passTransfer = 0;
  for (let j = 0; j < halvingSteps; j++) passTransfer += n / 2 ** (j + 1) / bandwidthAt(j);
  const folded = p !== pPrime;
  const passSteps = halvingSteps + (folded ? 1 : 0);
  if (folded) passTransfer += n / bandwidthAt(0);

  const passes = op === 'all-reduce' ? 2 : 1;
  const reductionSeconds = reduces(op) ? ((p - 1) / p) * n * (cost.gamma ?? 0) : 0;
  return collectiveTime({
    ...base,
    steps: passes * passSteps,
    transferSeconds: passes * passTransfer,
    reductionSeconds,
  });
}
