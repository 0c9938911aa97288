import { describe, expect, it } from 'vitest';
import type { PathHop } from '../../../src/model/index';
import { pathTraversals, pointAlong, torusTraversal, traversalSegments } from '../../../src/scene/linkPolylines';
import { ringOfThree } from './handWiring';

const wiring = ringOfThree();
const RING = [3];

function point(traversal: ReturnType<typeof torusTraversal>, t: number): number[] {
  const out = new Float32Array(3);
  pointAlong(wiring, traversal, t, out, 0);
  return [...out];
}

describe('torusTraversal', () => {
  it('finds the drawn link between neighbours, forwards or backwards', () => {
    expect(torusTraversal(wiring, RING, 0, 1)).toMatchObject({ first: 0, count: 1, reversed: false, viaSwitch: -1 });
    // 1 → 0 runs the link drawn from 0 to 1 backwards.
    expect(torusTraversal(wiring, RING, 1, 0)).toMatchObject({ first: 0, count: 1, reversed: true });
  });

  it('finds the wrap-around arc: 2 → 0 is chip 2’s +1 link, 0 → 2 runs it backwards', () => {
    expect(torusTraversal(wiring, RING, 2, 0)).toMatchObject({ first: 2, count: 2, reversed: false });
    expect(torusTraversal(wiring, RING, 0, 2)).toMatchObject({ first: 2, count: 2, reversed: true });
  });

  it('goes straight (no drawn link) between chips that are not neighbours', () => {
    // In a 3×3 torus chips 0 = (0, 0) and 4 = (1, 1) differ in both dimensions.
    expect(torusTraversal(wiring, [3, 3], 0, 4)).toEqual({
      from: 0,
      to: 4,
      first: 0,
      count: 0,
      reversed: false,
      viaSwitch: -1,
    });
  });
});

describe('pathTraversals', () => {
  it('follows torus hops over their links and switch hops through their switch', () => {
    const hops: PathHop[] = [
      { from: 0, to: 1, dim: 0, direction: 1, viaSwitch: -1 },
      { from: 1, to: 2, dim: 0, direction: 1, viaSwitch: 0 },
    ];
    const [torusHop, switchHop] = pathTraversals(wiring, RING, hops);
    expect(torusHop).toMatchObject({ from: 0, to: 1, first: 0, count: 1 });
    expect(switchHop).toEqual({ from: 1, to: 2, first: 0, count: 0, reversed: false, viaSwitch: 0 });
  });
});

describe('traversalSegments', () => {
  it('draws each traversal over its real segments: a straight link, a two-segment arc, a switch hop', () => {
    const segments = traversalSegments(wiring, [
      torusTraversal(wiring, RING, 0, 1),
      torusTraversal(wiring, RING, 2, 0),
      { from: 0, to: 2, first: 0, count: 0, reversed: false, viaSwitch: 0 },
    ]);
    expect([...segments]).toEqual([
      // 0 → 1
      0, 0, 0, 1, 0, 0,
      // 2 → 0 over the arc
      2, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0,
      // 0 → switch → 2
      0, 0, 0, 5, 5, 5, 5, 5, 5, 2, 0, 0,
    ]);
  });

  it('draws a straight segment between chips with no drawn link', () => {
    const straight = { from: 0, to: 2, first: 0, count: 0, reversed: false, viaSwitch: -1 };
    expect([...traversalSegments(wiring, [straight])]).toEqual([0, 0, 0, 2, 0, 0]);
    expect(point(straight, 0.25)).toEqual([0.5, 0, 0]);
  });
});

describe('pointAlong', () => {
  it('moves along a straight link in the direction of travel', () => {
    expect(point(torusTraversal(wiring, RING, 0, 1), 0.25)).toEqual([0.25, 0, 0]);
    expect(point(torusTraversal(wiring, RING, 1, 0), 0.25)).toEqual([0.75, 0, 0]);
  });

  it('follows the arc segment by segment, ending on the far chip', () => {
    const wrap = torusTraversal(wiring, RING, 2, 0);
    // A quarter of the way is halfway along the first segment, (2, 0, 0) → (1, 1, 0).
    expect(point(wrap, 0.25)).toEqual([1.5, 0.5, 0]);
    expect(point(wrap, 0.5)).toEqual([1, 1, 0]);
    expect(point(wrap, 1)).toEqual([0, 0, 0]);
    // Backwards, 0 → 2: a quarter of the way is halfway down the second segment.
    expect(point(torusTraversal(wiring, RING, 0, 2), 0.25)).toEqual([0.5, 0.5, 0]);
  });

  it('goes chip → switch in the first half and switch → chip in the second', () => {
    const viaSwitch = { from: 0, to: 2, first: 0, count: 0, reversed: false, viaSwitch: 0 };
    // Halfway from (0, 0, 0) to the switch (5, 5, 5), then halfway from it to (2, 0, 0).
    expect(point(viaSwitch, 0.25)).toEqual([2.5, 2.5, 2.5]);
    expect(point(viaSwitch, 0.75)).toEqual([3.5, 2.5, 2.5]);
  });

  it('writes at the offset it is given', () => {
    const out = new Float32Array(6).fill(9);
    pointAlong(wiring, torusTraversal(wiring, RING, 0, 1), 0.5, out, 3);
    expect([...out]).toEqual([9, 9, 9, 0.5, 0, 0]);
  });
});
