import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countOverlaps,
  placeLabels,
  rectsIntersect,
  segmentCrossesRect,
  type LabelCandidate,
  type Rect,
} from '../../../../src/ui/labels/placeLabels';

const label = (id: string, anchorX: number, anchorY: number, priority = 0, size = [40, 16]): LabelCandidate => ({
  id,
  anchorX,
  anchorY,
  width: size[0]!,
  height: size[1]!,
  priority,
});

/** Every pair checked: the reference the sweep must agree with. */
function bruteForceOverlaps(rects: Rect[]): number {
  let n = 0;
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!;
      const b = rects[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0 && dx > 0 && dy > 0) n++;
    }
  }
  return n;
}

const rectArb = fc.record({
  x: fc.integer({ min: 0, max: 300 }),
  y: fc.integer({ min: 0, max: 300 }),
  width: fc.integer({ min: 0, max: 80 }),
  height: fc.integer({ min: 0, max: 40 }),
});

describe('countOverlaps', () => {
  it('counts the pairs a brute-force check finds', () => {
    fc.assert(
      fc.property(fc.array(rectArb, { maxLength: 60 }), (rects) => {
        expect(countOverlaps(rects)).toBe(bruteForceOverlaps(rects));
      }),
    );
  });

  it('does not count boxes that only touch', () => {
    // [0,10]×[0,10] and [10,20]×[0,10] share an edge, no area.
    expect(
      countOverlaps([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 10, y: 0, width: 10, height: 10 },
      ]),
    ).toBe(0);
    // Three boxes stacked on one spot: 3 pairs.
    const box = { x: 5, y: 5, width: 10, height: 10 };
    expect(countOverlaps([box, box, box])).toBe(3);
  });
});

describe('segmentCrossesRect', () => {
  const r = { x: 10, y: 10, width: 10, height: 10 };
  it('sees a segment through the box, and misses one beside it', () => {
    expect(segmentCrossesRect(0, 15, 30, 15, r)).toBe(true);
    expect(segmentCrossesRect(0, 5, 30, 5, r)).toBe(false);
    // Ends short of the box.
    expect(segmentCrossesRect(0, 15, 9, 15, r)).toBe(false);
    // Diagonal through a corner region: y = x passes (10,10)–(20,20).
    expect(segmentCrossesRect(0, 0, 30, 30, r)).toBe(true);
  });
});

