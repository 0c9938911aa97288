import { Color, LinearToneMapping, NeutralToneMapping, NoToneMapping, ReinhardToneMapping } from 'three';
import { describe, expect, it } from 'vitest';
import { toneMap } from '../../../src/scene/toneMap';

const rgb = (c: Color) => [c.r, c.g, c.b].map((v) => Number(v.toFixed(6)));

describe('toneMap (the colours a vector export gives a tone-mapped screen)', () => {
  it('leaves colours alone without tone mapping', () => {
    expect(rgb(toneMap(new Color(0.2, 0.5, 0.9), NoToneMapping, 3))).toEqual([0.2, 0.5, 0.9]);
  });
  it('Linear scales by the exposure and clips at 1', () => {
    // 0.3 × 2 = 0.6; 0.7 × 2 = 1.4 → 1.
    expect(rgb(toneMap(new Color(0.3, 0.7, 0), LinearToneMapping, 2))).toEqual([0.6, 1, 0]);
  });
  it('Reinhard maps x to x / (1 + x)', () => {
    // 1 → 1/2; 3 → 3/4.
    expect(rgb(toneMap(new Color(1, 3, 0), ReinhardToneMapping, 1))).toEqual([0.5, 0.75, 0]);
  });
  it('Neutral only lowers the black offset below its compression start', () => {
    // Grey 0.5: the minimum 0.5 ≥ 0.08, so the offset is 0.04 → 0.46; the peak 0.46 < 0.76 is not compressed.
    expect(rgb(toneMap(new Color(0.5, 0.5, 0.5), NeutralToneMapping, 1))).toEqual([0.46, 0.46, 0.46]);
  });
});
