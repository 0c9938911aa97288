import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTorusFailures } from '../../../../src/model/failures/failureImpact';
import { degradeTorus } from '../../../../src/model/failures/degradedTorus';
import { hopsFrom } from '../../../../src/model/failures/hopsFrom';
import { randomFailures } from '../../../../src/model/failures/randomFailures';
import type { FailedLink, TorusFailures } from '../../../../src/model/failures/torusFailures';
import { torusTopology, type TorusShape } from '../../../../src/model/topology/torus';
import { bfsDistances, buildTorusGraph, coordsOf, shortestPath } from '../../../../src/model/topology/torusGraph';

const uniform = (dims: number[], link = 2): TorusShape => ({ dims, linkBandwidth: dims.map(() => link) });

/**
 * Brute force, independent of the CSR code: link multiplicities from coordinates (two parallel
 * links along a radix-2 dimension), failures applied as a multiset, then Floyd–Warshall.
 */
function bruteForce(shape: TorusShape, failures: TorusFailures) {
  const { dims } = shape;
  const n = dims.reduce((a, b) => a * b, 1);
  const multiplicity = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let u = 0; u < n; u++) {
    for (let v = 0; v < n; v++) {
      const cu = coordsOf(u, dims);
      const cv = coordsOf(v, dims);
      const differing = dims.map((_, d) => d).filter((d) => cu[d] !== cv[d]);
      if (differing.length !== 1) continue;
      const d = differing[0]!;
      const k = dims[d]!;
      const gap = Math.abs(cu[d]! - cv[d]!);
      if (Math.min(gap, k - gap) === 1) multiplicity[u]![v] = k === 2 ? 2 : 1;
    }
  }
  const failed = new Set<number>();
  for (const c of failures.chips ?? []) {
    if (!Number.isInteger(c) || c < 0 || c >= n) continue;
    failed.add(c);
    for (let v = 0; v < n; v++) multiplicity[c]![v] = multiplicity[v]![c] = 0;
  }
  let ignored = 0;
  for (const [a, b] of failures.links ?? []) {
    if (a >= 0 && a < n && b >= 0 && b < n && multiplicity[a]![b]! > 0) {
      multiplicity[a]![b]!--;
      multiplicity[b]![a]!--;
    } else ignored++;
  }
  const dist = Array.from({ length: n }, (_, u) =>
    Array.from({ length: n }, (_, v) => (u === v ? 0 : multiplicity[u]![v]! > 0 ? 1 : Infinity)),
  );
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (dist[i]![k]! + dist[k]![j]! < dist[i]![j]!) dist[i]![j] = dist[i]![k]! + dist[k]![j]!;

  const live = [...Array(n).keys()].filter((u) => !failed.has(u));
  let diameter = 0;
  let total = 0;
  let reachable = 0;
  for (const u of live)
    for (const v of live) {
      if (u === v || dist[u]![v] === Infinity) continue;
      diameter = Math.max(diameter, dist[u]![v]!);
      total += dist[u]![v]!;
      reachable++;
    }
  // Components among live chips: distinct reachability classes.
  const componentOf = new Map<number, number>();
  let components = 0;
  for (const u of live) {
    if (componentOf.has(u)) continue;
    for (const v of live) if (dist[u]![v] !== Infinity) componentOf.set(v, components);
    components++;
  }
  const pairs = live.length * (live.length - 1);
  const average = reachable ? total / reachable : 0;
  return { dist, live, diameter, average, components, reachableFraction: pairs ? reachable / pairs : 1, ignored };
}

/** Small tori with failures drawn partly from real links, partly from arbitrary pairs. */
const scenario = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 })
  .filter((dims) => dims.reduce((a, b) => a * b, 1) <= 48)
  .chain((dims) => {
    const n = dims.reduce((a, b) => a * b, 1);
    const realLink = fc
      .record({ node: fc.nat(n - 1), dim: fc.nat(dims.length - 1), step: fc.constantFrom(1, -1) })
      .map(({ node, dim, step }): FailedLink => {
        const coords = coordsOf(node, dims);
        const k = dims[dim]!;
        coords[dim] = (coords[dim]! + step + k) % k;
        let other = 0;
        for (let i = dims.length - 1; i >= 0; i--) other = other * dims[i]! + coords[i]!;
        return [node, other];
      });
    const anyPair = fc
      .tuple(fc.integer({ min: -1, max: n }), fc.integer({ min: -1, max: n }))
      .map(([a, b]): FailedLink => [a, b]);
    return fc.record({
      dims: fc.constant(dims),
      links: fc.array(fc.oneof({ weight: 4, arbitrary: realLink }, { weight: 1, arbitrary: anyPair }), {
        maxLength: 12,
      }),
      chips: fc.array(fc.integer({ min: -1, max: n }), { maxLength: 3 }),
    });
  });

