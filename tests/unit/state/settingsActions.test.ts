import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_PARALLELISM,
  DEFAULT_RELIABILITY,
  DEFAULT_TRAINING,
  type ParallelLayout,
} from '../../../src/model/index';
import { resetStore, store } from './storeHarness';

beforeEach(resetStore);

// Bounds below are copied by hand from src/model/settingsSpec.ts, the ones links are checked against.

describe('setSiteNumber', () => {
  it('sets one site figure', () => {
    expect(store().setSiteNumber('buildings', 10)).toEqual([]);
    expect(store().site.buildings).toBe(10);
    expect(store().setSiteNumber('sitePowerLimitWatts', 1.5e9)).toEqual([]);
    expect(store().site.sitePowerLimitWatts).toBe(1.5e9);
  });

  it('refuses a figure out of bounds or not whole, and keeps the site', () => {
    const before = store().site;
    // Buildings: a whole number from 1 to 1,000.
    expect(store().setSiteNumber('buildings', 0)).toEqual(['Buildings must be from 1 to 1,000.']);
    expect(store().setSiteNumber('buildings', 2.5)).toEqual(['Buildings must be a whole number.']);
    // Rack power: 0 to 1,000,000 W.
    expect(store().setSiteNumber('rackPowerWatts', -1)).toEqual(['Rack power must be from 0 to 1,000,000 W.']);
    expect(store().site).toBe(before);
  });
});

describe('setFabricNumber', () => {
  it('sets one scale-out fabric figure', () => {
    expect(store().setFabricNumber('radix', 128)).toEqual([]);
    expect(store().fabric.radix).toBe(128);
  });

  it('refuses a figure out of bounds and keeps the fabric', () => {
    const before = store().fabric;
    // Tiers: 1 to 3; radix: a whole number from 2 to 1,024.
    expect(store().setFabricNumber('tiers', 4)).toEqual(['Fabric tiers must be from 1 to 3.']);
    expect(store().setFabricNumber('radix', 1)).toEqual(['Switch radix must be from 2 to 1,024.']);
    expect(store().setFabricNumber('oversubscription', Number.POSITIVE_INFINITY)).toEqual([
      'Leaf oversubscription must be a number.',
    ]);
    expect(store().fabric).toBe(before);
  });
});

describe('setTraining', () => {
  it('replaces the training run', () => {
    const next = { ...DEFAULT_TRAINING, mfu: 0.5, parameters: 70e9 };
    expect(store().setTraining(next)).toEqual([]);
    expect(store().training).toEqual(next);
  });

  it('refuses the whole run when a number is out of bounds, naming each', () => {
    // MFU runs from 0.001 to 1; tokens from 1,000 to 1e18.
    expect(store().setTraining({ ...DEFAULT_TRAINING, mfu: 0, tokens: 10 })).toEqual([
      'Training tokens must be from 1,000 to 1,000,000,000,000,000,000.',
      'MFU must be from 0.001 to 1.',
    ]);
    expect(store().training).toEqual(DEFAULT_TRAINING);
  });
});

describe('setReliability', () => {
  it('replaces the failure and checkpoint model', () => {
    const next = { ...DEFAULT_RELIABILITY, restartSeconds: 120 };
    expect(store().setReliability(next)).toEqual([]);
    expect(store().reliability.restartSeconds).toBe(120);
  });

  it('refuses an MTBF under a minute and keeps the model', () => {
    // MTBF: 60 s to 1e10 hours = 36,000,000,000,000 s.
    expect(store().setReliability({ ...DEFAULT_RELIABILITY, chipMtbf: 30 })).toEqual([
      'Chip MTBF must be from 60 to 36,000,000,000,000 s.',
    ]);
    expect(store().reliability).toEqual(DEFAULT_RELIABILITY);
  });
});

describe('setParallelism', () => {
  it('replaces the model trained on the wiring, its shape edits and fixed factors', () => {
    const next = { model: 'llama3-405b', shape: { sequenceLength: 4096 }, fixed: { tp: 4 } };
    expect(store().setParallelism(next)).toEqual([]);
    expect(store().parallelism).toEqual(next);
    // A copy: editing what was passed in does not reach the store.
    next.fixed.tp = 8;
    expect(store().parallelism.fixed.tp).toBe(4);
  });

  it('refuses an unknown model or a factor out of bounds, naming each', () => {
    // Parallel factors are whole numbers from 1; TP at most 1,024.
    expect(store().setParallelism({ model: 'gpt-9', shape: {}, fixed: { tp: 2048, pp: 1.5 } })).toEqual([
      'Unknown model "gpt-9".',
      'Tensor parallel (TP) must be from 1 to 1,024.',
      'Pipeline parallel (PP) must be a whole number.',
    ]);
    expect(store().parallelism).toEqual(DEFAULT_PARALLELISM);
  });
});

describe('setTrainingLayout', () => {
  it('keeps the layout the Train tab’s search chose, and null forgets it', () => {
    const layout: ParallelLayout = {
      tp: 4,
      pp: 2,
      dp: 8,
      cp: 1,
      ep: 1,
      microbatch: 1,
      virtualStages: 1,
      sharding: 'optimizer',
      recompute: 'selective',
      order: ['tp', 'cp', 'ep', 'pp', 'dp'],
    };
    expect(store().trainingLayout).toBeNull();
    store().setTrainingLayout(layout);
    expect(store().trainingLayout).toEqual(layout);
    store().setTrainingLayout(null);
    expect(store().trainingLayout).toBeNull();
  });
});
