import { coordsOf, nodeAt } from '../topology/torusGraph';
import { LINK_KIND, MAX_DRAWN_DIMS, type DomainWiring } from './wiring';
import { DrawList } from './drawList';

/** Chip pitch in the instance plane; planes of a 3D torus sit further apart so each reads as an instance. */
const PITCH = 1.6;
const PLANE_GAP = 3.2;
const CHIP_SIZE = [1, 0.22, 1] as const;
/** Segments per wrap-around arc (fewer in big tori, where arcs are small on screen), and per link over the donut. */
const arcSegmentsFor = (chips: number) => (chips > 1024 ? 6 : 14);
/** Big tori draw smaller chips, so the links between them stay visible and there is less to fill. */
const chipSizeFor = (chips: number): readonly [number, number, number] =>
  chips > 1024 ? [CHIP_SIZE[0] * 0.6, CHIP_SIZE[1] * 0.8, CHIP_SIZE[2] * 0.6] : CHIP_SIZE;
const DONUT_SEGMENTS = 6;

/** World axis (0 x, 1 y, 2 z) of each torus dimension: the first two span the instance plane, the third stacks planes. */
const WORLD_AXIS = [0, 2, 1] as const;

export interface TorusWiringOptions {
  /** The dimension whose links join instances (drawn in another color). Default none (-1). */
  interInstanceDim?: number;
  /** Lay a 1D or 2D torus on a donut's surface, where wrap-around links are ordinary neighbors. Default false. */
  donut?: boolean;
}

/** Segment storage shared by both layouts. */
class SegmentWriter {
  readonly vertices: Float32Array;
  readonly kinds: Uint8Array;
  private next = 0;
  constructor(segments: number) {
    this.vertices = new Float32Array(segments * 6);
    this.kinds = new Uint8Array(segments);
  }
  get count() {
    return this.next;
  }
  push(ax: number, ay: number, az: number, bx: number, by: number, bz: number, kind: number) {
    const o = this.next * 6;
    this.vertices[o] = ax;
    this.vertices[o + 1] = ay;
    this.vertices[o + 2] = az;
    this.vertices[o + 3] = bx;
    this.vertices[o + 4] = by;
    this.vertices[o + 5] = bz;
    this.kinds[this.next++] = kind;
  }
}

/**
 * Lays out a torus of 1–3 dimensions. In the grid layout, wrap-around links are arcs that leave
 * the grid past its end and loop around the outside, never lines through the middle.
 */
export function torusWiring(dims: readonly number[], options: TorusWiringOptions = {}): DomainWiring {
  if (dims.length > MAX_DRAWN_DIMS) throw new Error(`torusWiring draws at most ${MAX_DRAWN_DIMS} dimensions`);
  const k = [dims[0] ?? 1, dims[1] ?? 1, dims[2] ?? 1];
  const donut = (options.donut ?? false) && k[2] === 1;
  return donut ? donutWiring(k, options.interInstanceDim ?? -1) : gridWiring(k, options.interInstanceDim ?? -1);
}

