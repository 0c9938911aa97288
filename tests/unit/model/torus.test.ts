import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bfsDistances, buildTorusGraph, shortestPath, coordsOf, nodeAt } from '../../../src/model/topology/torusGraph';
import { torusTopology, type TorusShape } from '../../../src/model/topology/torus';

/** Brute force: every balanced two-way split of a small graph, weighted by one-way link bandwidth. */
function bruteForceBisection(shape: TorusShape): number {
  const graph = buildTorusGraph(shape);
  const n = graph.nodes;
  const half = Math.floor(n / 2);
  let best = Infinity;
  // Node 0 is always on side A, which halves the search.
  for (let mask = 0; mask < 1 << n; mask++) {
    if (!(mask & 1)) continue;
    let size = 0;
    for (let m = mask; m; m &= m - 1) size++;
    if (size !== half && size !== n - half) continue;
    let cut = 0;
    for (let a = 0; a < n; a++) {
      for (let e = graph.offsets[a]!; e < graph.offsets[a + 1]!; e++) {
        const b = graph.adjacency[e]!;
        // Each link appears once from each end: count it from its lower-numbered end only.
        if (a < b && ((mask >> a) & 1) !== ((mask >> b) & 1)) cut += graph.adjacencyBandwidth[e]! / 2;
      }
    }
    best = Math.min(best, cut);
  }
  return best;
}

function bfsStats(shape: TorusShape) {
  const graph = buildTorusGraph(shape);
  let diameter = 0;
  let total = 0;
  for (let s = 0; s < graph.nodes; s++) {
    const d = bfsDistances(graph, s);
    for (let t = 0; t < graph.nodes; t++) {
      if (t === s) continue;
      diameter = Math.max(diameter, d[t]!);
      total += d[t]!;
    }
  }
  const pairs = graph.nodes * (graph.nodes - 1);
  const links = graph.offsets[graph.nodes]! / 2;
  return { diameter, average: pairs ? total / pairs : 0, links };
}

const uniform = (dims: number[], b = 1) => ({ dims, linkBandwidth: dims.map(() => b) });

