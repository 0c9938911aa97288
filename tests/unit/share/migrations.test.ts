import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presetConfig } from '../../../src/model/index';
import { baselineState } from '../../../src/share/baselineState';
import { customTorusConfig } from '../../../src/share/customTorus';
import { decodeShareState } from '../../../src/share/decodeShareState';
import { encodeShareState } from '../../../src/share/encodeShareState';
import { CURRENT_VERSION, MIGRATIONS, migrateParams } from '../../../src/share/migrations';
import { defaultShareState, type ShareState } from '../../../src/share/shareState';
import { shareStateArb } from './shareArbitraries';

/** The state a version-0 torus link meant: the preset's machine as one custom torus, seen whole. */
function customTorusState(
  presetId: (typeof PRESET_IDS)[number],
  dims: number[],
  level: ShareState['view']['level'] = 'ultraserver',
): ShareState {
  const state = baselineState(presetId);
  state.config = customTorusConfig(presetConfig(presetId), dims);
  state.view.level = level;
  return state;
}

describe('version 0: links from before versioning', () => {
  it('an empty link opens the default state', () => {
    expect(decodeShareState('')).toEqual({ state: defaultShareState(), problems: [] });
    expect(decodeShareState('?')).toEqual({ state: defaultShareState(), problems: [] });
  });

  it('?preset= opens each preset on its own level', () => {
    for (const id of PRESET_IDS)
      expect(decodeShareState(`?preset=${id}`)).toEqual({ state: baselineState(id), problems: [] });
  });

  it('?torus= makes the preset a custom torus of one domain and opens the UltraServer view', () => {
    expect(decodeShareState('?torus=16x16x16')).toEqual({
      state: customTorusState('rainier', [16, 16, 16]),
      problems: [],
    });
    for (const id of PRESET_IDS) {
      expect(decodeShareState(`?preset=${id}&torus=4x4`)).toEqual({
        state: customTorusState(id, [4, 4]),
        problems: [],
      });
    }
    const state = decodeShareState('?torus=16x20x28').state;
    expect(state.config).toMatchObject({
      fabric: 'torus',
      instanceDims: [16, 20, 28],
      instancesPerUltraServer: 1,
      ultraServers: 1,
      linksPerChip: 6,
    });
  });

  it('reads the torus the ways people typed it, and gives a 1×N torus its two links', () => {
    for (const torus of ['16x16x16', '16×16×16', '16%C3%9716%C3%9716', '16,16,16', '16+16+16', '16%2016%2016']) {
      expect(decodeShareState(`?torus=${torus}`).state.config.instanceDims, torus).toEqual([16, 16, 16]);
    }
    expect(decodeShareState('?torus=1x8').state.config.linksPerChip).toBe(2);
    expect(decodeShareState('?torus=1x1').state.config.linksPerChip).toBe(1);
  });

  it('?level=, ?stats=1 and ?orbit=1 keep their meaning; other flag values were off and still are, silently', () => {
    expect(decodeShareState('?torus=16x16x16&level=instance')).toEqual({
      state: customTorusState('rainier', [16, 16, 16], 'instance'),
      problems: [],
    });
    expect(decodeShareState('?preset=trn2&level=chip').state.view.level).toBe('chip');
    const on = decodeShareState('?stats=1&orbit=1');
    expect([on.state.view.stats, on.state.view.orbit, on.problems]).toEqual([true, true, []]);
    const off = decodeShareState('?stats=yes&orbit=true');
    expect([off.state.view.stats, off.state.view.orbit, off.problems]).toEqual([false, false, []]);
  });

  it('reports a bad torus as before and applies the rest', () => {
    const { state, problems } = decodeShareState('?preset=trn2&torus=0x4&stats=1');
    expect(state.config).toEqual(presetConfig('trn2'));
    expect(state.view.stats).toBe(true);
    expect(problems).toEqual([
      { parameter: 'torus', action: 'ignored', message: 'Ignored torus="0x4": Each size must be 1–32; got 0.' },
    ]);
  });

  it('v=0 reads as a link without v', () => {
    for (const link of ['torus=8x8&level=chip', 'preset=gb200-nvl72&stats=1', '']) {
      expect(decodeShareState(`v=0&${link}`)).toEqual(decodeShareState(link));
    }
  });

  it('re-encoded, a version-0 link becomes a current link of the same state', () => {
    for (const link of [
      '?torus=16x16x16',
      '?preset=dgx-b200&torus=4x4&level=chip&stats=1&orbit=1',
      '?preset=tpu-v5p-pod',
    ]) {
      const { state } = decodeShareState(link);
      const current = encodeShareState(state);
      expect(current.startsWith(`v=${CURRENT_VERSION}&`)).toBe(true);
      expect(decodeShareState(current)).toEqual({ state, problems: [] });
    }
    expect(encodeShareState(decodeShareState('?torus=16x16x16').state)).toBe(
      'v=2&preset=rainier&dims=16x16x16&inst=1&us=1&level=ultraserver',
    );
  });
});