function gridWiring(k: number[], interInstanceDim: number): DomainWiring {
  const chipCount = k[0]! * k[1]! * k[2]!;
  const ARC_SEGMENTS = arcSegmentsFor(chipCount);
  // Planes sit apart only when they are instances (the UltraServer); a plain torus stays cubic.
  const spacing = [PITCH, PITCH, interInstanceDim === 2 ? PLANE_GAP : PITCH * 1.25];
  const chipPositions = new Float32Array(chipCount * 3);
  const half = [0, 0, 0];
  for (let d = 0; d < 3; d++) half[WORLD_AXIS[d]!] = ((k[d]! - 1) * spacing[d]!) / 2;

  const position = (coords: readonly number[], out: number[]) => {
    out[0] = out[1] = out[2] = 0;
    for (let d = 0; d < 3; d++) out[WORLD_AXIS[d]!] = (coords[d]! - (k[d]! - 1) / 2) * spacing[d]!;
    return out;
  };
  const scratch = [0, 0, 0];
  for (let n = 0; n < chipCount; n++) chipPositions.set(position(coordsOf(n, k), scratch), n * 3);

  let segments = 0;
  for (let d = 0; d < 3; d++) {
    if (k[d]! < 2) continue;
    const lines = chipCount / k[d]!;
    segments += lines * (k[d]! - 1) + lines * ARC_SEGMENTS;
  }
  const out = new SegmentWriter(segments);
  const linkFirstSegment = new Uint32Array(chipCount * MAX_DRAWN_DIMS);
  const linkSegmentCount = new Uint8Array(chipCount * MAX_DRAWN_DIMS);
  const a = [0, 0, 0];
  const b = [0, 0, 0];
  const c1 = [0, 0, 0];
  const c2 = [0, 0, 0];
  let reach = 0;

  for (let n = 0; n < chipCount; n++) {
    const coords = coordsOf(n, k);
    for (let d = 0; d < 3; d++) {
      const kd = k[d]!;
      if (kd < 2) continue;
      const kind = d === interInstanceDim ? LINK_KIND.interInstance : LINK_KIND.intraInstance;
      position(coords, a);
      const next = coords.slice();
      next[d] = (coords[d]! + 1) % kd;
      position(next, b);
      linkFirstSegment[n * MAX_DRAWN_DIMS + d] = out.count;
      if (coords[d]! < kd - 1) {
        out.push(a[0]!, a[1]!, a[2]!, b[0]!, b[1]!, b[2]!, kind);
        linkSegmentCount[n * MAX_DRAWN_DIMS + d] = 1;
        continue;
      }
      // Wrap-around: a cubic Bézier from the last chip out past the end, around the outside, into the first.
      const along = WORLD_AXIS[d]!;
      const bulgeAxis = along === 1 ? 0 : 1;
      const offCenter = a[bulgeAxis]!;
      const side = offCenter > 1e-6 ? 1 : offCenter < -1e-6 ? -1 : d === 0 ? -1 : 1;
      // Clear the grid's face, then nest loops by dimension so they do not coincide.
      const clearance = half[bulgeAxis]! - Math.abs(offCenter) + PITCH * (0.7 + 0.35 * d);
      const extend = PITCH * 0.9;
      for (let j = 0; j < 3; j++) {
        c1[j] = a[j]!;
        c2[j] = b[j]!;
      }
      c1[along] = a[along]! + extend;
      c2[along] = b[along]! - extend;
      c1[bulgeAxis] = a[bulgeAxis]! + side * clearance * 1.33;
      c2[bulgeAxis] = b[bulgeAxis]! + side * clearance * 1.33;
      let px = a[0]!,
        py = a[1]!,
        pz = a[2]!;
      for (let i = 1; i <= ARC_SEGMENTS; i++) {
        const t = i / ARC_SEGMENTS;
        const u = 1 - t;
        const w0 = u * u * u,
          w1 = 3 * u * u * t,
          w2 = 3 * u * t * t,
          w3 = t * t * t;
        const qx = w0 * a[0]! + w1 * c1[0]! + w2 * c2[0]! + w3 * b[0]!;
        const qy = w0 * a[1]! + w1 * c1[1]! + w2 * c2[1]! + w3 * b[1]!;
        const qz = w0 * a[2]! + w1 * c1[2]! + w2 * c2[2]! + w3 * b[2]!;
        reach = Math.max(reach, Math.hypot(qx, qy, qz));
        out.push(px, py, pz, qx, qy, qz, kind);
        px = qx;
        py = qy;
        pz = qz;
      }
      linkSegmentCount[n * MAX_DRAWN_DIMS + d] = ARC_SEGMENTS;
    }
  }

  // Draw list: one segment per straight row of links (they are collinear), then every arc as it is.
  let rows = 0;
  let arcSegments = 0;
  for (let d = 0; d < 3; d++) {
    if (k[d]! < 2) continue;
    rows += chipCount / k[d]!;
    arcSegments += (chipCount / k[d]!) * ARC_SEGMENTS;
  }
  const draw = new DrawList(rows + arcSegments);
  for (let d = 0; d < 3; d++) {
    const kd = k[d]!;
    if (kd < 2) continue;
    const kind = d === interInstanceDim ? LINK_KIND.interInstance : LINK_KIND.intraInstance;
    for (let n = 0; n < chipCount; n++) {
      const coords = coordsOf(n, k);
      if (coords[d] !== 0) continue;
      position(coords, a);
      coords[d] = kd - 1;
      position(coords, b);
      draw.push(a, b, kind, d, 0, n);
      const lastChip = nodeAt(coords, k);
      const first = linkFirstSegment[lastChip * MAX_DRAWN_DIMS + d]!;
      draw.copyFrom(out.vertices, first, ARC_SEGMENTS, kind, d, 1, lastChip);
    }
  }

  const gridRadius = Math.hypot(half[0]! + 1, half[1]! + 1, half[2]! + 1);
  return {
    chipCount,
    chipPositions,
    chipQuaternions: null,
    chipSize: chipSizeFor(chipCount),
    switchCount: 0,
    switchPositions: new Float32Array(0),
    switchSize: [1, 1, 1],
    linkVertices: out.vertices,
    segmentKinds: out.kinds,
    drawVertices: draw.vertices,
    drawKinds: draw.kinds,
    drawDims: draw.dims,
    drawWrap: draw.wrap,
    drawChips: draw.chips,
    linkFirstSegment,
    linkSegmentCount,
    radius: Math.max(gridRadius, reach),
  };
}

