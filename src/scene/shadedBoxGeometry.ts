import { BoxGeometry, Float32BufferAttribute, PlaneGeometry, type BufferGeometry } from 'three';

/** Brightness of each face, as lit from above and in front: +x, −x, +y, −y, +z, −z. */
const FACE_SHADE = [0.78, 0.62, 1.0, 0.42, 0.7, 0.55];

/**
 * A box whose faces carry fixed shades as vertex colors. With an unlit material this looks lit
 * but costs no lighting per fragment — which is most of the frame in software WebGL.
 */
export function shadedBoxGeometry(width: number, height: number, depth: number): BoxGeometry {
  const geometry = new BoxGeometry(width, height, depth);
  const colors = new Float32Array(geometry.getAttribute('position').count * 3);
  // BoxGeometry lays out 6 faces of 4 vertices each, in FACE_SHADE's order.
  for (let face = 0; face < 6; face++) {
    for (let v = 0; v < 4; v++) colors.fill(FACE_SHADE[face]!, (face * 4 + v) * 3, (face * 4 + v) * 3 + 3);
  }
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return geometry;
}

/**
 * A box for lit materials whose top face (+y) carries the whole texture and whose other faces
 * sample the texture's corner (the plain package colour), so a top-face texture shows only on top.
 */
export function chipBoxGeometry(width: number, height: number, depth: number): BoxGeometry {
  const geometry = new BoxGeometry(width, height, depth);
  const uv = geometry.getAttribute('uv');
  // BoxGeometry lays out 6 faces of 4 vertices each: +x, −x, +y, −y, +z, −z. Face 2 is the top.
  for (let face = 0; face < 6; face++) {
    if (face === 2) continue;
    for (let v = 0; v < 4; v++) uv.setXY(face * 4 + v, 0.01, 0.01);
  }
  uv.needsUpdate = true;
  return geometry;
}

/**
 * A flat, horizontal tile: 2 triangles instead of a box's 12. Past a few thousand chips (a TPU
 * pod's 8,960) the boxes' triangles are most of a software-rendered frame, and at that distance
 * a chip reads as a tile anyway.
 */
export function tileGeometry(width: number, depth: number): BufferGeometry {
  const geometry = new PlaneGeometry(width, depth);
  geometry.rotateX(-Math.PI / 2);
  const colors = new Float32Array(geometry.getAttribute('position').count * 3).fill(1);
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return geometry;
}

/** Chip counts above which chips are drawn as tiles (an 8×8×16 torus and up: boxes there are sub-pixel tall anyway). */
export const TILE_THRESHOLD = 1024;
