import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ORDER, type GroupName, type ParallelLayout } from '../../../../src/model/parallelism/parallelLayout';
import { DEFAULT_STEP_ASSUMPTIONS } from '../../../../src/model/parallelism/stepAssumptions';
import { stepTime } from '../../../../src/model/parallelism/stepTime';
import type { TrainingMachine, WiringDimension } from '../../../../src/model/parallelism/trainingMachine';
import { transformerById } from '../../../../src/model/parallelism/transformerCatalog';
import type { TransformerShape } from '../../../../src/model/parallelism/transformerShape';

/** A 4×4 × instances torus plus a network, with every bandwidth free to vary. */
function machine(instances: number, servers: number, bandwidths: [number, number, number, number]): TrainingMachine {
  const ring = (name: string, size: number, link: number): WiringDimension => ({
    name,
    kind: 'ring',
    size,
    linkBandwidth: link,
    chipBandwidth: 2 * link,
    latency: 1e-6,
  });
  return {
    chips: 16 * instances * servers,
    peakFlops: 667e12,
    hbmBytes: 96 * 2 ** 30,
    hbmBandwidth: 2.9e12,
    dimensions: [
      ring('X', 4, bandwidths[0]),
      ring('Y', 4, bandwidths[1]),
      ring('instance', instances, bandwidths[2]),
      {
        name: 'net',
        kind: 'network',
        size: servers,
        linkBandwidth: bandwidths[3],
        chipBandwidth: bandwidths[3],
        latency: 1e-5,
      },
    ],
  };
}

const mixtral = transformerById('mixtral-8x7b')!;
const llama8b = transformerById('llama3-8b')!;

/** Random layouts of 64 × servers chips whose factors are powers of two. */
const layoutArb = fc
  .record({
    model: fc.constantFrom<TransformerShape>(mixtral, llama8b),
    servers: fc.constantFrom(1, 2, 4),
    tpLog: fc.integer({ min: 0, max: 4 }),
    ppLog: fc.integer({ min: 0, max: 3 }),
    cpLog: fc.integer({ min: 0, max: 2 }),
    epLog: fc.integer({ min: 0, max: 3 }),
    virtualStages: fc.constantFrom(1, 2),
    recompute: fc.constantFrom('none', 'selective', 'full' as const),
    sharding: fc.constantFrom('none', 'optimizer', 'gradients', 'full' as const),
    order: fc.shuffledSubarray([...DEFAULT_ORDER] as GroupName[], { minLength: 5, maxLength: 5 }),
    bandwidths: fc.tuple(
      fc.double({ min: 1e9, max: 1e11, noNaN: true }),
      fc.double({ min: 1e9, max: 1e11, noNaN: true }),
      fc.double({ min: 1e9, max: 1e11, noNaN: true }),
      fc.double({ min: 1e9, max: 1e11, noNaN: true }),
    ),
    faster: fc.integer({ min: 0, max: 3 }),
    factor: fc.double({ min: 1, max: 100, noNaN: true }),
  })
  .map((r) => {
    const ep = r.model.experts > 1 ? 2 ** Math.min(r.epLog, 3) : 1;
    const tp = 2 ** r.tpLog;
    const pp = 2 ** r.ppLog;
    const cp = 2 ** r.cpLog;
    const chips = 64 * r.servers;
    const dp = chips / (tp * pp * cp * ep);
    const layout: ParallelLayout = {
      tp,
      pp,
      dp,
      cp,
      ep,
      microbatch: 1,
      virtualStages: r.virtualStages,
      sharding: r.sharding,
      recompute: r.recompute,
      order: r.order,
    };
    return { ...r, layout };
  });

describe('step model invariants', () => {
  it('more bandwidth on any one dimension never makes a step slower', () => {
    let runnable = 0;
    fc.assert(
      fc.property(layoutArb, (r) => {
        const slow = stepTime(r.model, r.layout, machine(4, r.servers, r.bandwidths), DEFAULT_STEP_ASSUMPTIONS);
        const boosted = [...r.bandwidths] as [number, number, number, number];
        boosted[r.faster] = boosted[r.faster]! * r.factor;
        const fast = stepTime(r.model, r.layout, machine(4, r.servers, boosted), DEFAULT_STEP_ASSUMPTIONS);
        expect(fast.ok).toBe(slow.ok);
        if (slow.ok) runnable++;
        if (slow.ok && fast.ok) expect(fast.stepSeconds).toBeLessThanOrEqual(slow.stepSeconds * (1 + 1e-12));
      }),
      { numRuns: 300 },
    );
    // Most random layouts must run, or the property says little.
    expect(runnable).toBeGreaterThan(150);
  });

  it('MFU never exceeds the achievable fraction of peak', () => {
    fc.assert(
      fc.property(layoutArb, (r) => {
        const result = stepTime(r.model, r.layout, machine(4, r.servers, r.bandwidths), DEFAULT_STEP_ASSUMPTIONS);
        if (result.ok) expect(result.mfu).toBeLessThanOrEqual(DEFAULT_STEP_ASSUMPTIONS.computeEfficiency);
      }),
      { numRuns: 300 },
    );
  });

  it('a layout whose product is not the chip count is refused with the product and the count', () => {
    fc.assert(
      fc.property(layoutArb, fc.integer({ min: 2, max: 7 }), (r, extra) => {
        const wrong = { ...r.layout, dp: r.layout.dp * extra };
        const result = stepTime(r.model, wrong, machine(4, r.servers, r.bandwidths), DEFAULT_STEP_ASSUMPTIONS);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(/chips, but the machine has/);
      }),
      { numRuns: 100 },
    );
  });

  it('a group that crosses links of 0 B/s is refused as disconnected, never given a finite time', () => {
    const llama = transformerById('llama3-8b')!;
    const layout: ParallelLayout = {
      tp: 16,
      pp: 4,
      dp: 1,
      cp: 1,
      ep: 1,
      microbatch: 1,
      virtualStages: 1,
      sharding: 'optimizer',
      recompute: 'selective',
      order: [...DEFAULT_ORDER],
    };
    const result = stepTime(llama, layout, machine(4, 1, [1e10, 1e10, 0, 1e10]), DEFAULT_STEP_ASSUMPTIONS);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/PP crosses the instance, which has no bandwidth/),
    });
  });
});
