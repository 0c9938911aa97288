import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/model/evaluate';
import { DEFAULT_RELIABILITY } from '../../../../src/model/goodput/reliabilityConfig';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { SOURCES } from '../../../../src/model/sources';
import { estimateTraining, JOULES_PER_MEGAWATT_HOUR } from '../../../../src/model/training/estimateTraining';
import { DEFAULT_TRAINING, TRAINING_PROVENANCE } from '../../../../src/model/training/trainingConfig';
import { trainingFlops, trainingSeconds } from '../../../../src/model/training/trainingFlops';

describe('training compute', () => {
  it("gives 6 × 37e9 × 14.8e12 = 3.3e24 FLOPs (the scaling book's worked example)", () => {
    expect(trainingFlops(37e9, 14.8e12) / 1e24).toBeCloseTo(3.3, 1);
    expect(trainingFlops(37e9, 14.8e12)).toBe(6 * 37e9 * 14.8e12);
  });

  it('gives the default run 3.8e25 FLOPs, as Meta reports for Llama 3.1 405B', () => {
    expect(trainingFlops(DEFAULT_TRAINING.parameters, DEFAULT_TRAINING.tokens) / 1e25).toBeCloseTo(3.8, 1);
  });

  it('divides by peak × MFU × goodput, and never returns NaN', () => {
    expect(trainingSeconds(1e24, 1e18, 0.5)).toBeCloseTo(2e6, 6);
    expect(trainingSeconds(1e24, 1e18, 0.5, 0.8)).toBeCloseTo(2.5e6, 6);
    expect(trainingSeconds(0, 0, 0)).toBe(0);
    expect(trainingSeconds(1e24, 0, 0.5)).toBe(Infinity);
  });

  it('traces every default to a known source', () => {
    for (const provenance of Object.values(TRAINING_PROVENANCE)) {
      for (const source of provenance.source) expect(SOURCES).toHaveProperty(source);
    }
  });
});

describe('estimateTraining', () => {
  it("prices the default run on Rainier from evaluate()'s FLOP/s and facility power", () => {
    const config = presetConfig('rainier');
    const metrics = evaluate(config);
    const estimate = estimateTraining(config, DEFAULT_TRAINING);
    const ideal = (6 * 405e9 * 15.6e12) / (metrics.bf16DenseFlops * 0.4);
    expect(estimate.ideal.seconds).toBeCloseTo(ideal, 6);
    expect(estimate.ideal.days).toBeCloseTo(ideal / 86_400, 9);
    expect(estimate.ideal.energyMegawattHours).toBeCloseTo(
      (metrics.facilityPowerWatts * ideal) / JOULES_PER_MEGAWATT_HOUR,
      6,
    );
    expect(estimate.ideal.electricityCost).toBeCloseTo(estimate.ideal.energyMegawattHours * 80, 6);
    // Failures stretch the run by 1/goodput, energy and cost with it.
    expect(estimate.withFailures.seconds).toBeCloseTo(estimate.ideal.seconds / estimate.goodput.goodput, 3);
    expect(estimate.withFailures.electricityCost).toBeGreaterThan(estimate.ideal.electricityCost);
    expect(estimate.effectiveFlops).toBeCloseTo(estimate.sustainedFlops * estimate.goodput.goodput, -6);
  });

  it('runs twice as fast in FP8 on Trainium2 (1,299 vs 667 TFLOPS dense, ~1.95×)', () => {
    const config = presetConfig('trn2-ultraserver');
    const bf16 = estimateTraining(config, DEFAULT_TRAINING);
    const fp8 = estimateTraining(config, { ...DEFAULT_TRAINING, precision: 'fp8' });
    expect(bf16.ideal.seconds / fp8.ideal.seconds).toBeCloseTo(1299 / 667, 9);
  });

  it('needs more time and energy with failures than without, everywhere', () => {
    for (const id of ['trn2-ultraserver', 'gb200-nvl72', 'tpu-v5p-pod'] as const) {
      const estimate = estimateTraining(presetConfig(id), DEFAULT_TRAINING, DEFAULT_RELIABILITY);
      expect(estimate.withFailures.days).toBeGreaterThan(estimate.ideal.days);
      expect(estimate.goodput.goodput).toBeGreaterThan(0);
      expect(estimate.goodput.goodput).toBeLessThan(1);
    }
  });

  it('reports zero energy rather than NaN when nothing computes', () => {
    const estimate = estimateTraining(presetConfig('trn2'), { ...DEFAULT_TRAINING, mfu: 0 });
    expect(estimate.ideal.seconds).toBe(Infinity);
    expect(Number.isNaN(estimate.ideal.energyJoules)).toBe(false);
  });
});
