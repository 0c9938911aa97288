import { beforeEach, describe, expect, it } from 'vitest';
import { presetConfig } from '../../../src/model/index';
import { resetStore, store } from './storeHarness';

beforeEach(resetStore);

/** Something in the view that refers to chips, so a test can see whether an action cleared it. */
function selectSomething() {
  store().setSelection([1, 2]);
  store().toggleFailedChip(3);
  store().setCamera({ position: [1, 2, 3], target: [0, 0, 0] });
}

describe('setPreset', () => {
  it('loads the preset, opens it at its level and forgets the old view', () => {
    selectSomething();
    store().openBuilding(2);
    store().setPreset('trn2-ultraserver');
    const s = store();
    expect(s.presetId).toBe('trn2-ultraserver');
    // Trn2 UltraServer: 4 instances of a 4×4 torus, one UltraServer; a single domain opens whole.
    expect(s.config.instancesPerUltraServer).toBe(4);
    expect(s.config.ultraServers).toBe(1);
    expect(s.config.instanceDims).toEqual([4, 4]);
    expect(s.level).toBe('ultraserver');
    expect([s.selection, s.failedChips, s.camera, s.focusBuilding]).toEqual([[], [], null, 0]);
  });

  it('opens a one-instance system (trn2) on the instance', () => {
    store().setPreset('trn2');
    expect(store().level).toBe('instance');
  });
});

describe('setConfigNumber', () => {
  it('applies a number within bounds and keeps the view when the wiring stays', () => {
    store().setPreset('trn2-ultraserver');
    store().setSelection([1, 2]);
    expect(store().setConfigNumber('ultraServers', 100)).toEqual([]);
    expect(store().config.ultraServers).toBe(100);
    expect(store().selection).toEqual([1, 2]);
  });

  it('forgets chip ids of the view when the wiring changes (instances per UltraServer)', () => {
    store().setPreset('trn2-ultraserver');
    selectSomething();
    expect(store().setConfigNumber('instancesPerUltraServer', 2)).toEqual([]);
    expect([store().selection, store().failedChips, store().camera]).toEqual([[], [], null]);
  });

  it('drops to the instance level when the UltraServer becomes one instance', () => {
    store().setPreset('trn2-ultraserver');
    store().setConfigNumber('instancesPerUltraServer', 1);
    expect(store().level).toBe('instance');
  });

  it('refuses a number out of its bounds and changes nothing', () => {
    const before = store().config;
    // configSpec.ts: UltraServers are a whole number from 1 to 65,536.
    expect(store().setConfigNumber('ultraServers', 0)).toEqual(['UltraServers must be between 1 and 65,536.']);
    expect(store().setConfigNumber('ultraServers', 2.5)).toEqual(['UltraServers must be a whole number.']);
    expect(store().setConfigNumber('pue', Number.NaN)).toEqual(['PUE must be a number.']);
    expect(store().config).toBe(before);
  });

  it('refuses a machine past the chip limit even when each number is within bounds', () => {
    // Rainier: 16 chips per instance, 7,812 UltraServers. 64 instances each: 16 × 64 × 7,812 = 7,999,488
    // chips, more than the 2^22 = 4,194,304 the model allows.
    const before = store().config;
    expect(store().setConfigNumber('instancesPerUltraServer', 64)).toEqual([
      '7,999,488 chips is more than the 4,194,304 clusterscope models.',
    ]);
    expect(store().config).toBe(before);
  });
});

describe('setChipOverride', () => {
  it('overrides one chip figure and removes the override with null', () => {
    expect(store().setChipOverride('fp8Dense', 2e15)).toEqual([]);
    expect(store().config.chipOverrides).toEqual({ fp8Dense: 2e15 });
    expect(store().setChipOverride('fp8Dense', null)).toEqual([]);
    expect(store().config.chipOverrides).toEqual({});
  });

  it('refuses a figure out of its bounds', () => {
    // configSpec.ts: dense FP8 runs from 1e9 to 1e18 FLOP/s.
    const [problem, ...rest] = store().setChipOverride('fp8Dense', 1e19);
    expect(problem).toMatch(/^Dense FP8 must be between 1,000,000,000 and 1,000,000,000,000,000,000\.$/);
    expect(rest).toEqual([]);
    expect(store().config.chipOverrides).toEqual({});
  });
});

describe('setChip', () => {
  it('swaps the chip and drops the old chip’s overrides', () => {
    store().setChipOverride('fp8Dense', 2e15);
    expect(store().setChip('trainium3')).toEqual([]);
    expect(store().config.chip).toBe('trainium3');
    expect(store().config.chipOverrides).toEqual({});
  });

  it('refuses a chip the catalog does not have', () => {
    // @ts-expect-error an id from a stale link or a typo
    expect(store().setChip('trainium9')).toEqual(['Unknown chip "trainium9".']);
    expect(store().config.chip).toBe('trainium2');
  });
});

describe('setFabricKind', () => {
  it('switches the scale-up fabric and forgets the old view', () => {
    selectSomething();
    expect(store().setFabricKind('switched')).toEqual([]);
    expect(store().config.fabric).toBe('switched');
    expect(store().selection).toEqual([]);
  });

  it('refuses anything but torus or switched', () => {
    // @ts-expect-error a fabric the model does not know
    expect(store().setFabricKind('dragonfly')).toEqual(['Fabric must be torus or switched.']);
    expect(store().config.fabric).toBe('torus');
  });
});

describe('setInstanceDims', () => {
  it('reshapes the instance torus', () => {
    expect(store().setInstanceDims([8, 8])).toEqual([]);
    expect(store().config.instanceDims).toEqual([8, 8]);
  });

  it('refuses sizes outside 1–32 and more than three dimensions', () => {
    expect(store().setInstanceDims([0, 4])).toEqual(['Each torus dimension is a whole number from 1 to 32.']);
    expect(store().setInstanceDims([2, 2, 2, 2])).toEqual(['An instance has 1 to 3 torus dimensions.']);
    expect(store().config.instanceDims).toEqual([4, 4]);
  });
});

describe('resetConfig', () => {
  it('returns to the preset’s configuration and forgets the view', () => {
    store().setPreset('trn2-ultraserver');
    store().setConfigNumber('ultraServers', 9);
    store().setChipOverride('hbmCapacity', 64 * 2 ** 30);
    selectSomething();
    store().resetConfig();
    expect(store().config).toEqual(presetConfig('trn2-ultraserver'));
    expect(store().selection).toEqual([]);
  });
});

describe('setTorusDims', () => {
  it('makes the typed torus one domain of its own, with two links per chip per dimension longer than 1', () => {
    selectSomething();
    expect(store().setTorusDims([16, 16, 16])).toEqual([]);
    const { config, level, selection } = store();
    expect(config.fabric).toBe('torus');
    expect(config.instanceDims).toEqual([16, 16, 16]);
    expect([config.instancesPerUltraServer, config.ultraServers, config.linksPerChip]).toEqual([1, 1, 6]);
    expect(level).toBe('ultraserver');
    expect(selection).toEqual([]);
    // 8×1: one dimension with neighbours, so 2 links.
    store().setTorusDims([8, 1]);
    expect(store().config.linksPerChip).toBe(2);
  });

  it('refuses a torus the model cannot hold and keeps the configuration', () => {
    const before = store().config;
    expect(store().setTorusDims([33, 4])).toEqual(['Each torus dimension is a whole number from 1 to 32.']);
    expect(store().setTorusDims([])).toEqual(['An instance has 1 to 3 torus dimensions.']);
    expect(store().config).toBe(before);
  });
});