describe('version 1: Compare defaulted to the current configuration against GB200 NVL72', () => {
  it('spells out the old comparison when a version-1 link leaves it unsaid', () => {
    const { state, problems } = decodeShareState('v=1&preset=rainier&panel=compare');
    expect(problems).toEqual([]);
    expect(state.view.compare).toEqual(['current', 'gb200-nvl72']);
    expect(state.view.baseline).toBe(0);
    expect(encodeShareState(state)).toBe('v=2&preset=rainier&panel=compare&compare=current,gb200-nvl72&base=0');
  });

  it('keeps what a version-1 link said about the comparison', () => {
    const { state } = decodeShareState('v=1&preset=trn2&compare=trn2,gb200-nvl72&base=1');
    expect(state.view.compare).toEqual(['trn2', 'gb200-nvl72']);
    expect(state.view.baseline).toBe(1);
  });

  it('opens current links, and version-0 links that had no comparison, on the seed article’s first pair', () => {
    for (const link of ['', '?preset=trn2', 'v=2&preset=rainier']) {
      const { view } = decodeShareState(link).state;
      expect([view.compare, view.baseline, view.compareBasis], link).toEqual([['trn2', 'dgx-b200'], 1, 'configured']);
    }
  });
});

describe('the migration chain', () => {
  it('has one migration per older version, in order', () => {
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(1);
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, k) => k));
  });

  it('never edits the parameters it is given', () => {
    const input = new URLSearchParams('torus=4x4&stats=yes');
    const before = input.toString();
    const { params } = migrateParams(input, 0);
    expect(input.toString()).toBe(before);
    expect(params.get('dims')).toBe('4x4');
  });

  it('leaves current links alone', () => {
    const input = new URLSearchParams('preset=trn2&us=4');
    expect(migrateParams(input, CURRENT_VERSION)).toEqual({ params: input, problems: [] });
  });

  it('encode never writes version 0, nor any version but the current one', () => {
    fc.assert(
      fc.property(shareStateArb, (state) => {
        const versions = new URLSearchParams(encodeShareState(state)).getAll('v');
        expect(versions).toEqual([String(CURRENT_VERSION)]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('links from a newer version', () => {
  it('read what this version knows and report the rest', () => {
    const { state, problems } = decodeShareState('v=3&preset=trn2&us=4&hologram=1&level=chip');
    expect(state.presetId).toBe('trn2');
    expect(state.config.ultraServers).toBe(4);
    expect(state.view.level).toBe('chip');
    expect(problems.map((p) => [p.parameter, p.action])).toEqual([
      ['v', 'defaulted'],
      ['hologram', 'ignored'],
    ]);
    expect(problems[0]!.message).toMatch(/newer clusterscope \(link version 3; this page reads up to 2\)/);
  });

  it('a version that is not a number reads as the current one, reported', () => {
    const { state, problems } = decodeShareState('v=abc&preset=trn2&us=4');
    expect(state.config.ultraServers).toBe(4);
    expect(problems).toEqual([
      {
        parameter: 'v',
        action: 'defaulted',
        message: 'Ignored v="abc": a link version is a whole number. Read as version 2.',
      },
    ]);
  });
});
