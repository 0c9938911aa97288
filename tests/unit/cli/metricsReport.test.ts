import { describe, expect, it } from 'vitest';
import { metricsReport } from '../../../src/cli/metricsReport';
import { roundSignificant } from '../../../src/cli/roundSignificant';
import { presetConfig } from '../../../src/model/presets/catalog';

describe('roundSignificant', () => {
  it('removes float noise at 12 significant digits and leaves exact values alone', () => {
    expect(roundSignificant(55175.99999999999)).toBe(55176);
    expect(roundSignificant(0.1 + 0.2)).toBe(0.3);
    expect(roundSignificant(499_968)).toBe(499_968);
    expect(roundSignificant(2.0484e12)).toBe(2.0484e12);
    expect(roundSignificant(123456789012345)).toBe(123456789012000);
  });

  it('walks objects and arrays, keeps strings and booleans, and turns non-finite numbers into null', () => {
    expect(roundSignificant({ a: [1 / 3, 'x'], b: { c: true, d: Infinity, e: null } })).toEqual({
      a: [0.333333333333, 'x'],
      b: { c: true, d: null, e: null },
    });
  });
});

describe('metricsReport', () => {
  it('adds the default all-reduce inside one Trn2 UltraServer, derived by hand', () => {
    const report = metricsReport(presetConfig('trn2-ultraserver'));
    const S = 256 * 2 ** 20;
    expect(report.allReduceBytes).toBe(S);
    expect(report.allReduceAlgorithm).toBe('torus-rings');
    // Torus rings on 4×4×4 with 256, 256, 128 GB/s links: splitting the buffer over the axis
    // orders loads each axis in proportion to its bandwidth, so every port is busy and the pass
    // meets the injection bound (63/64)·S / (256 + 256 + 128 GB/s). Two passes, plus 2 × (2+2+2)
    // ring hops of 1.5 µs (NeuronLink step latency).
    const expected = (2 * (63 / 64) * S) / 640e9 + 12 * 1.5e-6;
    expect(report.allReduceSeconds).toBeCloseTo(expected, 12);
    expect(report.bisectionBound).toBe('exact');
    expect(report.scaleUpConnected).toBe(true);
  });

  it('prints facility power without float noise (55,176 W for one UltraServer)', () => {
    // 64 chips × 500 W + 4 hosts × 2,500 W + 64 × 100 W = 48,400 W, × PUE 1.14 = 55,176 W.
    expect(metricsReport(presetConfig('trn2-ultraserver')).facilityPowerWatts).toBe(55176);
  });

  it('has no all-reduce time for a disconnected domain (0 B/s between instances)', () => {
    const report = metricsReport({ ...presetConfig('trn2-ultraserver'), interLinkBandwidth: 0 });
    expect(report.scaleUpConnected).toBe(false);
    expect(report.allReduceSeconds).toBeNull();
    expect(report.allReduceAlgorithm).toBeNull();
  });
});

describe('the training step in the report', () => {
  it('prints the step of the link’s model on a fully fixed layout, with its memory and MFU', () => {
    // Llama 3 8B on one Trn2 UltraServer (64 chips), TP 4 × PP 1 × DP 16: 2,048 sequences of
    // 8,192 tokens split 128 per replica. The fields exist and agree with each other:
    // tokens per second = 2,048 · 8,192 / step, and MFU below the 65% achievable fraction.
    const report = metricsReport(presetConfig('trn2-ultraserver'), {
      model: 'llama3-8b',
      shape: {},
      fixed: { tp: 4, pp: 1, dp: 16, cp: 1, ep: 1 },
    });
    expect(report.trainingModel).toBe('llama3-8b');
    expect(report.trainingLayout).toBe('TP 4 × PP 1 × DP 16');
    expect(report.tokensPerSecond! * report.stepSeconds!).toBeCloseTo(2048 * 8192, 0);
    expect(report.mfu!).toBeGreaterThan(0);
    expect(report.mfu!).toBeLessThanOrEqual(0.65);
    expect(report.fits).toBe(true);
    expect(report.trainingProblem).toBeNull();
  });

  it('says why when no layout can run, with null figures', () => {
    const report = metricsReport(presetConfig('rainier'));
    expect([report.stepSeconds, report.mfu, report.fits]).toEqual([null, null, null]);
    expect(report.trainingProblem).toMatch(/No split of 499,968 chips works/);
  });
});
