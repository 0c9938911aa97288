import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectiveSchedule, phaseAt, snakeOrder } from '../../../../src/model/view/collectiveSchedule';
import { viewDomain } from '../../../../src/model/view/viewDomain';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { torusDistance } from '../../../../src/model/topology/torusDistance';

describe('snakeOrder', () => {
  it('visits every chip once, each step to a torus neighbor', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }), (dims) => {
        const { order } = snakeOrder(dims);
        const n = dims.reduce((p, k) => p * k, 1);
        expect(new Set(order).size).toBe(n);
        for (let i = 1; i < n; i++) expect(torusDistance(dims, order[i - 1]!, order[i]!)).toBe(1);
      }),
    );
  });

  it('closes into a ring of neighbors on the Trn2 tori', () => {
    for (const dims of [
      [4, 4],
      [4, 4, 4],
      [8, 8],
      [16, 16, 16],
    ]) {
      const { order, closesOnNeighbor } = snakeOrder(dims);
      expect(closesOnNeighbor).toBe(true);
      expect(torusDistance(dims, order[order.length - 1]!, order[0]!)).toBe(1);
    }
  });

  it('says so when the ring cannot close on a neighbor', () => {
    const { order, closesOnNeighbor } = snakeOrder([3, 3]);
    expect(closesOnNeighbor).toBe(torusDistance([3, 3], order[8]!, order[0]!) === 1);
  });
});

describe('collectiveSchedule', () => {
  const instance = viewDomain(presetConfig('trn2'), 'instance');
  const ultra = viewDomain(presetConfig('trn2-ultraserver'), 'ultraserver');

  it('runs a ring all-reduce in 2(p−1) steps of S/p per link', () => {
    const s = collectiveSchedule(instance, 'ring', 1600);
    expect(s.totalSteps).toBe(30);
    expect(s.phases.every((p) => p.bytesPerLinkPerStep === 100)).toBe(true);
    expect(s.bytesSentPerChip).toBe((2 * 15 * 1600) / 16);
  });

  it('runs per-dimension rings in Σ2(kᵢ−1) steps, sending the same bytes per chip as the ring', () => {
    const s = collectiveSchedule(ultra, 'torus', 64 * 1024);
    expect(s.totalSteps).toBe(2 * (3 + 3 + 3));
    const sent = s.phases.reduce((sum, p) => sum + p.steps * p.bytesPerLinkPerStep, 0);
    expect(sent).toBeCloseTo(s.bytesSentPerChip, 9);
    expect(s.phases[0]!.bytesPerLinkPerStep).toBe(16 * 1024);
    expect(s.phases.map((p) => p.dim)).toEqual([0, 1, 2, 2, 1, 0]);
  });

  it('finds the phase of any step', () => {
    const s = collectiveSchedule(ultra, 'torus', 1);
    expect(phaseAt(s, 0)?.phase.dim).toBe(0);
    expect(phaseAt(s, 3)?.phase.dim).toBe(1);
    expect(phaseAt(s, 17)?.phase.dim).toBe(0);
    expect(phaseAt(s, 18)).toBeNull();
  });

  it('has nothing to do for a single chip', () => {
    const one = viewDomain({ ...presetConfig('trn2'), instanceDims: [1] }, 'instance');
    expect(collectiveSchedule(one, 'ring', 100).totalSteps).toBe(0);
  });
});
