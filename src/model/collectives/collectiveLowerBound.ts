import type { CollectiveOp } from './collectiveTime';

/**
 * The least time any algorithm can take for a collective across a cut of `cutBandwidth` bytes/s
 * each way with ⌊p/2⌋ ranks on one side (A) and ⌈p/2⌉ on the other (B). Buffers follow
 * collectiveTime's convention (all-reduce and all-to-all: S per rank; all-gather: S output per
 * rank; reduce-scatter: S input per rank).
 *
 * - all-reduce: a rank in B ends with Σ of every input; knowing its own side's inputs it still
 *   needs the sum of A's, an arbitrary S-byte vector only A can supply, so at least S bytes cross
 *   A → B, and likewise S cross B → A. Both directions run at once: T ≥ S / W.
 * - all-gather / reduce-scatter: B ends with (or reduces into) its |B| chunks of S/p, each needing
 *   A's data: |B|·S/p bytes A → B (and |A|·S/p back): T ≥ ⌈p/2⌉·S / (p·W).
 * - all-to-all: every rank in A sends S/p to every rank in B: |A|·|B|·S/p bytes: T ≥ ⌊p/2⌋⌈p/2⌉·S / (p·W).
 *
 * Any cut gives a valid bound; the bisection is the one that binds for balanced traffic.
 * 0 B/s across a cut of ranks that must exchange data gives Infinity.
 */
export function collectiveCutLowerBound(op: CollectiveOp, ranks: number, bytes: number, cutBandwidth: number): number {
  if (ranks <= 1 || bytes <= 0) return 0;
  const small = Math.floor(ranks / 2);
  const large = ranks - small;
  const crossing =
    op === 'all-reduce' ? bytes : op === 'all-to-all' ? (small * large * bytes) / ranks : (large * bytes) / ranks;
  return cutBandwidth > 0 ? crossing / cutBandwidth : Infinity;
}
