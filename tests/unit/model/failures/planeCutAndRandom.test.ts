import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTorusFailures } from '../../../../src/model/failures/failureImpact';
import { degradeTorus } from '../../../../src/model/failures/degradedTorus';
import { weakestPlaneCut } from '../../../../src/model/failures/planeCutBisection';
import { weakestShiftedCut } from '../../../../src/model/failures/shiftedMinimumCut';
import { balancedCutSides, torusBisection } from '../../../../src/model/topology/torusBisection';
import { randomFailures } from '../../../../src/model/failures/randomFailures';
import { sampleDistinct, seededRandom } from '../../../../src/model/failures/seededRandom';
import type { TorusFailures } from '../../../../src/model/failures/torusFailures';
import type { TorusShape } from '../../../../src/model/topology/torus';
import { coordsOf } from '../../../../src/model/topology/torusGraph';

/** Live links of the damaged graph crossing a plane cut, counted from coordinates alone. */
function liveLinksAcross(shape: TorusShape, failures: TorusFailures, dim: number, offset: number): number {
  const { graph } = degradeTorus(shape, failures);
  const k = shape.dims[dim]!;
  const half = Math.floor(k / 2);
  const side = (n: number) => (coordsOf(n, shape.dims)[dim]! - offset - 1 + 2 * k) % k < half;
  let entries = 0;
  for (let a = 0; a < graph.nodes; a++)
    for (let e = graph.offsets[a]!; e < graph.offsets[a + 1]!; e++)
      if (side(a) !== side(graph.adjacency[e]!)) entries++;
  return entries / 2;
}

