import { coordsOf } from '../topology/torusGraph';
import { LINK_KIND, type DomainWiring } from './wiring';

/** Chip pitch in the instance plane; planes of a 3D torus sit further apart so each reads as an instance. */
const PITCH = 1.6;
const PLANE_GAP = 3.2;
const CHIP_SIZE = [1, 0.22, 1] as const;
/** Segments per wrap-around arc. */
const ARC_SEGMENTS = 14;

/** World axis (0 x, 1 y, 2 z) of each torus dimension: the first two span the instance plane, the third stacks planes. */
const WORLD_AXIS = [0, 2, 1] as const;

/**
 * Lays out a torus of 1–3 dimensions with its wrap-around links drawn as arcs that leave the
 * grid past its end and loop around the outside, instead of lines through the middle.
 * `interInstanceDim` is the dimension whose links join instances (drawn in another color).
 */
export function torusWiring(dims: readonly number[], interInstanceDim = -1): DomainWiring {
  if (dims.length > 3) throw new Error('torusWiring draws at most 3 dimensions');
  const k = [dims[0] ?? 1, dims[1] ?? 1, dims[2] ?? 1];
  const chipCount = k[0]! * k[1]! * k[2]!;
  const spacing = [PITCH, PITCH, PLANE_GAP];
  const chipPositions = new Float32Array(chipCount * 3);
  // Half extent of the grid along each world axis, to route arcs outside it.
  const half = [0, 0, 0];
  for (let d = 0; d < 3; d++) half[WORLD_AXIS[d]!] = ((k[d]! - 1) * spacing[d]!) / 2;

  const position = (coords: readonly number[], out: number[]) => {
    out[0] = out[1] = out[2] = 0;
    for (let d = 0; d < 3; d++) out[WORLD_AXIS[d]!] = (coords[d]! - (k[d]! - 1) / 2) * spacing[d]!;
    return out;
  };

  const scratch = [0, 0, 0];
  for (let n = 0; n < chipCount; n++) {
    position(coordsOf(n, k), scratch);
    chipPositions.set(scratch, n * 3);
  }

  let straight = 0;
  let arcs = 0;
  for (let d = 0; d < 3; d++) {
    if (k[d]! < 2) continue;
    const lines = chipCount / k[d]!;
    straight += lines * (k[d]! - 1);
    arcs += lines;
  }
  const segments = straight + arcs * ARC_SEGMENTS;
  const linkVertices = new Float32Array(segments * 6);
  const segmentKinds = new Uint8Array(segments);
  let s = 0;
  const a = [0, 0, 0];
  const b = [0, 0, 0];
  const p = [0, 0, 0];
  const q = [0, 0, 0];

  const pushSegment = (from: number[], to: number[], kind: number) => {
    linkVertices.set(from, s * 6);
    linkVertices.set(to, s * 6 + 3);
    segmentKinds[s++] = kind;
  };

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
      if (coords[d]! < kd - 1) {
        pushSegment(a, b, kind);
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
      const c1 = a.slice();
      const c2 = b.slice();
      c1[along] = a[along]! + extend;
      c2[along] = b[along]! - extend;
      c1[bulgeAxis] = a[bulgeAxis]! + side * clearance * 1.33;
      c2[bulgeAxis] = b[bulgeAxis]! + side * clearance * 1.33;
      p[0] = a[0]!; p[1] = a[1]!; p[2] = a[2]!;
      for (let i = 1; i <= ARC_SEGMENTS; i++) {
        const t = i / ARC_SEGMENTS;
        const u = 1 - t;
        for (let j = 0; j < 3; j++) {
          q[j] = u * u * u * a[j]! + 3 * u * u * t * c1[j]! + 3 * u * t * t * c2[j]! + t * t * t * b[j]!;
          reach = Math.max(reach, Math.abs(q[j]!));
        }
        pushSegment(p, q, kind);
        p[0] = q[0]!; p[1] = q[1]!; p[2] = q[2]!;
      }
    }
  }

  const gridRadius = Math.hypot(half[0]! + 1, half[1]! + 1, half[2]! + 1);
  return {
    chipCount,
    chipPositions,
    chipSize: CHIP_SIZE,
    switchCount: 0,
    switchPositions: new Float32Array(0),
    switchSize: [1, 1, 1],
    linkVertices,
    segmentKinds,
    radius: Math.max(gridRadius, reach),
  };
}