describe('degraded torus distances', () => {
  it('match Floyd–Warshall on the damaged graph for every pair (property)', () => {
    fc.assert(
      fc.property(scenario, ({ dims, links, chips }) => {
        const shape = uniform(dims);
        const failures = { links, chips };
        const degraded = degradeTorus(shape, failures);
        const brute = bruteForce(shape, failures);
        for (const s of brute.live) {
          const bfs = bfsDistances(degraded.graph, s);
          for (let t = 0; t < degraded.graph.nodes; t++) {
            const expected = brute.dist[s]![t]!;
            expect(bfs[t]).toBe(expected === Infinity ? -1 : expected);
          }
        }
        expect(degraded.ignoredLinks.length).toBe(brute.ignored);

        const impact = analyzeTorusFailures(shape, degraded);
        expect(impact.method.exact).toBe(true);
        expect(impact.degraded.diameterHops).toBe(brute.diameter);
        expect(impact.degraded.averageHops).toBeCloseTo(brute.average, 10);
        expect(impact.degraded.components).toBe(brute.components);
        expect(impact.degraded.connected).toBe(brute.components === 1);
        expect(impact.degraded.reachablePairFraction).toBeCloseTo(brute.reachableFraction, 12);
        for (const value of Object.values(impact.change)) expect(Number.isNaN(value)).toBe(false);
      }),
      { numRuns: 120 },
    );
  });

  it('routes around a failed link: on a 4×4 torus 0 → 1 becomes a 3-hop detour', () => {
    // 4×4: chips 0 and 1 are neighbours along X; without their link the detour takes 3 hops.
    const impact = hopsFrom(uniform([4, 4]), { links: [[0, 1]] }, 0);
    expect(impact.healthy[1]).toBe(1);
    expect(impact.degraded[1]).toBe(3);
    expect(impact.longer).toBe(1);
    expect(impact.unreachable).toBe(0);
  });

  it('gives shortestPath a route that avoids failed links and chips', () => {
    const shape = uniform([4, 4, 4]);
    const failures = randomFailures(shape, { links: 30, chips: 4, seed: 11 });
    const degraded = degradeTorus(shape, failures);
    const down = new Set(degraded.downLinks.map((link) => `${link.a}-${link.b}`));
    const from = [...Array(64).keys()].find((n) => !degraded.failedChip[n])!;
    const distance = bfsDistances(degraded.graph, from);
    for (let to = 0; to < 64; to++) {
      const path = shortestPath(degraded.graph, from, to);
      if (distance[to]! < 0) {
        expect(path).toEqual([]);
        continue;
      }
      expect(path).toHaveLength(distance[to]! + 1);
      for (const chip of path) expect(degraded.failedChip[chip]).toBe(0);
      for (let i = 1; i < path.length; i++) {
        const [a, b] = [Math.min(path[i - 1]!, path[i]!), Math.max(path[i - 1]!, path[i]!)];
        // Radix 4 has no parallel links, so a hop over a down pair would be a bug.
        expect(down.has(`${a}-${b}`)).toBe(false);
      }
    }
  });

  it('keeps both parallel links of a radix-2 pair until both are listed', () => {
    const shape = uniform([2, 4]);
    const once = analyzeTorusFailures(shape, { links: [[0, 1]] });
    expect(once.downLinks).toHaveLength(1);
    expect(hopsFrom(shape, { links: [[0, 1]] }, 0).degraded[1]).toBe(1);
    const twice = {
      links: [
        [0, 1],
        [1, 0],
      ] as FailedLink[],
    };
    expect(hopsFrom(shape, twice, 0).degraded[1]).toBe(3);
    const thrice = degradeTorus(shape, {
      links: [
        [0, 1],
        [1, 0],
        [0, 1],
      ],
    });
    expect(thrice.ignoredLinks).toEqual([[0, 1]]);
  });
});

