import { coordsOf, MAX_DRAWN_DIMS, type DomainWiring, type PathHop } from '../model/index';

/** A link traversed in a direction: the wiring's segments from `from` to `to`, possibly reversed. */
export interface Traversal {
  from: number;
  to: number;
  /** First segment and count in the wiring; count 0 means "no drawn link: go straight". */
  first: number;
  count: number;
  reversed: boolean;
  /** Switched: the switch the traversal passes through, else -1. */
  viaSwitch: number;
}

/** Finds the drawn link between two torus neighbors, in the direction of travel. */
export function torusTraversal(wiring: DomainWiring, dims: readonly number[], from: number, to: number): Traversal {
  const a = coordsOf(from, dims);
  const b = coordsOf(to, dims);
  for (let d = 0; d < dims.length && d < MAX_DRAWN_DIMS; d++) {
    if (a[d] === b[d]) continue;
    const k = dims[d]!;
    const forward = (a[d]! + 1) % k === b[d];
    const backward = (b[d]! + 1) % k === a[d];
    const differsElsewhere = a.some((c, i) => i !== d && c !== b[i]);
    if (differsElsewhere || (!forward && !backward)) break;
    const owner = forward ? from : to;
    const index = owner * MAX_DRAWN_DIMS + d;
    return {
      from,
      to,
      first: wiring.linkFirstSegment[index]!,
      count: wiring.linkSegmentCount[index]!,
      reversed: !forward,
      viaSwitch: -1,
    };
  }
  return { from, to, first: 0, count: 0, reversed: false, viaSwitch: -1 };
}

/**
 * Whether both ends of a traversal are drawn. A torus of more than three dimensions draws its
 * first three only (chips 0 … chipCount − 1): hops beyond them have no position to draw at.
 */
export const isDrawnTraversal = (wiring: DomainWiring, t: Traversal) =>
  t.from < wiring.chipCount && t.to < wiring.chipCount && (t.viaSwitch < 0 || t.viaSwitch < wiring.switchCount);

/** The traversals of a highlighted path, over the chips that are drawn. */
export function pathTraversals(wiring: DomainWiring, dims: readonly number[], hops: readonly PathHop[]): Traversal[] {
  return hops
    .map((h) =>
      h.viaSwitch >= 0
        ? { from: h.from, to: h.to, first: 0, count: 0, reversed: false, viaSwitch: h.viaSwitch }
        : torusTraversal(wiring, dims, h.from, h.to),
    )
    .filter((t) => isDrawnTraversal(wiring, t));
}

function copyPoint(src: Float32Array, srcOffset: number, dst: Float32Array, dstOffset: number) {
  dst[dstOffset] = src[srcOffset]!;
  dst[dstOffset + 1] = src[srcOffset + 1]!;
  dst[dstOffset + 2] = src[srcOffset + 2]!;
}

/** Line-segment vertices (two points per segment) drawing the traversals over their real links. */
export function traversalSegments(wiring: DomainWiring, traversals: readonly Traversal[]): Float32Array {
  let segments = 0;
  for (const t of traversals) segments += t.viaSwitch >= 0 ? 2 : Math.max(t.count, 1);
  const out = new Float32Array(segments * 6);
  let o = 0;
  for (const t of traversals) {
    if (t.viaSwitch >= 0) {
      const s = wiring.switchPositions;
      copyPoint(wiring.chipPositions, t.from * 3, out, o);
      copyPoint(s, t.viaSwitch * 3, out, o + 3);
      copyPoint(s, t.viaSwitch * 3, out, o + 6);
      copyPoint(wiring.chipPositions, t.to * 3, out, o + 9);
      o += 12;
    } else if (t.count === 0) {
      copyPoint(wiring.chipPositions, t.from * 3, out, o);
      copyPoint(wiring.chipPositions, t.to * 3, out, o + 3);
      o += 6;
    } else {
      out.set(wiring.linkVertices.subarray(t.first * 6, (t.first + t.count) * 6), o);
      o += t.count * 6;
    }
  }
  return out;
}

/** Writes the point a fraction `t` along a traversal into out[offset..offset+3). */
export function pointAlong(wiring: DomainWiring, traversal: Traversal, t: number, out: Float32Array, offset: number) {
  const v = wiring.linkVertices;
  if (traversal.viaSwitch >= 0 || traversal.count === 0) {
    const c = wiring.chipPositions;
    const mid = traversal.viaSwitch >= 0 ? wiring.switchPositions : null;
    const ax = c[traversal.from * 3]!,
      ay = c[traversal.from * 3 + 1]!,
      az = c[traversal.from * 3 + 2]!;
    const bx = c[traversal.to * 3]!,
      by = c[traversal.to * 3 + 1]!,
      bz = c[traversal.to * 3 + 2]!;
    if (mid) {
      const s = traversal.viaSwitch * 3;
      const [px, py, pz, qx, qy, qz, u] =
        t < 0.5
          ? [ax, ay, az, mid[s]!, mid[s + 1]!, mid[s + 2]!, t * 2]
          : [mid[s]!, mid[s + 1]!, mid[s + 2]!, bx, by, bz, t * 2 - 1];
      out[offset] = px + (qx - px) * u;
      out[offset + 1] = py + (qy - py) * u;
      out[offset + 2] = pz + (qz - pz) * u;
      return;
    }
    out[offset] = ax + (bx - ax) * t;
    out[offset + 1] = ay + (by - ay) * t;
    out[offset + 2] = az + (bz - az) * t;
    return;
  }
  const along = traversal.reversed ? 1 - t : t;
  const scaled = along * traversal.count;
  const segment = Math.min(Math.floor(scaled), traversal.count - 1);
  const u = scaled - segment;
  const base = (traversal.first + segment) * 6;
  out[offset] = v[base]! + (v[base + 3]! - v[base]!) * u;
  out[offset + 1] = v[base + 1]! + (v[base + 4]! - v[base + 1]!) * u;
  out[offset + 2] = v[base + 2]! + (v[base + 5]! - v[base + 2]!) * u;
}
