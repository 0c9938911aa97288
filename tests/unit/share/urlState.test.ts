import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUrlState } from '../../../src/share/urlState';
import { parseTorusDims } from '../../../src/model/limits';
import { PRESET_IDS } from '../../../src/model/presets/preset';

describe('decodeUrlState', () => {
  it('opens Project Rainier by default and any preset by id', () => {
    expect(decodeUrlState('').presetId).toBe('rainier');
    for (const id of PRESET_IDS) expect(decodeUrlState(`?preset=${id}`)).toMatchObject({ presetId: id, problems: [] });
  });

  it('reports an unknown preset, a bad torus and a bad level, applying the rest', () => {
    const s = decodeUrlState('?preset=nope&torus=0x4&level=moon&stats=1&orbit=1');
    expect(s.presetId).toBe('rainier');
    expect(s.problems.map((p) => [p.parameter, p.action])).toEqual([
      ['torus', 'ignored'],
      ['preset', 'defaulted'],
      ['level', 'ignored'],
    ]);
    expect(s.torusDims).toBeNull();
    expect(s.showStats).toBe(true);
    expect(s.orbit).toBe(true);
  });

  it('opens the level each preset opens on, and any level a link names, the site levels included', () => {
    expect(decodeUrlState('?preset=trn2').level).toBe('instance');
    expect(decodeUrlState('?preset=trn2-ultraserver').level).toBe('ultraserver');
    for (const level of ['campus', 'building', 'rack', 'ultraserver', 'instance', 'chip']) {
      expect(decodeUrlState(`?preset=trn2&level=${level}`)).toMatchObject({ level, problems: [] });
    }
  });

  it('gives the custom torus of a version-0 link, on the preset it was typed over', () => {
    expect(decodeUrlState('?torus=16x16x16')).toMatchObject({ presetId: 'rainier', torusDims: [16, 16, 16], level: 'ultraserver', problems: [] });
    expect(decodeUrlState('?preset=dgx-b200&torus=4x4&level=chip')).toMatchObject({ presetId: 'dgx-b200', torusDims: [4, 4], level: 'chip' });
    expect(decodeUrlState('?v=1&preset=custom&dims=8x8&inst=1&us=1&links=4&level=ultraserver').torusDims).toEqual([8, 8]);
    expect(decodeUrlState('?preset=trn2').torusDims).toBeNull();
    // Other edits are not a custom torus: the store takes the whole state later.
    expect(decodeUrlState('?v=1&preset=rainier&us=5').torusDims).toBeNull();
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (text) => void decodeUrlState(text)));
    fc.assert(fc.property(fc.string(), (text) => void decodeUrlState(`?preset=${text}&torus=${text}&level=${text}`)));
  });
});

describe('parseTorusDims', () => {
  it('reads the usual ways of writing a torus', () => {
    for (const text of ['16x16x16', '16×16×16', '16 16 16', '16,16,16', ' 16 x 16 x 16 ']) {
      expect(parseTorusDims(text)).toEqual({ ok: true, dims: [16, 16, 16] });
    }
    expect(parseTorusDims('16x20x28')).toEqual({ ok: true, dims: [16, 20, 28] });
  });

  it('refuses nonsense with the allowed range', () => {
    for (const text of ['0x4', '4x4x4x4', '', 'ax4', '-4x4', '4.5x4', '33x2', '1e3']) {
      const r = parseTorusDims(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/\d/);
    }
  });
});
