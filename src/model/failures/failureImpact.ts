import { bfsDistances } from '../topology/torusGraph';
import { torusTopology, type TorusShape } from '../topology/torus';
import { degradeTorus, type DegradedTorus } from './degradedTorus';
import { weakestPlaneCut, type PlaneCut } from './planeCutBisection';
import { weakestShiftedCut, type ShiftedCut } from './shiftedMinimumCut';
import { sampleDistinct, seededRandom } from './seededRandom';
import type { DownLink, FailedLink, TorusFailures } from './torusFailures';

export interface TorusHealth {
  liveChips: number;
  /** Longest shortest path between live chips that can reach each other. */
  diameterHops: number;
  /** Mean shortest path over ordered pairs of distinct live chips that can reach each other. */
  averageHops: number;
  bisectionLinks: number;
  /** One direction, bytes/s. */
  bisectionBandwidth: number;
}

export interface DegradedTorusHealth extends TorusHealth {
  /** Every live chip reaches every other (false also when no chip is live). */
  connected: boolean;
  /** Connected pieces among live chips. */
  components: number;
  largestComponent: number;
  /** Share of ordered pairs of distinct live chips that can still reach each other (exact). */
  reachablePairFraction: number;
  /** The cut the bisection figure comes from: a balanced plane, or the intact minimum cut moved (null: one chip). */
  weakestCut: PlaneCut | ShiftedCut | null;
}

export interface FailureImpact {
  /** Closed forms on the intact torus (Dally & Towles); bisection exact unless `healthyBisectionExact` is false. */
  healthy: TorusHealth;
  /** Whether the intact torus's bisection is the proven minimum (false: an upper bound, see torusBisection). */
  healthyBisectionExact: boolean;
  degraded: DegradedTorusHealth;
  /** Degraded minus healthy; bisectionFraction is degraded ÷ healthy. */
  change: {
    diameterHops: number;
    averageHops: number;
    bisectionLinks: number;
    bisectionBandwidth: number;
    bisectionFraction: number;
  };
  failedChips: number[];
  downLinks: DownLink[];
  ignoredLinks: FailedLink[];
  ignoredChips: number[];
  method: {
    /** All-pairs BFS (true) or BFS from sampled sources (false). */
    exact: boolean;
    sourcesSearched: number;
    /** When sampled, the diameter is the largest eccentricity found: a lower bound. */
    diameterIsLowerBound: boolean;
    /** The damaged bisection is the weakest of the balanced planes and the moved minimum cut: an upper bound. */
    bisection: 'cut upper bound';
  };
}

export interface FailureAnalysisOptions {
  /** All-pairs BFS up to this many chips (default 1,024: ~6M edge visits on a 3-D torus). */
  exactNodeLimit: number;
  /** Above it: uniformly sampled sources for the average, plus as many chips next to failures for the diameter. */
  sampleSources: number;
  /** Seed for the sample, so a view is reproducible. */
  seed: number;
  /**
   * Edge visits the sampled searches may make in all (each BFS visits every live link once):
   * fewer sources on the biggest tori, so one analysis stays a fraction of a second on the main
   * thread (65,536 chips: 5 + 5 sources instead of 64 + 64, which took 3 s).
   */
  edgeVisitBudget: number;
}

export const DEFAULT_FAILURE_ANALYSIS: FailureAnalysisOptions = {
  exactNodeLimit: 1024,
  sampleSources: 64,
  seed: 1,
  edgeVisitBudget: 4e6,
};

/**
 * What failures do to one torus domain: hop distances by BFS on the live graph, connectivity by
 * labelling components, bisection by the weakest balanced plane or moved minimum cut less its failed links.
 *
 * Cost: all-pairs BFS is O(N²·degree) — 16M node visits (≈100M edge visits) on a 16×16×16 torus —
 * so above `exactNodeLimit` chips it samples sources instead. A healthy torus is
 * vertex-transitive, so one source already gives its exact average; the sample estimates the
 * damaged one without bias, and sources beside the failures look for the longest detours.
 */
