import { describe, expect, it } from 'vitest';
import { displayedPixelRatio } from '../../../src/scene/displayedPixelRatio';

describe('displayedPixelRatio', () => {
  it('multiplies the screen ratio by the CSS scale the canvas is displayed at', () => {
    // A 640 px wide canvas shown 1280 px wide (a slide scaled 2×) on a 1× screen: 2 device px per CSS px.
    expect(displayedPixelRatio(1, 1280, 640, false)).toBe(2);
    // Unscaled on a 2× screen: the screen's 2.
    expect(displayedPixelRatio(2, 800, 800, false)).toBe(2);
    // 1.5× scale on a 1× screen.
    expect(displayedPixelRatio(1, 960, 640, false)).toBe(1.5);
  });

  it('is bounded: at least 1 (2 in embeds), at most 3', () => {
    // 2× screen × 2× scale = 4, capped at 3.
    expect(displayedPixelRatio(2, 2000, 1000, false)).toBe(3);
    // Shrunk to half on a 1× screen: still 1, never below.
    expect(displayedPixelRatio(1, 320, 640, false)).toBe(1);
    // An embed unscaled on a 1× screen still renders at 2×: outer transforms are invisible from inside a frame.
    expect(displayedPixelRatio(1, 640, 640, true)).toBe(2);
  });

  it('rounds to a quarter and survives nonsense', () => {
    // 1.1 → nearest quarter 1; 1.9 → 2.
    expect(displayedPixelRatio(1.1, 100, 100, false)).toBe(1);
    expect(displayedPixelRatio(1.9, 100, 100, false)).toBe(2);
    expect(displayedPixelRatio(Number.NaN, 0, 0, false)).toBe(1);
    expect(displayedPixelRatio(1, 100, 0, false)).toBe(1);
  });
});
