import { describe, expect, it } from 'vitest';
import {
  CHIP_FIGURE_FIELDS,
  CONFIG_NUMBER_FIELDS,
  MAX_TOTAL_CHIPS,
  checkNumber,
  validateConfig,
} from '../../../src/model/configSpec';
import { PRESETS, presetConfig } from '../../../src/model/presets/catalog';
import type { ClusterConfig } from '../../../src/model/config';

describe('validateConfig', () => {
  it('accepts every preset', () => {
    for (const p of Object.values(PRESETS)) expect(validateConfig(p.config), p.id).toEqual([]);
  });

  it('refuses each numeric field below its minimum, above its maximum, NaN, infinite, and fractional where whole', () => {
    for (const spec of CONFIG_NUMBER_FIELDS) {
      const base = presetConfig('trn2-ultraserver');
      const bad = [
        spec.min - 1,
        spec.max * 2 + 1,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        ...(spec.integer ? [spec.min + 0.5] : []),
      ];
      for (const value of bad) {
        const problems = validateConfig({ ...base, [spec.key]: value } as ClusterConfig);
        expect(problems.length, `${spec.key} = ${value}`).toBeGreaterThan(0);
        expect(problems.join(' ')).toContain(spec.label);
      }
      expect(
        validateConfig({ ...base, [spec.key]: spec.max } as ClusterConfig).filter((p) => p.includes(spec.label)),
      ).toEqual([]);
    }
  });

  it('refuses chip overrides out of range and accepts them in range', () => {
    for (const spec of CHIP_FIGURE_FIELDS) {
      const base = presetConfig('trn2');
      expect(validateConfig({ ...base, chipOverrides: { [spec.key]: -1 } })).not.toEqual([]);
      expect(validateConfig({ ...base, chipOverrides: { [spec.key]: spec.min } })).toEqual([]);
    }
  });

  it('refuses bad torus dims: none, four, zero, 33, fractional', () => {
    for (const instanceDims of [[], [4, 4, 4, 4], [0, 4], [33], [4.5, 4]]) {
      expect(validateConfig({ ...presetConfig('trn2'), instanceDims }), JSON.stringify(instanceDims)).not.toEqual([]);
    }
  });

  it('refuses unknown chips and fabrics', () => {
    expect(validateConfig({ ...presetConfig('trn2'), chip: 'a100' as never })).not.toEqual([]);
    expect(validateConfig({ ...presetConfig('trn2'), fabric: 'mesh' as never })).not.toEqual([]);
  });

  it(`refuses more than ${MAX_TOTAL_CHIPS} chips in all and more than 65,536 in one domain`, () => {
    expect(
      validateConfig({ ...presetConfig('rainier'), instanceDims: [8, 8], ultraServers: 65_536 }).join(' '),
    ).toContain('more than');
    expect(validateConfig({ ...presetConfig('rainier'), ultraServers: 65_536 })).toEqual([]);
    expect(
      validateConfig({ ...presetConfig('trn2'), instanceDims: [32, 32, 32], instancesPerUltraServer: 4 }).join(' '),
    ).toContain('UltraServer');
    expect(validateConfig({ ...presetConfig('rainier'), ultraServers: 20_000 })).toEqual([]);
  });
});

describe('checkNumber', () => {
  it('says why, or nothing', () => {
    const spec = CONFIG_NUMBER_FIELDS.find((f) => f.key === 'pue')!;
    expect(checkNumber(spec, 1.14)).toBeNull();
    expect(checkNumber(spec, 0.9)).toMatch(/between 1 and 3/);
  });
});