describe('failure impact against the healthy torus', () => {
  it('equals the closed forms when nothing has failed', () => {
    for (const dims of [[4], [5], [4, 4], [3, 5], [2, 2, 2], [4, 4, 4], [2, 6]]) {
      const shape = { dims, linkBandwidth: dims.map((_, i) => 100 + 50 * i) };
      const impact = analyzeTorusFailures(shape, {});
      const closed = torusTopology(shape);
      expect(impact.degraded.diameterHops).toBe(closed.diameterHops);
      expect(impact.degraded.averageHops).toBeCloseTo(closed.averageHops, 12);
      expect(impact.degraded.bisectionLinks).toBe(closed.bisectionLinks);
      expect(impact.degraded.bisectionBandwidth).toBeCloseTo(closed.bisectionBandwidth, 9);
      expect(impact.degraded.connected).toBe(true);
      expect(impact.change).toMatchObject({
        diameterHops: 0,
        bisectionLinks: 0,
        bisectionBandwidth: 0,
        bisectionFraction: 1,
      });
      expect(impact.change.averageHops).toBeCloseTo(0, 12);
    }
  });

  it('reports a split ring as disconnected, with numbers rather than NaN', () => {
    const impact = analyzeTorusFailures(uniform([4]), {
      links: [
        [0, 1],
        [2, 3],
      ],
    });
    expect(impact.degraded).toMatchObject({
      connected: false,
      components: 2,
      largestComponent: 2,
      diameterHops: 1,
      averageHops: 1,
    });
    expect(impact.degraded.reachablePairFraction).toBeCloseTo(4 / 12, 12);
    // Both broken links sit on the same plane cut, so that cut carries nothing.
    expect(impact.degraded.bisectionLinks).toBe(0);
    expect(impact.change.bisectionFraction).toBe(0);
  });

  it('cuts off a chip whose four links all fail, but not one that fails itself', () => {
    const shape = uniform([4, 4]);
    const isolated = analyzeTorusFailures(shape, {
      links: [
        [5, 4],
        [5, 6],
        [5, 1],
        [5, 9],
      ],
    });
    expect(isolated.degraded).toMatchObject({ connected: false, components: 2, largestComponent: 15, liveChips: 16 });
    const dead = analyzeTorusFailures(shape, { chips: [5] });
    expect(dead.degraded).toMatchObject({ connected: true, components: 1, liveChips: 15 });
    expect(dead.downLinks).toHaveLength(4);
    expect(dead.degraded.reachablePairFraction).toBe(1);
  });

  it('handles a torus with every chip failed', () => {
    const impact = analyzeTorusFailures(uniform([2, 2]), { chips: [0, 1, 2, 3] });
    expect(impact.degraded).toMatchObject({
      liveChips: 0,
      connected: false,
      components: 0,
      diameterHops: 0,
      averageHops: 0,
    });
    expect(impact.degraded.reachablePairFraction).toBe(1);
  });

  it('ignores chips out of range or listed twice', () => {
    const impact = analyzeTorusFailures(uniform([4, 4]), { chips: [3, 3, 99, -1] });
    expect(impact.failedChips).toEqual([3]);
    expect(impact.ignoredChips).toEqual([3, 99, -1]);
  });

  it('samples sources on a 16×16×16 torus and still matches the closed forms when healthy', () => {
    const shape = uniform([16, 16, 16], 200e9);
    const healthy = analyzeTorusFailures(shape, {});
    expect(healthy.method.exact).toBe(false);
    expect(healthy.method.sourcesSearched).toBe(64);
    // Every chip of a healthy torus sees the same distances, so any sample is exact.
    expect(healthy.degraded.averageHops).toBeCloseTo(healthy.healthy.averageHops, 12);
    expect(healthy.degraded.diameterHops).toBe(24);
    expect(healthy.degraded.bisectionBandwidth).toBe(torusTopology(shape).bisectionBandwidth);
  });
});

describe('hopsFrom', () => {
  it('computes the healthy closed form and the live BFS for one chip', () => {
    const shape = uniform([4, 3, 5]);
    const healthyBfs = bfsDistances(buildTorusGraph(shape), 7);
    const view = hopsFrom(shape, {}, 7);
    expect([...view.healthy]).toEqual([...healthyBfs]);
    expect([...view.degraded]).toEqual([...healthyBfs]);
    expect(view.longer + view.unreachable).toBe(0);
  });

  it('marks failed chips and everything seen from a failed source as unreachable', () => {
    const view = hopsFrom(uniform([4, 4]), { chips: [2] }, 2);
    expect([...view.degraded].every((d) => d === -1)).toBe(true);
    expect(view.unreachable).toBe(15);
    const other = hopsFrom(uniform([4, 4]), { chips: [2] }, 0);
    expect(other.degraded[2]).toBe(-1);
    expect(other.unreachable).toBe(0);
  });
});