/**
 * A 2D torus on a donut: dimension 0 runs around the big circle, dimension 1 around the tube,
 * so every wrap-around link is as short as any other — the shape the math describes.
 */
function donutWiring(k: number[], interInstanceDim: number): DomainWiring {
  const [kx, ky] = [k[0]!, k[1]!];
  const chipCount = kx * ky;
  const tube = Math.max((ky * PITCH) / (2 * Math.PI), 1.2);
  const ring = Math.max((kx * PITCH) / (2 * Math.PI), tube * 1.8 + 1);
  const chipPositions = new Float32Array(chipCount * 3);
  const chipQuaternions = new Float32Array(chipCount * 4);
  const point = (u: number, v: number, out: number[]) => {
    const r = ring + tube * Math.cos(v);
    out[0] = r * Math.cos(u);
    out[1] = tube * Math.sin(v);
    out[2] = r * Math.sin(u);
    return out;
  };
  const angleU = (x: number) => (2 * Math.PI * x) / kx;
  const angleV = (y: number) => (2 * Math.PI * y) / ky;
  const p = [0, 0, 0];
  for (let n = 0; n < chipCount; n++) {
    const x = n % kx;
    const y = Math.floor(n / kx);
    const u = angleU(x);
    const v = angleV(y);
    chipPositions.set(point(u, v, p), n * 3);
    // Tilt the tile so its face follows the surface: local up = surface normal, local x = along the big circle.
    setQuaternionFromBasis(chipQuaternions, n * 4, u, v);
  }

  let segments = 0;
  if (kx >= 2) segments += chipCount * DONUT_SEGMENTS;
  if (ky >= 2) segments += chipCount * DONUT_SEGMENTS;
  const out = new SegmentWriter(segments);
  const linkFirstSegment = new Uint32Array(chipCount * MAX_DRAWN_DIMS);
  const linkSegmentCount = new Uint8Array(chipCount * MAX_DRAWN_DIMS);
  const q = [0, 0, 0];
  const donutDims = new Uint8Array(segments);
  const donutChips = new Uint32Array(segments);
  for (let n = 0; n < chipCount; n++) {
    const x = n % kx;
    const y = Math.floor(n / kx);
    for (let d = 0; d < 2; d++) {
      if (k[d]! < 2) continue;
      const kind = d === interInstanceDim ? LINK_KIND.interInstance : LINK_KIND.intraInstance;
      linkFirstSegment[n * MAX_DRAWN_DIMS + d] = out.count;
      // Along the surface from this chip's angle to the neighbor's (one step further round).
      const u0 = angleU(x);
      const v0 = angleV(y);
      const du = d === 0 ? angleU(1) : 0;
      const dv = d === 1 ? angleV(1) : 0;
      point(u0, v0, p);
      for (let i = 1; i <= DONUT_SEGMENTS; i++) {
        const t = i / DONUT_SEGMENTS;
        point(u0 + du * t, v0 + dv * t, q);
        donutDims[out.count] = d;
        donutChips[out.count] = n;
        out.push(p[0]!, p[1]!, p[2]!, q[0]!, q[1]!, q[2]!, kind);
        p[0] = q[0]!;
        p[1] = q[1]!;
        p[2] = q[2]!;
      }
      linkSegmentCount[n * MAX_DRAWN_DIMS + d] = DONUT_SEGMENTS;
    }
  }
  return {
    chipCount,
    chipPositions,
    chipQuaternions,
    chipSize: CHIP_SIZE,
    switchCount: 0,
    switchPositions: new Float32Array(0),
    switchSize: [1, 1, 1],
    linkVertices: out.vertices,
    segmentKinds: out.kinds,
    drawVertices: out.vertices,
    drawKinds: out.kinds,
    // On the donut a wrap-around link is an ordinary neighbor: nothing is drawn dashed.
    drawDims: donutDims,
    drawWrap: new Uint8Array(out.count),
    drawChips: donutChips,
    linkFirstSegment,
    linkSegmentCount,
    radius: ring + tube + 1,
  };
}

