import { describe, expect, it } from 'vitest';
import { convexHull } from '../../../src/scene/convexHull';

describe('convexHull', () => {
  it('keeps the corners of a square and drops its centre and edge midpoints', () => {
    // A 2 × 2 square with its centre (1, 1) and the midpoint (1, 0) of its bottom edge.
    const hull = convexHull([0, 0, 2, 0, 2, 2, 0, 2, 1, 1, 1, 0]);
    const corners = [];
    for (let i = 0; i < hull.length; i += 2) corners.push(`${hull[i]},${hull[i + 1]}`);
    expect(corners.sort()).toEqual(['0,0', '0,2', '2,0', '2,2']);
  });
  it('returns fewer than three points as they are', () => {
    expect(convexHull([1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
  });
});
