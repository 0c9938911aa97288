import { describe, expect, it } from 'vitest';
import { parseRadialGradient, svgBackdrop } from '../../../src/ui/share/cssBackdrop';

describe('parseRadialGradient', () => {
  it('reads the computed form of an elliptical gradient: radii, centre and stops', () => {
    // Chrome writes `ellipse 75% 70% at 50% 45%, #0d1117 35%, #0a0e13 100%` back like this.
    const css = 'radial-gradient(75% 70% at 50% 45%, rgb(13, 17, 23) 35%, rgb(10, 14, 19) 100%)';
    expect(parseRadialGradient(css)).toEqual({
      kind: 'radial',
      cx: 0.5,
      cy: 0.45,
      rx: 0.75,
      ry: 0.7,
      stops: [
        { offset: 0.35, color: 'rgb(13, 17, 23)' },
        { offset: 1, color: 'rgb(10, 14, 19)' },
      ],
    });
  });
  it('refuses what it cannot redraw', () => {
    expect(parseRadialGradient('linear-gradient(red, blue)')).toBeNull();
    expect(parseRadialGradient('radial-gradient(closest-side at 10px 20px, red, blue)')).toBeNull();
  });
});

describe('svgBackdrop', () => {
  it('squeezes a circle of the horizontal radius into the ellipse', () => {
    // 1000 × 500 picture: rx = 0.75 × 1000 = 750, ry = 0.7 × 500 = 350, squeeze 350 / 750.
    const svg = svgBackdrop(
      { kind: 'radial', cx: 0.5, cy: 0.45, rx: 0.75, ry: 0.7, stops: [{ offset: 0, color: '#000' }] },
      1000,
      500,
    );
    expect(svg).toContain('r="750"');
    expect(svg).toContain(`translate(500 225) scale(1 ${350 / 750})`);
  });
});
