import type { AlphaBetaCost } from './alphaBetaCost';
import type { TorusAxis } from './collectiveFabric';
import { powerOfTwoFloor } from './recursiveHalvingDoubling';
import { collectiveTime, reduces, type CollectiveOp, type CollectiveTime } from './collectiveTime';

/**
 * Recursive halving-doubling on a torus, axis by axis, so every axis' links are paid for.
 *
 * Axes go fastest link first (the exchanges are largest then). On an axis of radix k the ranks
 * pair up lg k′ times (k′ the power of two ≤ k) with partners d = 1, 2, 4 … apart; all chips
 * exchange at once, so d messages share the busiest link of a direction: L/(2d) each way, or L/d
 * at d = k/2 where both ways round are equally short (radix 2: the pair's two links, L). A radix
 * that is not a power of two folds first, as MPICH does: the k − k′ extra ranks of each ring hand
 * what they hold to a neighbour over one link (L/2) and get the result back at the end.
 * Each halving step moves half of what a rank holds; doubling retraces the steps.
 * All-to-all (Bruck) sends half the buffer at each of those steps.
 */
export function torusRecursiveHalvingDoubling(
  op: CollectiveOp,
  axes: readonly TorusAxis[],
  bytes: number,
  cost: AlphaBetaCost,
): CollectiveTime {
  const ranks = axes.reduce((product, axis) => product * axis.k, 1);
  const n = Math.max(bytes, 0);
  const base = { op, algorithm: 'recursive-halving-doubling' as const, ranks, bytes, alpha: cost.alpha };
  const ordered = [...axes].sort((a, b) => b.link - a.link);

  let held = n;
  let passSeconds = 0;
  let passSteps = 0;
  let bruckSeconds = 0;
  let bruckSteps = 0;
  for (const { k, link } of ordered) {
    const kPrime = powerOfTwoFloor(k);
    if (kPrime !== k) {
      passSeconds += held / (link / 2);
      passSteps++;
    }
    for (let d = 1; d < kPrime; d *= 2) {
      held /= 2;
      passSeconds += held / stepRate(k, link, d);
      passSteps++;
    }
    // Bruck needs ⌈lg k⌉ steps on the axis, partners up to ⌊k/2⌋ apart.
    for (let d = 1; d < k; d *= 2) {
      bruckSeconds += n / 2 / stepRate(k, link, Math.min(d, Math.floor(k / 2)));
      bruckSteps++;
    }
  }

  if (op === 'all-to-all') return collectiveTime({ ...base, steps: bruckSteps, transferSeconds: bruckSeconds });
  const passes = op === 'all-reduce' ? 2 : 1;
  const reductionSeconds = reduces(op) ? ((ranks - 1) / ranks) * n * (cost.gamma ?? 0) : 0;
  return collectiveTime({
    ...base,
    steps: passes * passSteps,
    transferSeconds: passes * passSeconds,
    reductionSeconds,
  });
}

/** One-way rate to a partner d apart when every chip of the ring exchanges at once. */
function stepRate(k: number, link: number, d: number): number {
  return 2 * d === k ? link / d : link / (2 * d);
}
