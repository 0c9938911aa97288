import { describe, expect, it } from 'vitest';
import { dalyInterval, youngInterval } from '../../../../src/model/goodput/checkpointInterval';
import { usefulWorkFraction } from '../../../../src/model/goodput/usefulWorkFraction';

const MINUTE = 60;
const HOUR = 3600;

describe('optimum checkpoint interval', () => {
  it("reproduces Daly's (2006) worked examples with δ = 5 min", () => {
    const delta = 5 * MINUTE;
    // Paper: 117, 57 and 9.1 minutes.
    expect(dalyInterval(delta, 24 * HOUR) / MINUTE).toBeCloseTo(116.7, 1);
    expect(dalyInterval(delta, 6 * HOUR) / MINUTE).toBeCloseTo(56.7, 1);
    expect(dalyInterval(delta, 15 * MINUTE) / MINUTE).toBeCloseTo(9.14, 2);
  });

  it("gives Young's (1974) √(2δM): 120, 60 and 12.2 minutes for the same cases", () => {
    const delta = 5 * MINUTE;
    expect(youngInterval(delta, 24 * HOUR) / MINUTE).toBeCloseTo(120, 9);
    expect(youngInterval(delta, 6 * HOUR) / MINUTE).toBeCloseTo(60, 9);
    expect(youngInterval(delta, 15 * MINUTE) / MINUTE).toBeCloseTo(12.2, 1);
  });

  it('checkpoints once per MTBF when a checkpoint takes at least two MTBFs (δ ≥ 2M)', () => {
    expect(dalyInterval(10 * MINUTE, 5 * MINUTE)).toBe(5 * MINUTE);
    // The published piecewise form jumps at δ = 2M: just below, the series gives 2M·(13/9) − 2M = (8/9)M.
    expect(dalyInterval(10 * MINUTE, 5 * MINUTE + 1e-9)).toBeCloseTo((8 / 9) * 5 * MINUTE, 4);
  });

  it('never checkpoints when nothing fails, and is free of NaN at the edges', () => {
    expect(dalyInterval(5 * MINUTE, Infinity)).toBe(Infinity);
    expect(youngInterval(5 * MINUTE, Infinity)).toBe(Infinity);
    expect(dalyInterval(0, HOUR)).toBe(0);
    expect(youngInterval(0, HOUR)).toBe(0);
  });

  it("puts Daly's interval at the optimum of his own exponential model", () => {
    for (const [delta, mtbf] of [
      [5 * MINUTE, 24 * HOUR],
      [5 * MINUTE, 6 * HOUR],
      [30, 3 * HOUR],
    ] as const) {
      const tau = dalyInterval(delta, mtbf);
      const best = usefulWorkFraction(tau, delta, 600, mtbf);
      for (const factor of [0.8, 0.9, 1.1, 1.25]) {
        expect(best).toBeGreaterThanOrEqual(usefulWorkFraction(tau * factor, delta, 600, mtbf));
      }
    }
  });
});

describe('useful-work fraction', () => {
  it('matches the first-order picture for rare failures: 1 − δ/τ − τ/2M − R/M', () => {
    const delta = 10;
    const mtbf = 1e6;
    const tau = youngInterval(delta, mtbf);
    const firstOrder = 1 - delta / tau - tau / (2 * mtbf) - 300 / mtbf;
    expect(usefulWorkFraction(tau, delta, 300, mtbf)).toBeCloseTo(firstOrder, 4);
  });

  it('is τ/(τ+δ) without failures, 1 with free checkpoints and e^(−R/M) in the τ → 0 limit', () => {
    expect(usefulWorkFraction(90, 10, 600, Infinity)).toBeCloseTo(0.9, 12);
    expect(usefulWorkFraction(Infinity, 10, 600, Infinity)).toBe(1);
    expect(usefulWorkFraction(0, 0, 600, 6000)).toBeCloseTo(Math.exp(-0.1), 12);
  });

  it('falls towards zero, not NaN, when failures outpace the job', () => {
    const g = usefulWorkFraction(dalyInterval(600, 60), 600, 600, 60);
    expect(g).toBeGreaterThanOrEqual(0);
    expect(g).toBeLessThan(1e-6);
    expect(usefulWorkFraction(100, 10, 10, 0)).toBe(0);
  });
});