export function analyzeTorusFailures(
  shape: TorusShape,
  failures: TorusFailures | DegradedTorus,
  options: Partial<FailureAnalysisOptions> = {},
): FailureImpact {
  const { exactNodeLimit, sampleSources, seed, edgeVisitBudget } = { ...DEFAULT_FAILURE_ANALYSIS, ...options };
  const degraded = 'graph' in failures ? failures : degradeTorus(shape, failures);
  const closed = torusTopology(shape);
  const healthy: TorusHealth = {
    liveChips: closed.nodes,
    diameterHops: closed.diameterHops,
    averageHops: closed.averageHops,
    bisectionLinks: closed.bisectionLinks,
    bisectionBandwidth: closed.bisectionBandwidth,
  };

  const { graph, failedChip, liveChips } = degraded;
  const live: number[] = [];
  for (let n = 0; n < graph.nodes; n++) if (!failedChip[n]) live.push(n);

  const components = componentSizes(degraded, live);
  const pairs = liveChips * (liveChips - 1);
  const reachablePairs = components.reduce((sum, size) => sum + size * (size - 1), 0);

  const exact = liveChips <= exactNodeLimit;
  const random = seededRandom(seed);
  // Half the search budget for the uniform sample, half for the detours; at least one source each.
  const affordable = Math.max(1, Math.floor(edgeVisitBudget / 2 / Math.max(graph.adjacency.length, 1)));
  const sources = Math.min(sampleSources, affordable);
  const uniformSources = exact ? live : sampleDistinct(live.length, sources, random).map((i) => live[i]!);
  const detourSources = exact ? [] : nearFailures(degraded, sources, new Set(uniformSources));

  let total = 0;
  let counted = 0;
  let diameter = 0;
  const search = (source: number, countsForAverage: boolean) => {
    const distance = bfsDistances(graph, source);
    for (const target of live) {
      const d = distance[target]!;
      if (target === source || d < 0) continue;
      if (d > diameter) diameter = d;
      if (countsForAverage) {
        total += d;
        counted++;
      }
    }
  };
  for (const s of uniformSources) search(s, true);
  for (const s of detourSources) search(s, false);

  const plane = weakestPlaneCut(shape, degraded.downLinks);
  const moved = weakestShiftedCut(shape, degraded.downLinks);
  // Planes first: on a tie the simpler cut is the one to show.
  const cut = plane && (!moved || plane.bandwidth <= moved.bandwidth) ? plane : moved;
  const degradedHealth: DegradedTorusHealth = {
    liveChips,
    diameterHops: diameter,
    averageHops: counted > 0 ? total / counted : 0,
    bisectionLinks: cut?.links ?? 0,
    bisectionBandwidth: cut?.bandwidth ?? 0,
    connected: components.length === 1,
    components: components.length,
    largestComponent: Math.max(0, ...components),
    reachablePairFraction: pairs > 0 ? reachablePairs / pairs : 1,
    weakestCut: cut,
  };

  return {
    healthy,
    healthyBisectionExact: closed.bisectionExact,
    degraded: degradedHealth,
    change: {
      diameterHops: degradedHealth.diameterHops - healthy.diameterHops,
      averageHops: degradedHealth.averageHops - healthy.averageHops,
      bisectionLinks: degradedHealth.bisectionLinks - healthy.bisectionLinks,
      bisectionBandwidth: degradedHealth.bisectionBandwidth - healthy.bisectionBandwidth,
      bisectionFraction:
        healthy.bisectionBandwidth > 0 ? degradedHealth.bisectionBandwidth / healthy.bisectionBandwidth : 1,
    },
    failedChips: degraded.failedChips,
    downLinks: degraded.downLinks,
    ignoredLinks: degraded.ignoredLinks,
    ignoredChips: degraded.ignoredChips,
    method: {
      exact,
      sourcesSearched: uniformSources.length + detourSources.length,
      diameterIsLowerBound: !exact,
      bisection: 'cut upper bound',
    },
  };
}

/** Sizes of the connected pieces of live chips: one labelling pass, O(N + links). */
function componentSizes(degraded: DegradedTorus, live: readonly number[]): number[] {
  const { graph } = degraded;
  const seen = new Uint8Array(graph.nodes);
  const queue = new Uint32Array(graph.nodes);
  const sizes: number[] = [];
  for (const start of live) {
    if (seen[start]) continue;
    let head = 0;
    let tail = 0;
    seen[start] = 1;
    queue[tail++] = start;
    while (head < tail) {
      const n = queue[head++]!;
      for (let e = graph.offsets[n]!; e < graph.offsets[n + 1]!; e++) {
        const m = graph.adjacency[e]!;
        if (!seen[m]) {
          seen[m] = 1;
          queue[tail++] = m;
        }
      }
    }
    sizes.push(tail);
  }
  return sizes;
}

/** Live chips at the ends of down links and beside failed chips, up to `limit`, not already sampled. */
function nearFailures(degraded: DegradedTorus, limit: number, skip: ReadonlySet<number>): number[] {
  const picked = new Set<number>();
  for (const link of degraded.downLinks) {
    for (const end of [link.a, link.b]) {
      if (picked.size >= limit) return [...picked];
      if (!degraded.failedChip[end] && !skip.has(end)) picked.add(end);
    }
  }
  return [...picked];
}
