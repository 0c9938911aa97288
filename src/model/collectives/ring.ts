import type { AlphaBetaCost } from './alphaBetaCost';
import { collectiveTime, type CollectiveOp, type CollectiveTime } from './collectiveTime';

/**
 * Collectives on a ring of p ranks, after MPICH's cost comments (fact sheet §10.2):
 *   all-gather      (p−1)·α + ((p−1)/p)·n·β
 *   reduce-scatter  (p−1)·α + ((p−1)/p)·n·β + ((p−1)/p)·n·γ
 *   all-reduce      2(p−1)·α + 2((p−1)/p)·n·β + ((p−1)/p)·n·γ   (reduce-scatter then all-gather)
 *   all-to-all      (p−1)·α + n·(p−1)/2·β   (share j travels j hops; p links share the load)
 *
 * `directions: 2` runs two counter-rotating rings, each with half the data: every rank sends
 * both ways at `bandwidth` each, and a share travels at most ⌊p/2⌋ hops. That halves the
 * all-gather/all-reduce transfer and cuts all-to-all to n·⌊p²/4⌋/(2p)·β: ¼ of an all-gather of
 * the same global array, as the JAX scaling book states for a bidirectional ring.
 */
export function ringCollective(
  op: CollectiveOp,
  ranks: number,
  bytes: number,
  cost: AlphaBetaCost,
  directions: 1 | 2 = 1,
): CollectiveTime {
  const p = ranks;
  const n = bytes;
  const beta = 1 / cost.bandwidth;
  const gamma = cost.gamma ?? 0;
  const passSteps = directions === 1 ? p - 1 : Math.floor(p / 2);
  const passTransfer = (((p - 1) / p) * n * beta) / directions;
  const reduction = ((p - 1) / p) * n * gamma;
  const base = {
    op,
    algorithm: directions === 1 ? ('ring' as const) : ('kangaring' as const),
    ranks,
    bytes,
    alpha: cost.alpha,
  };
  switch (op) {
    case 'all-gather':
      return collectiveTime({ ...base, steps: passSteps, transferSeconds: passTransfer });
    case 'reduce-scatter':
      return collectiveTime({ ...base, steps: passSteps, transferSeconds: passTransfer, reductionSeconds: reduction });
    case 'all-reduce':
      return collectiveTime({
        ...base,
        steps: 2 * passSteps,
        transferSeconds: 2 * passTransfer,
        reductionSeconds: reduction,
      });
    case 'all-to-all': {
      const linkLoad = directions === 1 ? (n * (p - 1)) / 2 : (n * Math.floor((p * p) / 4)) / (2 * p);
      return collectiveTime({ ...base, steps: passSteps, transferSeconds: linkLoad * beta });
    }
  }
}