describe('placeLabels', () => {
  const area = { width: 400, height: 300 };

  it('puts a lone label centred above its anchor', () => {
    // 40×16 box, offset 6: x = 100 − 20 = 80, y = 100 − 16 − 6 = 78.
    const [p] = placeLabels([label('a', 100, 100)], area);
    expect(p).toMatchObject({ visible: true, leader: false, compact: false, x: 80, y: 78, width: 40, height: 16 });
  });

  it('gives the spot to the higher priority and moves the other below the same anchor', () => {
    const [low, high] = placeLabels([label('low', 100, 100, 1), label('high', 100, 100, 5)], area);
    expect(high).toMatchObject({ visible: true, x: 80, y: 78 });
    // Below: y = 100 + 6 = 106.
    expect(low).toMatchObject({ visible: true, leader: false, x: 80, y: 106 });
  });

  it('shortens a label before moving it onto a leader line', () => {
    const blockers: Rect[] = [
      // Everything beside (100, 100) except a small spot above it is covered.
      { x: 0, y: 0, width: 400, height: 80 },
      { x: 0, y: 100, width: 400, height: 200 },
      { x: 0, y: 80, width: 85, height: 20 },
      { x: 115, y: 80, width: 285, height: 20 },
    ];
    const c = { ...label('a', 100, 100), width: 60, height: 18, compactWidth: 28, compactHeight: 12 };
    const [p] = placeLabels([c], { ...area, obstacles: blockers, gap: 0, offset: 6 });
    // Compact box above: x = 100 − 14 = 86, y = 100 − 12 − 6 = 82, inside the free spot [85,115]×[80,100].
    expect(p).toMatchObject({ visible: true, compact: true, leader: false, x: 86, y: 82 });
  });

  it('puts a callout to the right on a leader line', () => {
    // x = 100 + 6 + 48 = 154, y = 100 − 16 / 2 = 92; the line meets the box's left edge level with the anchor.
    const [p] = placeLabels([{ ...label('part', 100, 100), callout: true }], area);
    expect(p).toMatchObject({ visible: true, leader: true, x: 154, y: 92, leaderX: 154, leaderY: 100 });
  });

  it('hides labels whose anchor is off screen, and slides a box at the edge back inside', () => {
    const placements = placeLabels([label('off', -5, 50), label('edge', 2, 2)], area);
    expect(placements[0]!.visible).toBe(false);
    // Above (2, 2) would be x = 2 − 20 = −18, y = 2 − 16 − 6 = −20: clamped to the corner (0, 0).
    expect(placements[1]).toMatchObject({ visible: true, leader: false, x: 0, y: 0 });
  });

  it('never lets two visible labels, or a label and an obstacle, share area, however crowded', () => {
    const obstacle = { x: 150, y: 0, width: 100, height: 40 };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 400 }),
            y: fc.integer({ min: 0, max: 300 }),
            w: fc.integer({ min: 10, max: 120 }),
            h: fc.integer({ min: 8, max: 30 }),
            priority: fc.integer({ min: 0, max: 5 }),
          }),
          { maxLength: 80 },
        ),
        (specs) => {
          const candidates = specs.map((s, i) => label(`l${i}`, s.x, s.y, s.priority, [s.w, s.h]));
          const placed = placeLabels(candidates, { ...area, obstacles: [obstacle] }).filter((p) => p.visible);
          expect(countOverlaps(placed)).toBe(0);
          for (const p of placed) {
            expect(rectsIntersect(p, obstacle)).toBe(false);
            expect(p.x >= 0 && p.y >= 0 && p.x + p.width <= 400 && p.y + p.height <= 300).toBe(true);
          }
        },
      ),
    );
  });

  it('moves a label whose neighbourhood is taken onto a leader line', () => {
    // The obstacle covers every slot beside (200, 150) and the first ring of leader slots (k = 1.6):
    // up is y = 150 − 14 − 6 − 1.6·14 = 107.6, whose box reaches 121.6 > 120.
    // The next ring up, k = 2.8: y = 150 − 20 − 39.2 = 90.8, box [185, 215] × [90.8, 104.8], is free.
    const obstacle = { x: 150, y: 120, width: 100, height: 60 };
    const [p] = placeLabels([label('a', 200, 150, 0, [30, 14])], { ...area, obstacles: [obstacle] });
    expect(p!.visible).toBe(true);
    expect(p!.leader).toBe(true);
    expect(p!.x).toBeCloseTo(185, 6);
    expect(p!.y).toBeCloseTo(90.8, 6);
    // The line runs from the anchor to the box's nearest point, the middle of its bottom edge.
    expect(p!.leaderX).toBeCloseTo(200, 6);
    expect(p!.leaderY).toBeCloseTo(104.8, 6);
  });

  it("never draws a label across another label's leader line", () => {
    // Six anchors 8 px apart in a row: too close for all to sit beside their anchors.
    const candidates = [5, 4, 3, 2, 1, 0].map((p, i) => label(`p${p}`, 200 + 8 * i, 150, p, [30, 14]));
    const placed = placeLabels(candidates, area).filter((p) => p.visible);
    expect(placed.some((p) => p.leader)).toBe(true);
    for (const lead of placed.filter((p) => p.leader)) {
      for (const other of placed.filter((p) => p !== lead)) {
        expect(segmentCrossesRect(lead.anchorX, lead.anchorY, lead.leaderX, lead.leaderY, other)).toBe(false);
      }
    }
  });
});
