import type { SwitchBundling } from '../view/geometryBudget';

/** Link kinds, each drawn in its own color with a legend entry. */
export const LINK_KIND = {
  /** Chip to chip inside one instance (NeuronLink within a Trn2, ICI). */
  intraInstance: 0,
  /** Chip to chip between instances (the UltraServer's Z rings). */
  interInstance: 1,
  /** Chip to switch (NVLink switch tray, NeuronSwitch). */
  toSwitch: 2,
} as const;

export type LinkKind = (typeof LINK_KIND)[keyof typeof LINK_KIND];

/** drawDims value of a chip-to-switch link (not a torus dimension). */
export const DRAW_DIM_SWITCH = 3;

/** Up to three torus dimensions are drawn; link tables are indexed [chip × MAX_DRAWN_DIMS + dim]. */
export const MAX_DRAWN_DIMS = 3;

/**
 * Geometry of one scale-up domain for the scene, as flat typed arrays so the renderer can
 * hand them to one instanced mesh and one line-segments buffer whatever the chip count.
 * World units: y is up; chips are flat tiles in instance planes stacked along y.
 */
export interface DomainWiring {
  chipCount: number;
  /** x, y, z per chip, indexed by chip id. */
  chipPositions: Float32Array;
  /** Optional x, y, z, w rotation per chip (the donut layout tilts chips onto its surface). */
  chipQuaternions: Float32Array | null;
  /** Box size of one chip. */
  chipSize: readonly [number, number, number];
  switchCount: number;
  switchPositions: Float32Array;
  switchSize: readonly [number, number, number];
  /** Two points (6 floats) per segment, link by link (arcs are polylines): what overlays trace. */
  linkVertices: Float32Array;
  /** Kind of each segment of linkVertices. */
  segmentKinds: Uint8Array;
  /**
   * What the renderer draws: the same picture with each straight row of collinear links merged
   * into one segment, so a 16×16×16 torus is ~5k segments instead of ~16k.
   */
  drawVertices: Float32Array;
  drawKinds: Uint8Array;
  /** Torus dimension (0 X, 1 Y, 2 Z) of each drawn segment; DRAW_DIM_SWITCH for chip-to-switch links. */
  drawDims: Uint8Array;
  /** 1 where the drawn segment belongs to a wrap-around link (drawn dashed), else 0. */
  drawWrap: Uint8Array;
  /** A chip on the drawn segment's row (its first chip, or the wrap's last chip): what slicing tests. */
  drawChips: Uint32Array;
  /**
   * Torus: the segments drawing the link from chip c to its +1 neighbor along dim d start at
   * linkFirstSegment[c * 3 + d] and number linkSegmentCount[c * 3 + d] (0: no such link).
   * Switched: linkFirstSegment[c * switchCount + s] is the one segment from chip c to switch s.
   */
  linkFirstSegment: Uint32Array;
  linkSegmentCount: Uint8Array;
  /** Radius of a sphere around the origin that holds everything, for framing the camera. */
  radius: number;
  /**
   * Switched domains too big to draw link by link (see model/view/geometryBudget): what one
   * drawn line stands for. Absent or null: every link is drawn.
   */
  bundling?: SwitchBundling | null;
}
