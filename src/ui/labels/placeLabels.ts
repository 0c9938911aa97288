/**
 * Collision-free placement of screen labels, as pure geometry (no DOM): the label layer measures
 * its elements, projects their anchors and asks here where each may go. CSS pixels, y down.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  id: string;
  /** The point on screen the label names (a building's roof, a chip's centre). */
  anchorX: number;
  anchorY: number;
  /** Size of the full label. */
  width: number;
  height: number;
  /** Size of the shortened label (detail line dropped), if it has one. */
  compactWidth?: number;
  compactHeight?: number;
  /** Higher places first and wins a collision. Ties keep input order. */
  priority: number;
  /** Prefer a callout to the right on a leader line (parts of a machine) over sitting beside the anchor. Default false. */
  callout?: boolean;
}

export interface LabelPlacement {
  id: string;
  visible: boolean;
  /** Shown in its shortened form. */
  compact: boolean;
  /** Drawn away from its anchor with a leader line from the anchor to the box. */
  leader: boolean;
  /** Top-left corner and size of the box (meaningless when hidden). */
  x: number;
  y: number;
  width: number;
  height: number;
  anchorX: number;
  anchorY: number;
  /** Where the leader line meets the box (equals the anchor without a leader). */
  leaderX: number;
  leaderY: number;
}

export interface PlaceLabelsOptions {
  /** The drawing area: labels stay wholly inside it, and anchors outside it hide their label. */
  width: number;
  height: number;
  /** Clear space kept between two labels, px. Default 3. */
  gap?: number;
  /** Distance from the anchor to a label placed beside it, px. Default 6. */
  offset?: number;
  /** Areas no label may cover (legends, toolbars). Default none. */
  obstacles?: readonly Rect[];
  /** Most labels considered, highest priority first; the rest hide, so the work stays bounded. Default 400. */
  maxLabels?: number;
}

/** True when two rectangles share area (touching edges do not). */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Pairs of rectangles that share area: sort by left edge and sweep, so n labels cost n log n plus
 * the pairs that overlap in x.
 */
export function countOverlaps(rects: readonly Rect[]): number {
  const sorted = rects.filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.x - b.x);
  let pairs = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x >= a.x + a.width) break;
      if (rectsIntersect(a, b)) pairs++;
    }
  }
  return pairs;
}

/** Whether segment p→q passes through rectangle r (Liang–Barsky clipping). */
export function segmentCrossesRect(px: number, py: number, qx: number, qy: number, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = qx - px;
  const dy = qy - py;
  const edges: [number, number][] = [
    [-dx, px - r.x],
    [dx, r.x + r.width - px],
    [-dy, py - r.y],
    [dy, r.y + r.height - py],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t1 - t0 > 1e-9;
}

interface Slot {
  /** Box top-left relative to the anchor, from the box size (w, h). */
  dx: (w: number, h: number) => number;
  dy: (w: number, h: number) => number;
  leader: boolean;
}

/**
 * Positions tried in order: beside the anchor (above, below, right, left), then further away on
 * a leader line (up, up-right, up-left, down), at growing distances.
 */
function slots(offset: number): Slot[] {
  const direct: Slot[] = [
    { dx: (w) => -w / 2, dy: (_w, h) => -h - offset, leader: false },
    { dx: (w) => -w / 2, dy: () => offset, leader: false },
    { dx: () => offset, dy: (_w, h) => -h / 2, leader: false },
    { dx: (w) => -w - offset, dy: (_w, h) => -h / 2, leader: false },
  ];
  const led: Slot[] = [];
  for (const k of [1.6, 2.8, 4.2]) {
    led.push(
      { dx: (w) => -w / 2, dy: (_w, h) => -h - offset - k * h, leader: true },
      { dx: (_w, h) => offset + k * h * 0.8, dy: (_w, h) => -h - offset - k * h * 0.7, leader: true },
      { dx: (w, h) => -w - offset - k * h * 0.8, dy: (_w, h) => -h - offset - k * h * 0.7, leader: true },
      { dx: (w) => -w / 2, dy: (_w, h) => offset + k * h, leader: true },
    );
  }
  return [...direct, ...led];
}

/** Callouts: to the right of the anchor at growing distances, level with it or stepped up and down. */
function calloutSlots(offset: number): Slot[] {
  const out: Slot[] = [];
  for (const reach of [48, 96, 150]) {
    for (const step of [0, -1.2, 1.2, -2.4, 2.4]) {
      out.push({ dx: () => offset + reach, dy: (_w, h) => -h / 2 + step * h, leader: true });
    }
  }
  return out;
}

/** Point of rectangle r nearest to (x, y): where a leader line from (x, y) meets the box. */
function nearestPoint(r: Rect, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, r.x), r.x + r.width), Math.min(Math.max(y, r.y), r.y + r.height)];
}