describe('plane-cut bisection of a damaged torus', () => {
  it('finds the weakest plane cut, checked by counting live links across every cut (property)', () => {
    const shapes = fc.constantFrom<TorusShape>(
      { dims: [4, 4], linkBandwidth: [2, 2] },
      { dims: [4, 4, 2], linkBandwidth: [2, 2, 1] },
      { dims: [6, 3], linkBandwidth: [2, 4] },
      { dims: [3, 5], linkBandwidth: [2, 2] },
      { dims: [2, 2, 4], linkBandwidth: [2, 2, 2] },
    );
    fc.assert(
      fc.property(
        shapes,
        fc.nat(1000),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 2 }),
        (shape, seed, links, chips) => {
          const failures = randomFailures(shape, { links, chips, seed });
          const cut = weakestPlaneCut(shape, degradeTorus(shape, failures).downLinks);
          // Only even rings can be cut into equal halves by a plane.
          const hasEven = shape.dims.some((k) => k >= 2 && k % 2 === 0);
          expect(cut !== null).toBe(hasEven);
          if (!cut) return;
          expect(cut.links).toBe(liveLinksAcross(shape, failures, cut.dim, cut.offset));
          // No other balanced plane cut is weaker.
          shape.dims.forEach((k, dim) => {
            if (k < 2 || k % 2 !== 0) return;
            for (let offset = 0; offset < (k % 2 === 0 ? k / 2 : k); offset++) {
              const bandwidth = (liveLinksAcross(shape, failures, dim, offset) * shape.linkBandwidth[dim]!) / 2;
              expect(bandwidth).toBeGreaterThanOrEqual(cut.bandwidth);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("loses one link of the 4×4 instance's 8-link bisection per failed link on the weakest plane", () => {
    const shape: TorusShape = { dims: [4, 4], linkBandwidth: [256e9, 256e9] };
    const one = analyzeTorusFailures(shape, { links: [[0, 1]] });
    expect(one.healthy.bisectionLinks).toBe(8);
    expect(one.degraded.bisectionLinks).toBe(7);
    expect(one.change.bisectionBandwidth).toBe(-128e9);
    expect(one.change.bisectionFraction).toBeCloseTo(7 / 8, 12);
    expect(one.degraded.weakestCut).toMatchObject({ dim: 0, offset: 0 });
    expect(one.method.bisection).toBe('cut upper bound');
  });

  it("cuts the UltraServer's half-rate Z rings when healthy, and another plane once Z is no longer the weakest", () => {
    const shape: TorusShape = { dims: [4, 4, 4], linkBandwidth: [256e9, 256e9, 128e9] };
    const healthy = analyzeTorusFailures(shape, {});
    expect(healthy.degraded.weakestCut).toMatchObject({ kind: 'plane', dim: 2 });
    expect(healthy.degraded.bisectionBandwidth).toBe(32 * 64e9);
    // Losing 17 of the 32 X links across one X cut leaves 15 × 128 GB/s, below the Z cut's 32 × 64 GB/s.
    const xLinks = Array.from({ length: 16 }, (_, i) => [i * 4, i * 4 + 1] as const);
    const damaged = analyzeTorusFailures(shape, { links: [...xLinks, [2, 3]] });
    expect(damaged.degraded.weakestCut).toMatchObject({ dim: 0, offset: 0, links: 15 });
    expect(damaged.degraded.bisectionBandwidth).toBe(15 * 128e9);
  });
});

describe('moved minimum cut of a damaged torus', () => {
  it('counts the live links across the moved cut, and never reports more than the intact bisection (property)', () => {
    const shapes = fc.constantFrom<TorusShape>(
      { dims: [3, 5], linkBandwidth: [2, 2] },
      { dims: [3, 3, 3], linkBandwidth: [2, 2, 2] },
      { dims: [4, 4, 5], linkBandwidth: [256, 256, 128] },
      { dims: [5], linkBandwidth: [2] },
    );
    fc.assert(
      fc.property(shapes, fc.nat(1000), fc.integer({ min: 0, max: 12 }), (shape, seed, links) => {
        const failures = randomFailures(shape, { links, seed });
        const { graph, downLinks } = degradeTorus(shape, failures);
        const moved = weakestShiftedCut(shape, downLinks)!;
        const intact = torusBisection(shape);
        // Count independently: move the intact cut's sides by the reported shift, walk the live graph.
        const intactSides = balancedCutSides(intact.cut!);
        const side = (n: number) => {
          const c = coordsOf(n, shape.dims).map((x, d) => (x - moved.shift[d]! + shape.dims[d]!) % shape.dims[d]!);
          let index = 0;
          for (let d = shape.dims.length - 1; d >= 0; d--) index = index * shape.dims[d]! + c[d]!;
          return intactSides[index];
        };
        let entries = 0;
        for (let a = 0; a < graph.nodes; a++)
          for (let e = graph.offsets[a]!; e < graph.offsets[a + 1]!; e++)
            if (side(a) !== side(graph.adjacency[e]!)) entries++;
        expect(moved.links).toBe(entries / 2);
        expect(moved.bandwidth).toBeLessThanOrEqual(intact.bandwidth + 1e-9);
        const impact = analyzeTorusFailures(shape, failures);
        expect(impact.degraded.bisectionBandwidth).toBeLessThanOrEqual(moved.bandwidth + 1e-9);
      }),
      { numRuns: 40 },
    );
  });

  it('gives the intact odd torus its exact bisection when nothing has failed (3×5: 8 links)', () => {
    const impact = analyzeTorusFailures({ dims: [3, 5], linkBandwidth: [2, 2] }, {});
    expect(impact.healthy.bisectionLinks).toBe(8);
    expect(impact.degraded.bisectionLinks).toBe(8);
    expect(impact.healthyBisectionExact).toBe(true);
  });
});

describe('k random failures', () => {
  const shape: TorusShape = { dims: [8, 8, 8], linkBandwidth: [1, 1, 1] };

  it('is reproducible from its seed', () => {
    expect(randomFailures(shape, { links: 20, chips: 3, seed: 42 })).toEqual(
      randomFailures(shape, { links: 20, chips: 3, seed: 42 }),
    );
    expect(randomFailures(shape, { links: 20, seed: 1 })).not.toEqual(randomFailures(shape, { links: 20, seed: 2 }));
  });

  it('draws exactly k distinct real links, none touching a failed chip', () => {
    const failures = randomFailures(shape, { links: 50, chips: 5, seed: 7 });
    expect(failures.links).toHaveLength(50);
    expect(new Set(failures.chips).size).toBe(5);
    const degraded = degradeTorus(shape, failures);
    expect(degraded.ignoredLinks).toEqual([]);
    expect(degraded.downLinks).toHaveLength(50 + 5 * 6);
  });

  it('clamps to what exists and draws nothing by default', () => {
    const tiny: TorusShape = { dims: [2], linkBandwidth: [1] };
    expect(randomFailures(tiny, { links: 10 }).links).toHaveLength(2);
    expect(randomFailures(tiny, { chips: 10 }).chips).toHaveLength(2);
    expect(randomFailures(shape)).toEqual({ links: [], chips: [] });
  });

  it('degrades a 16×16×16 torus gracefully, reporting a sampled estimate', () => {
    const big: TorusShape = { dims: [16, 16, 16], linkBandwidth: [200e9, 200e9, 200e9] };
    const impact = analyzeTorusFailures(big, randomFailures(big, { links: 40, chips: 4, seed: 3 }));
    expect(impact.method).toMatchObject({ exact: false, diameterIsLowerBound: true });
    expect(impact.degraded.connected).toBe(true);
    expect(impact.degraded.liveChips).toBe(4092);
    expect(impact.degraded.diameterHops).toBeGreaterThanOrEqual(24);
    expect(impact.degraded.averageHops).toBeGreaterThan(impact.healthy.averageHops - 0.2);
    expect(impact.degraded.bisectionLinks).toBeLessThan(impact.healthy.bisectionLinks);
  });
});

describe('seeded sampling helpers', () => {
  it('draws distinct values in range, deterministically', () => {
    const draw = sampleDistinct(100, 30, seededRandom(9));
    expect(new Set(draw).size).toBe(30);
    expect(draw.every((v) => v >= 0 && v < 100)).toBe(true);
    expect(sampleDistinct(100, 30, seededRandom(9))).toEqual(draw);
    const r = seededRandom(123);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
