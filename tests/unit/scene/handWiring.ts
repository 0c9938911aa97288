import type { DomainWiring } from '../../../src/model/index';

/**
 * A wiring written by hand, so tests of the scene's helpers do not depend on the layout code: a ring
 * of three chips on the x axis (0, 0, 0), (1, 0, 0), (2, 0, 0); links 0→1 and 1→2 are one segment
 * each; the wrap-around 2→0 is an arc of two segments over (1, 1, 0); one switch at (5, 5, 5).
 */
export function ringOfThree(): DomainWiring {
  const linkVertices = new Float32Array([
    0,
    0,
    0,
    1,
    0,
    0, // segment 0: chip 0 → chip 1
    1,
    0,
    0,
    2,
    0,
    0, // segment 1: chip 1 → chip 2
    2,
    0,
    0,
    1,
    1,
    0, // segment 2: chip 2 → arc top
    1,
    1,
    0,
    0,
    0,
    0, // segment 3: arc top → chip 0
  ]);
  // Three slots per chip (one per drawable dimension); only dimension 0 exists here.
  const linkFirstSegment = new Uint32Array([0, 0, 0, 1, 0, 0, 2, 0, 0]);
  const linkSegmentCount = new Uint8Array([1, 0, 0, 1, 0, 0, 2, 0, 0]);
  return {
    chipCount: 3,
    chipPositions: new Float32Array([0, 0, 0, 1, 0, 0, 2, 0, 0]),
    chipQuaternions: null,
    chipSize: [0.5, 0.2, 0.5],
    switchCount: 1,
    switchPositions: new Float32Array([5, 5, 5]),
    switchSize: [1, 1, 1],
    linkVertices,
    segmentKinds: new Uint8Array(4),
    drawVertices: linkVertices,
    drawKinds: new Uint8Array(4),
    drawDims: new Uint8Array(4),
    drawWrap: new Uint8Array([0, 0, 1, 1]),
    drawChips: new Uint32Array([0, 1, 2, 2]),
    linkFirstSegment,
    linkSegmentCount,
    radius: 3,
  };
}