/** Writes the quaternion of the rotation whose columns are (tangent u, normal, tangent v) at (u, v). */
function setQuaternionFromBasis(out: Float32Array, offset: number, u: number, v: number) {
  // Columns of the rotation matrix: X = d/du direction, Y = outward normal, Z = X × Y.
  const xx = -Math.sin(u),
    xy = 0,
    xz = Math.cos(u);
  const yx = Math.cos(v) * Math.cos(u),
    yy = Math.sin(v),
    yz = Math.cos(v) * Math.sin(u);
  const zx = xy * yz - xz * yy,
    zy = xz * yx - xx * yz,
    zz = xx * yy - xy * yx;
  // Standard matrix → quaternion (m00 = xx, m01 = yx, m02 = zx, …).
  const m00 = xx,
    m01 = yx,
    m02 = zx,
    m10 = xy,
    m11 = yy,
    m12 = zy,
    m20 = xz,
    m21 = yz,
    m22 = zz;
  const trace = m00 + m11 + m22;
  let qx: number, qy: number, qz: number, qw: number;
  if (trace > 0) {
    const s = 0.5 / Math.sqrt(trace + 1);
    qw = 0.25 / s;
    qx = (m21 - m12) * s;
    qy = (m02 - m20) * s;
    qz = (m10 - m01) * s;
  } else if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22);
    qw = (m21 - m12) / s;
    qx = 0.25 * s;
    qy = (m01 + m10) / s;
    qz = (m02 + m20) / s;
  } else if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22);
    qw = (m02 - m20) / s;
    qx = (m01 + m10) / s;
    qy = 0.25 * s;
    qz = (m12 + m21) / s;
  } else {
    const s = 2 * Math.sqrt(1 + m22 - m00 - m11);
    qw = (m10 - m01) / s;
    qx = (m02 + m20) / s;
    qy = (m12 + m21) / s;
    qz = 0.25 * s;
  }
  out[offset] = qx;
  out[offset + 1] = qy;
  out[offset + 2] = qz;
  out[offset + 3] = qw;
}
