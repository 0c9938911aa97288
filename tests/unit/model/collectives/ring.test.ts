import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { busBandwidth } from '../../../../src/model/collectives/busBandwidth';
import { recursiveHalvingDoublingCollective } from '../../../../src/model/collectives/recursiveHalvingDoubling';
import { ringCollective } from '../../../../src/model/collectives/ring';

const GB = 1e9;

describe('ring collectives (MPICH cost comments)', () => {
  it('prices all-reduce as 2(p−1)α + 2(p−1)/p·S/B', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4096 }), fc.double({ min: 1, max: 1e10, noNaN: true }), (p, bytes) => {
        const bandwidthOnly = ringCollective('all-reduce', p, bytes, { alpha: 0, bandwidth: 100 * GB });
        expect(bandwidthOnly.transferSeconds).toBeCloseTo(((2 * (p - 1)) / p) * (bytes / (100 * GB)), 12);
        const withLatency = ringCollective('all-reduce', p, bytes, { alpha: 1e-6, bandwidth: 100 * GB });
        expect(withLatency.latencySeconds).toBeCloseTo(2 * (p - 1) * 1e-6, 15);
        expect(withLatency.steps).toBe(2 * (p - 1));
      }),
      { numRuns: 50 },
    );
  });

  it('prices all-gather as (p−1)α + n(p−1)/p·β and adds the γ term to reductions only', () => {
    const cost = { alpha: 2e-6, bandwidth: 50 * GB, gamma: 1e-12 };
    const gather = ringCollective('all-gather', 8, 1e9, cost);
    expect(gather.seconds).toBeCloseTo(7 * 2e-6 + (7 / 8) * (1e9 / (50 * GB)), 12);
    expect(gather.reductionSeconds).toBe(0);
    const scatter = ringCollective('reduce-scatter', 8, 1e9, cost);
    expect(scatter.reductionSeconds).toBeCloseTo((7 / 8) * 1e9 * 1e-12, 15);
    const reduce = ringCollective('all-reduce', 8, 1e9, cost);
    // Reduce-scatter then all-gather, one γ term.
    expect(reduce.seconds).toBeCloseTo(gather.seconds + scatter.seconds, 12);
  });

  it('reaches the link rate in NCCL bus bandwidth, whatever the rank count', () => {
    for (const p of [2, 8, 64, 1000]) {
      const time = ringCollective('all-reduce', p, 1e9, { alpha: 0, bandwidth: 100 * GB });
      expect(busBandwidth('all-reduce', p, 1e9, time.seconds)).toBeCloseTo(100 * GB, 0);
      const gather = ringCollective('all-gather', p, 1e9, { alpha: 0, bandwidth: 100 * GB });
      expect(busBandwidth('all-gather', p, 1e9, gather.seconds)).toBeCloseTo(100 * GB, 0);
    }
  });

  it('makes a bidirectional-ring all-to-all a quarter of an all-gather of the same global array (scaling book)', () => {
    for (const p of [4, 8, 16, 64]) {
      const globalArray = 1e9;
      const cost = { alpha: 0, bandwidth: 100 * GB };
      const gather = ringCollective('all-gather', p, globalArray, cost, 2);
      // All-to-all buffer per rank is the global array's shard V/p.
      const allToAll = ringCollective('all-to-all', p, globalArray / p, cost, 2);
      // Exactly p/(4(p−1)) for even p: ¼ as p grows.
      expect(allToAll.seconds / gather.seconds).toBeCloseTo(p / (4 * (p - 1)), 12);
    }
  });

  it('halves the transfer and the steps with two counter-rotating rings', () => {
    const one = ringCollective('all-reduce', 16, 1e8, { alpha: 1e-6, bandwidth: 10 * GB }, 1);
    const two = ringCollective('all-reduce', 16, 1e8, { alpha: 1e-6, bandwidth: 10 * GB }, 2);
    expect(two.transferSeconds).toBeCloseTo(one.transferSeconds / 2, 15);
    expect(two.steps).toBe(16);
    expect(one.steps).toBe(30);
  });

  it('costs nothing for one rank or an empty buffer, and never NaN without bandwidth', () => {
    expect(ringCollective('all-reduce', 1, 1e9, { alpha: 1e-6, bandwidth: GB }).seconds).toBe(0);
    expect(ringCollective('all-reduce', 8, 0, { alpha: 1e-6, bandwidth: GB }).seconds).toBe(0);
    expect(ringCollective('all-reduce', 8, 0, { alpha: 1e-6, bandwidth: 0 }).seconds).toBe(0);
    expect(ringCollective('all-reduce', 8, 1, { alpha: 1e-6, bandwidth: 0 }).seconds).toBe(Infinity);
    expect(busBandwidth('all-reduce', 8, 0, 0)).toBe(0);
    expect(busBandwidth('all-reduce', 1, 1e9, 1)).toBe(0);
  });
});

describe('recursive halving-doubling (Rabenseifner)', () => {
  it('prices all-reduce as 2·lg p·α + 2(p−1)/p·n·β + (p−1)/p·n·γ for p a power of two', () => {
    for (const p of [2, 4, 16, 64, 1024]) {
      const cost = { alpha: 3e-6, bandwidth: 25 * GB, gamma: 2e-12 };
      const t = recursiveHalvingDoublingCollective('all-reduce', p, 1e8, cost);
      const expected = 2 * Math.log2(p) * 3e-6 + ((2 * (p - 1)) / p) * (1e8 / (25 * GB)) + ((p - 1) / p) * 1e8 * 2e-12;
      expect(t.seconds).toBeCloseTo(expected, 12);
      expect(t.steps).toBe(2 * Math.log2(p));
    }
  });

  it("has the ring's bandwidth term but only lg p steps", () => {
    const cost = { alpha: 1e-6, bandwidth: 25 * GB };
    const rdh = recursiveHalvingDoublingCollective('all-reduce', 64, 1e9, cost);
    const ring = ringCollective('all-reduce', 64, 1e9, cost);
    expect(rdh.transferSeconds).toBeCloseTo(ring.transferSeconds, 12);
    expect(rdh.latencySeconds).toBeLessThan(ring.latencySeconds);
  });

  it('folds a rank count that is not a power of two, costing more than the power of two below it', () => {
    const cost = { alpha: 1e-6, bandwidth: 25 * GB };
    const six = recursiveHalvingDoublingCollective('all-reduce', 6, 1e8, cost);
    const four = recursiveHalvingDoublingCollective('all-reduce', 4, 1e8, cost);
    expect(six.steps).toBe(four.steps + 2);
    expect(six.seconds).toBeGreaterThan(four.seconds);
    expect(Number.isFinite(six.seconds)).toBe(true);
  });

  it('prices each halving step at its own partner bandwidth', () => {
    // Two steps: the first moves n/2 at 100 GB/s, the second n/4 at 50 GB/s.
    const t = recursiveHalvingDoublingCollective('reduce-scatter', 4, 1e9, { alpha: 0, bandwidth: 1 }, [
      100 * GB,
      50 * GB,
    ]);
    expect(t.transferSeconds).toBeCloseTo(0.5e9 / (100 * GB) + 0.25e9 / (50 * GB), 15);
  });
});
