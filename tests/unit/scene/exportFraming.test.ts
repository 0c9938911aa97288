import { describe, expect, it } from 'vitest';
import {
  cameraWindow,
  fitWindow,
  pixelToPlane,
  planeBounds,
  planeToPixel,
  tiles,
} from '../../../src/scene/exportFraming';

describe('cameraWindow', () => {
  it('spans tan(fov/2) above and below the axis, aspect times that sideways', () => {
    // fov 90° → tan 45° = 1; aspect 2 → ±2 sideways; zoom 2 halves both.
    const w = cameraWindow(90, 2);
    expect([w.left, w.right, w.top, w.bottom].map((v) => Number(v.toFixed(9)))).toEqual([-2, 2, 1, -1]);
    const zoomed = cameraWindow(90, 2, 2);
    expect(zoomed.top).toBeCloseTo(0.5);
    expect(zoomed.right).toBeCloseTo(1);
  });
});

describe('pixels and the image plane', () => {
  const window = { left: -2, right: 2, top: 1, bottom: -1 };
  it('puts the picture centre on the axis and its corners on the window edges', () => {
    expect(pixelToPlane(window, 400, 200, 200, 100)).toEqual({ u: 0, v: 0 });
    expect(pixelToPlane(window, 400, 200, 0, 0)).toEqual({ u: -2, v: 1 });
    expect(pixelToPlane(window, 400, 200, 400, 200)).toEqual({ u: 2, v: -1 });
  });
  it('maps back to the same pixel', () => {
    const p = pixelToPlane(window, 400, 200, 37, 151);
    const back = planeToPixel(window, 400, 200, p.u, p.v);
    expect(back.x).toBeCloseTo(37);
    expect(back.y).toBeCloseTo(151);
  });
});

describe('planeBounds', () => {
  it('bounds the points and skips non-finite ones', () => {
    expect(planeBounds([0, 0, 2, -1, -1, 3, Number.NaN, 9])).toEqual({ left: -1, right: 2, top: 3, bottom: -1 });
  });
  it('is null without points', () => {
    expect(planeBounds([])).toBeNull();
  });
});

describe('fitWindow', () => {
  it('fills the frame at one scale, centred, and maps the content onto the frame', () => {
    // Content 2 wide × 1 tall into a 1000 × 1000 frame at (100, 50) of a 1200 × 1100 picture:
    // width binds, 500 px per unit; the content is 1000 × 500 px, centred at the frame's centre (600, 550).
    const content = { left: -1, right: 1, top: 0.5, bottom: -0.5 };
    const w = fitWindow(content, { x: 100, y: 50, width: 1000, height: 1000 }, 1200, 1100);
    const topLeft = planeToPixel(w, 1200, 1100, -1, 0.5);
    const bottomRight = planeToPixel(w, 1200, 1100, 1, -0.5);
    expect(topLeft.x).toBeCloseTo(100);
    expect(topLeft.y).toBeCloseTo(300);
    expect(bottomRight.x).toBeCloseTo(1100);
    expect(bottomRight.y).toBeCloseTo(800);
    // One scale both ways: 1200 px / 500 px per unit = 2.4 units wide, 1100 / 500 = 2.2 tall.
    expect(w.right - w.left).toBeCloseTo(2.4);
    expect(w.top - w.bottom).toBeCloseTo(2.2);
  });
  it('survives a single point', () => {
    const w = fitWindow({ left: 0, right: 0, top: 0, bottom: 0 }, { x: 0, y: 0, width: 10, height: 10 }, 10, 10);
    expect(Number.isFinite(w.left) && Number.isFinite(w.top)).toBe(true);
  });
});

describe('tiles', () => {
  it('covers the picture exactly, each tile with its own part of the window', () => {
    const window = { left: 0, right: 10, top: 5, bottom: 0 };
    const cut = tiles(window, 1000, 500, 400);
    // 1000 = 400 + 400 + 200 across, 500 = 400 + 100 down: 6 tiles.
    expect(cut.map((t) => [t.x, t.y, t.width, t.height])).toEqual([
      [0, 0, 400, 400],
      [400, 0, 400, 400],
      [800, 0, 200, 400],
      [0, 400, 400, 100],
      [400, 400, 400, 100],
      [800, 400, 200, 100],
    ]);
    // 100 px per unit: the last tile spans u 8..10, v 1..0.
    expect(cut[5]!.window).toEqual({ left: 8, right: 10, top: 1, bottom: 0 });
  });
});
