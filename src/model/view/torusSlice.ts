import { coordsOf, nodeAt } from '../topology/torusGraph';
import { MAX_DRAWN_DIMS, type DomainWiring } from '../wiring/wiring';

/** Planes `from`..`to` (inclusive) across torus dimension `dim`: what a sliced view keeps. */
export interface TorusSlice {
  dim: number;
  from: number;
  to: number;
}

/** Drawn segments with their dimension and wrap flag, as the link renderer takes them. */
export interface DrawSegments {
  vertices: Float32Array;
  dims: Uint8Array;
  wrap: Uint8Array;
}

/** Why a slice does not fit a torus of these dims, or null when it does. */
export function sliceProblem(slice: TorusSlice, dims: readonly number[]): string | null {
  const drawn = Math.min(dims.length, MAX_DRAWN_DIMS);
  if (!Number.isInteger(slice.dim) || slice.dim < 0 || slice.dim >= drawn)
    return `the torus in view has ${drawn} drawn dimension${drawn === 1 ? '' : 's'}`;
  const k = dims[slice.dim]!;
  if (
    !Number.isInteger(slice.from) ||
    !Number.isInteger(slice.to) ||
    slice.from < 0 ||
    slice.to >= k ||
    slice.from > slice.to
  )
    return `planes run from 0 to ${k - 1}, first ≤ last`;
  return null;
}

/** True when the slice keeps every plane (it changes nothing). */
export const sliceIsWhole = (slice: TorusSlice, dims: readonly number[]) =>
  slice.from === 0 && slice.to === dims[slice.dim]! - 1;

/** 1 for each chip inside the slice, 0 outside. */
export function chipsInSlice(dims: readonly number[], slice: TorusSlice, chipCount: number): Uint8Array {
  const inside = new Uint8Array(chipCount);
  let stride = 1;
  for (let d = 0; d < slice.dim; d++) stride *= dims[d]!;
  const k = dims[slice.dim]!;
  for (let c = 0; c < chipCount; c++) {
    const coordinate = Math.floor(c / stride) % k;
    inside[c] = coordinate >= slice.from && coordinate <= slice.to ? 1 : 0;
  }
  return inside;
}

export interface VisibleLinkOptions {
  /**
   * Keep a wrap-around arc only if its row lies on the outer shell of what is shown (some other
   * coordinate at the first or last plane). A big torus has thousands of arcs; inside the block
   * they are hidden by the rest and cost fill, while the shell's arcs show every ring closing.
   * Default false.
   */
  shellArcsOnly?: boolean;
}

/**
 * The drawn links of a torus as shown: with a slice, links of other dimensions whose row lies
 * inside it and, along the sliced dimension, each row cut to the planes kept (wrap-arounds only
 * when every plane is kept, since a partial ring does not close); optionally only the shell's arcs.
 */
export function visibleDrawSegments(
  wiring: DomainWiring,
  dims: readonly number[],
  slice: TorusSlice | null,
  options: VisibleLinkOptions = {},
): DrawSegments {
  const k = [dims[0] ?? 1, dims[1] ?? 1, dims[2] ?? 1];
  const first = [0, 0, 0];
  const last = [k[0]! - 1, k[1]! - 1, k[2]! - 1];
  if (slice) {
    first[slice.dim] = slice.from;
    last[slice.dim] = slice.to;
  }
  const whole = slice === null || sliceIsWhole(slice, k);
  const n = wiring.drawDims.length;
  const keep = new Uint8Array(n);
  let kept = 0;
  for (let s = 0; s < n; s++) {
    const d = wiring.drawDims[s]!;
    const coords = coordsOf(wiring.drawChips[s]!, k);
    let inside = true;
    if (slice) {
      const c = coords[slice.dim]!;
      inside = d === slice.dim ? whole : c >= slice.from && c <= slice.to;
    }
    if (inside && options.shellArcsOnly && wiring.drawWrap[s]) {
      let onShell = false;
      for (let e = 0; e < 3; e++) {
        if (e === d || k[e]! < 2) continue;
        if (coords[e] === first[e] || coords[e] === last[e]) onShell = true;
      }
      inside = onShell;
    }
    keep[s] = inside ? 1 : 0;
    kept += keep[s]!;
  }
  // Rows across the slice, from its first plane to its last, when it holds more than one plane.
  const rows = slice && !whole && slice.to > slice.from ? wiring.chipCount / k[slice.dim]! : 0;
  const out: DrawSegments = {
    vertices: new Float32Array((kept + rows) * 6),
    dims: new Uint8Array(kept + rows),
    wrap: new Uint8Array(kept + rows),
  };
  let o = 0;
  for (let s = 0; s < n; s++) {
    if (!keep[s]) continue;
    out.vertices.set(wiring.drawVertices.subarray(s * 6, s * 6 + 6), o * 6);
    out.dims[o] = wiring.drawDims[s]!;
    out.wrap[o] = wiring.drawWrap[s]!;
    o++;
  }
  if (slice && rows > 0) {
    const p = wiring.chipPositions;
    for (let c = 0; c < wiring.chipCount; c++) {
      const coords = coordsOf(c, k);
      if (coords[slice.dim] !== slice.from) continue;
      coords[slice.dim] = slice.to;
      const end = nodeAt(coords, k);
      out.vertices.set(p.subarray(c * 3, c * 3 + 3), o * 6);
      out.vertices.set(p.subarray(end * 3, end * 3 + 3), o * 6 + 3);
      out.dims[o] = slice.dim;
      o++;
    }
  }
  return out;
}