describe('torusTopology closed forms', () => {
  it('gives the fact sheet sanity values for the Trn2 instance and UltraServer tori', () => {
    const instance = torusTopology(uniform([4, 4]));
    expect(instance.nodes).toBe(16);
    expect(instance.diameterHops).toBe(4);
    // Dally & Towles: average 2 including self; over distinct pairs 2 × 16/15.
    expect(instance.averageHops).toBeCloseTo((2 * 16) / 15, 12);
    expect(instance.bisectionLinks).toBe(8);

    const ultra = torusTopology(uniform([4, 4, 4]));
    expect(ultra.diameterHops).toBe(6);
    expect(ultra.averageHops).toBeCloseTo((3 * 64) / 63, 12);
    expect(Number(ultra.averageHops.toFixed(2))).toBe(3.05);
    expect(ultra.bisectionLinks).toBe(32);
    expect(ultra.links).toBe(192);
    expect(ultra.degree).toBe(6);
  });

  it('matches BFS on explicit graphs for many shapes (diameter, average hops, links)', () => {
    const dims = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(dims, (shapeDims) => {
        const shape = uniform(shapeDims);
        const closed = torusTopology(shape);
        const brute = bfsStats(shape);
        expect(closed.diameterHops).toBe(brute.diameter);
        expect(closed.averageHops).toBeCloseTo(brute.average, 10);
        expect(closed.links).toBe(brute.links);
      }),
      { numRuns: 150 },
    );
  });

  it('matches BFS on the named shapes of the issue (ring, 8×8, 4×4×8)', () => {
    for (const d of [[8], [8, 8], [4, 4, 8], [16], [2, 2, 2], [3, 5]]) {
      const closed = torusTopology(uniform(d));
      const brute = bfsStats(uniform(d));
      expect(closed.diameterHops).toBe(brute.diameter);
      expect(closed.averageHops).toBeCloseTo(brute.average, 10);
    }
  });

  it('has the exact minimum bisection on even shapes, checked against every balanced cut', () => {
    const shapes: TorusShape[] = [
      uniform([4]),
      uniform([6]),
      uniform([8]),
      uniform([4, 4]),
      uniform([2, 4]),
      uniform([2, 2, 2]),
      uniform([2, 2, 4]),
      uniform([2, 6]),
      uniform([4, 4], 3),
      // Heterogeneous links, as in the UltraServer (slow Z ring): the weak dimension is cut.
      { dims: [4, 2, 2], linkBandwidth: [1, 4, 4] },
      { dims: [2, 2, 4], linkBandwidth: [2, 2, 1] },
      { dims: [4, 4], linkBandwidth: [1, 3] },
    ];
    for (const shape of shapes) {
      const closed = torusTopology(shape);
      expect(closed.bisectionExact).toBe(true);
      expect(closed.bisectionBandwidth).toBeCloseTo(bruteForceBisection(shape), 9);
    }
  });

  it('is exact on odd shapes too, where a plane cut would be unbalanced', () => {
    for (const shape of [uniform([3, 3]), uniform([5]), uniform([3, 5]), uniform([2, 5]), uniform([3, 3, 2])]) {
      const closed = torusTopology(shape);
      expect(closed.bisectionExact).toBe(true);
      expect(closed.bisectionBound).toBe('exact');
      expect(closed.bisectionBandwidth).toBeCloseTo(bruteForceBisection(shape), 9);
    }
  });

  it('handles the 16×20×28 TPU v5p pod in closed form', () => {
    const pod = torusTopology(uniform([16, 20, 28], 200e9));
    expect(pod.nodes).toBe(8960);
    expect(pod.diameterHops).toBe(8 + 10 + 14);
    // The weakest plane is perpendicular to the longest dimension: 2 × 8960 / 28 = 640 links.
    expect(pod.bisectionLinks).toBe(640);
    expect(pod.bisectionBandwidth).toBe(640 * 100e9);
    expect(pod.bandwidthPerChip).toBe(1200e9);
  });

  it('has no links, hops or bisection for a single chip', () => {
    const one = torusTopology(uniform([1]));
    expect(one).toMatchObject({ nodes: 1, links: 0, diameterHops: 0, averageHops: 0, bisectionBandwidth: 0 });
  });
});

describe('torus graph helpers', () => {
  it('round-trips coordinates and node numbers', () => {
    const dims = [4, 3, 5];
    for (let n = 0; n < 60; n++) expect(nodeAt(coordsOf(n, dims), dims)).toBe(n);
  });

  it('finds a shortest path whose length is the BFS distance, over existing links', () => {
    const shape = uniform([4, 4, 4]);
    const graph = buildTorusGraph(shape);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 63 }), (a, b) => {
        const path = shortestPath(graph, a, b);
        expect(path.length - 1).toBe(bfsDistances(graph, a)[b]);
        for (let i = 1; i < path.length; i++) {
          const from = path[i - 1]!;
          const neighbours = Array.from(graph.adjacency.subarray(graph.offsets[from]!, graph.offsets[from + 1]!));
          expect(neighbours).toContain(path[i]);
        }
      }),
    );
  });

  it('answers "unreachable" (an empty path) for a chip number of another view, instead of walking off the graph', () => {
    // The Trn2 instance is a 4×4 torus: nodes 0–15. Chip 63 is a chip of the 64-chip UltraServer.
    const graph = buildTorusGraph(uniform([4, 4]));
    expect(shortestPath(graph, 63, 0)).toEqual([]);
    expect(shortestPath(graph, 0, 63)).toEqual([]);
    expect(shortestPath(graph, -1, 0)).toEqual([]);
    expect(shortestPath(graph, 0.5, 0)).toEqual([]);
    expect(Array.from(bfsDistances(graph, 63))).toEqual(new Array(16).fill(-1));
  });
});