const hidden = (c: LabelCandidate): LabelPlacement => ({
  id: c.id,
  visible: false,
  compact: false,
  leader: false,
  x: 0,
  y: 0,
  width: 0,
  height: 0,
  anchorX: c.anchorX,
  anchorY: c.anchorY,
  leaderX: c.anchorX,
  leaderY: c.anchorY,
});

/**
 * Greedy placement by priority: each label takes the first slot (full form before shortened,
 * beside its anchor before on a leader line) whose box stays inside the area and clear of the
 * obstacles, the labels already placed and their leader lines; otherwise it hides. No two
 * visible boxes ever share area, gap included. Returns one placement per candidate, in input order.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlaceLabelsOptions): LabelPlacement[] {
  const gap = options.gap ?? 3;
  const offset = options.offset ?? 6;
  const obstacles = options.obstacles ?? [];
  const maxLabels = options.maxLabels ?? 400;
  const { width, height } = options;

  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b]!.priority - candidates[a]!.priority || a - b);
  const result: LabelPlacement[] = candidates.map(hidden);
  // Placed boxes grown by the gap, and the leader lines drawn so far.
  const taken: Rect[] = [];
  const leaders: [number, number, number, number][] = [];
  const tries = slots(offset);
  const inArea = (r: Rect) => r.x >= 0 && r.y >= 0 && r.x + r.width <= width && r.y + r.height <= height;

  const free = (r: Rect, leader: [number, number, number, number] | null): boolean => {
    const grown = { x: r.x - gap / 2, y: r.y - gap / 2, width: r.width + gap, height: r.height + gap };
    for (const t of taken) if (rectsIntersect(grown, t)) return false;
    for (const o of obstacles) if (rectsIntersect(r, o)) return false;
    for (const [ax, ay, bx, by] of leaders) if (segmentCrossesRect(ax, ay, bx, by, r)) return false;
    if (leader) {
      for (const t of taken) if (segmentCrossesRect(leader[0], leader[1], leader[2], leader[3], t)) return false;
    }
    return true;
  };

  let considered = 0;
  for (const index of order) {
    const c = candidates[index]!;
    if (considered >= maxLabels) break;
    const anchorInside = c.anchorX >= 0 && c.anchorX <= width && c.anchorY >= 0 && c.anchorY <= height;
    if (!anchorInside || !(c.width > 0) || !(c.height > 0)) continue;
    considered++;
    const forms: { w: number; h: number; compact: boolean }[] = [{ w: c.width, h: c.height, compact: false }];
    if (c.compactWidth !== undefined && c.compactHeight !== undefined && c.compactWidth > 0 && c.compactHeight > 0) {
      forms.push({ w: c.compactWidth, h: c.compactHeight, compact: true });
    }
    // Beside the anchor in any form beats a leader line; a leader line beats hiding.
    let placed: LabelPlacement | null = null;
    // A callout tries its callout slots first, in both forms, then the usual order.
    const order = c.callout ? [true, false, true] : [false, true];
    for (const [pass, wantLeader] of order.entries()) {
      const list = c.callout && pass === 0 ? calloutSlots(offset) : tries;
      for (const form of forms) {
        for (const slot of list) {
          if (slot.leader !== wantLeader) continue;
          const box = {
            x: c.anchorX + slot.dx(form.w, form.h),
            y: c.anchorY + slot.dy(form.w, form.h),
            width: form.w,
            height: form.h,
          };
          // Beside the anchor, a box that sticks out of the area slides back in; one on a leader line is skipped.
          if (!inArea(box)) {
            if (slot.leader || form.w > width || form.h > height) continue;
            box.x = Math.min(Math.max(box.x, 0), width - form.w);
            box.y = Math.min(Math.max(box.y, 0), height - form.h);
          }
          const [lx, ly] = slot.leader ? nearestPoint(box, c.anchorX, c.anchorY) : [c.anchorX, c.anchorY];
          const line: [number, number, number, number] | null = slot.leader ? [c.anchorX, c.anchorY, lx, ly] : null;
          if (!free(box, line)) continue;
          placed = {
            id: c.id,
            visible: true,
            compact: form.compact,
            leader: slot.leader,
            ...box,
            anchorX: c.anchorX,
            anchorY: c.anchorY,
            leaderX: lx,
            leaderY: ly,
          };
          break;
        }
        if (placed) break;
      }
      if (placed) break;
    }
    if (!placed) continue;
    result[index] = placed;
    taken.push({
      x: placed.x - gap / 2,
      y: placed.y - gap / 2,
      width: placed.width + gap,
      height: placed.height + gap,
    });
    if (placed.leader) leaders.push([placed.anchorX, placed.anchorY, placed.leaderX, placed.leaderY]);
  }
  return result;
}
