import { describe, expect, it } from 'vitest';
import { chipBoxGeometry, shadedBoxGeometry, tileGeometry } from '../../../src/scene/shadedBoxGeometry';

/** The shade of each vertex with the face normal it belongs to, as "x,y,z" strings. */
function shadesByNormal(geometry: ReturnType<typeof shadedBoxGeometry>): Map<string, Set<number>> {
  const normal = geometry.getAttribute('normal');
  const color = geometry.getAttribute('color');
  const shades = new Map<string, Set<number>>();
  for (let i = 0; i < normal.count; i++) {
    const key = [normal.getX(i), normal.getY(i), normal.getZ(i)].join(',');
    const shade = color.getX(i);
    expect([color.getY(i), color.getZ(i)]).toEqual([shade, shade]);
    shades.set(key, (shades.get(key) ?? new Set()).add(shade));
  }
  return shades;
}

describe('shadedBoxGeometry', () => {
  it('shades each face evenly in grey, the top brightest and the bottom darkest, as if lit from above', () => {
    const shades = shadesByNormal(shadedBoxGeometry(1, 2, 3));
    expect(shades.size).toBe(6);
    for (const set of shades.values()) expect(set.size).toBe(1);
    const shade = (key: string) => [...shades.get(key)!][0]!;
    const sides = ['1,0,0', '-1,0,0', '0,0,1', '0,0,-1'].map(shade);
    expect(shade('0,1,0')).toBeGreaterThan(Math.max(...sides));
    expect(shade('0,-1,0')).toBeLessThan(Math.min(...sides));
  });
});

describe('chipBoxGeometry', () => {
  it('maps the whole texture on the top face only; other faces sample one corner', () => {
    const geometry = chipBoxGeometry(1, 0.2, 1);
    const normal = geometry.getAttribute('normal');
    const uv = geometry.getAttribute('uv');
    const top: number[][] = [];
    for (let i = 0; i < uv.count; i++) {
      const point = [uv.getX(i), uv.getY(i)];
      if (normal.getY(i) === 1) top.push(point);
      else expect(point.map((v) => Math.fround(v))).toEqual([Math.fround(0.01), Math.fround(0.01)]);
    }
    expect(top.sort()).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
  });
});

describe('tileGeometry', () => {
  it('is two triangles lying flat, facing up, sized width × depth', () => {
    const geometry = tileGeometry(2, 3);
    expect(geometry.index?.count).toBe(6);
    geometry.computeBoundingBox();
    const box = geometry.boundingBox!;
    expect(box.max.x - box.min.x).toBeCloseTo(2, 6);
    expect(box.max.y - box.min.y).toBeCloseTo(0, 6);
    expect(box.max.z - box.min.z).toBeCloseTo(3, 6);
    const normal = geometry.getAttribute('normal');
    for (let i = 0; i < normal.count; i++) expect(normal.getY(i)).toBeCloseTo(1, 6);
  });
});
