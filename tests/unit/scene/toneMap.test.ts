import {
  ACESFilmicToneMapping,
  AgXToneMapping,
  Color,
  LinearToneMapping,
  NeutralToneMapping,
  NoToneMapping,
  ReinhardToneMapping,
} from 'three';
import { describe, expect, it } from 'vitest';
import { toneMap } from '../../../src/scene/toneMap';

const mapped = (rgb: [number, number, number], mapping: Parameters<typeof toneMap>[1], exposure = 1) => {
  const c = toneMap(new Color().setRGB(...rgb), mapping, exposure);
  return [c.r, c.g, c.b];
};
function close(actual: number[], expected: number[], digits = 4) {
  for (const [i, v] of actual.entries()) expect(v, `channel ${i}`).toBeCloseTo(expected[i]!, digits);
}

describe('toneMap (the renderer’s tone mapping, for vector exports)', () => {
  it('leaves the colour alone without tone mapping', () => {
    close(mapped([0.2, 3, -1], NoToneMapping), [0.2, 3, -1]);
  });

  it('linear: scales by the exposure and clips to 0–1', () => {
    close(mapped([0.5, 2, -1], LinearToneMapping), [0.5, 1, 0]);
    close(mapped([0.25, 0.5, 0.75], LinearToneMapping, 2), [0.5, 1, 1]);
  });

  it('Reinhard: e ÷ (1 + e), so 1 → 0.5 and 3 → 0.75', () => {
    close(mapped([1, 3, 0], ReinhardToneMapping), [0.5, 0.75, 0]);
  });

  it('ACES filmic: black stays black; a 0.6 grey is Hill’s fit at 1: 1.02449 ÷ 1.65476 = 0.6191', () => {
    // The input and output matrices' rows each sum to 1, so a grey stays grey and the fit
    // f(x) = (x(x + 0.0245786) − 0.000090537) ÷ (x(0.983729x + 0.432951) + 0.238081) applies to
    // x = 0.6 ÷ 0.6 = 1.
    close(mapped([0, 0, 0], ACESFilmicToneMapping), [0, 0, 0]);
    close(mapped([0.6, 0.6, 0.6], ACESFilmicToneMapping), [0.6191, 0.6191, 0.6191], 3);
  });

  it('Neutral: below the knee it only subtracts the 0.04 offset', () => {
    // Darkest channel 0.3 ≥ 0.08: offset 0.04; brightest after it 0.46 < 0.76: no compression.
    close(mapped([0.5, 0.4, 0.3], NeutralToneMapping), [0.46, 0.36, 0.26]);
  });

  it('AgX: stays within 0–1 and brightens as exposure rises', () => {
    let previous = -1;
    for (const exposure of [0.25, 0.5, 1, 2, 4, 8]) {
      const [r, g, b] = mapped([0.5, 0.5, 0.5], AgXToneMapping, exposure);
      for (const v of [r, g, b]) expect(v! >= 0 && v! <= 1).toBe(true);
      expect(g!).toBeGreaterThan(previous);
      previous = g!;
    }
  });
});
