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

/**
 * Geometry of one scale-up domain for the scene, as flat typed arrays so the renderer can
 * hand them to one instanced mesh and one line-segments buffer whatever the chip count.
 * World units: y is up; chips are flat tiles in instance planes stacked along y.
 */
export interface DomainWiring {
  chipCount: number;
  /** x, y, z per chip, indexed by chip id. */
  chipPositions: Float32Array;
  /** Box size of one chip. */
  chipSize: readonly [number, number, number];
  switchCount: number;
  switchPositions: Float32Array;
  switchSize: readonly [number, number, number];
  /** Two points (6 floats) per segment; arcs are polylines of several segments. */
  linkVertices: Float32Array;
  /** Kind of each segment. */
  segmentKinds: Uint8Array;
  /** Radius of a sphere around the origin that holds everything, for framing the camera. */
  radius: number;
}
