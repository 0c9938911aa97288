import { CanvasTexture, SRGBColorSpace } from 'three';
import type { ChipAnatomy } from '../model/index';

const SIZE = 256;

/** One rectangle of the top-face art, in shares of the tile (x right, y down from the image's top), for vector exports. */
export interface TopArtRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** Package margin around the dies and HBM, as a share of the tile. */
const MARGIN = 0.16;

/**
 * The top face of a chip as seen from above — compute dies and HBM stacks on the package — as a
 * texture multiplied into the chip's plane colour. Drawn from the same anatomy as the chip level,
 * so a Trainium2 shows two dies and four stacks, a TPU v5p one die and six.
 * White areas keep the plane colour; greys darken it. Returns null where there is no canvas (tests).
 */
export function chipTopTexture(anatomy: ChipAnatomy, die: string, hbm: string): CanvasTexture | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const g = canvas.getContext('2d');
  if (!g) return null;
  // Substrate: white, so the face takes the chip's colour.
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, SIZE, SIZE);

  // Fit the dies and HBM stacks (their x–z extent) into the tile, each axis on its own.
  const parts = [anatomy.dies, anatomy.hbm];
  let minX = Infinity,
    maxX = -Infinity,
    minZ = Infinity,
    maxZ = -Infinity;
  for (const p of parts) {
    for (let i = 0; i < p.positions.length; i += 3) {
      minX = Math.min(minX, p.positions[i]! - p.size[0] / 2);
      maxX = Math.max(maxX, p.positions[i]! + p.size[0] / 2);
      minZ = Math.min(minZ, p.positions[i + 2]! - p.size[2] / 2);
      maxZ = Math.max(maxZ, p.positions[i + 2]! + p.size[2] / 2);
    }
  }
  const inner = SIZE * (1 - 2 * MARGIN);
  const sx = inner / Math.max(maxX - minX, 1e-6);
  // Depth may stretch up to 1.6× the width's scale: a square tile, but parts keep a chip-like shape.
  const sz = Math.min(inner / Math.max(maxZ - minZ, 1e-6), sx * 1.6);
  const offsetZ = (inner - (maxZ - minZ) * sz) / 2;
  const px = (x: number) => SIZE * MARGIN + (x - minX) * sx;
  const pz = (z: number) => SIZE * MARGIN + offsetZ + (z - minZ) * sz;

  // The lid, a shade darker than the substrate, so the white HBM stacks stand out on it.
  g.fillStyle = '#c8c8c8';
  g.fillRect(SIZE * 0.07, SIZE * 0.07, SIZE * 0.86, SIZE * 0.86);
  const art: TopArtRect[] = [{ x: 0.07, y: 0.07, width: 0.86, height: 0.86, color: '#c8c8c8' }];
  const draw = (part: ChipAnatomy['dies'], color: string, inset: number) => {
    g.fillStyle = color;
    for (let i = 0; i < part.positions.length; i += 3) {
      const x0 = px(part.positions[i]! - part.size[0] / 2) + inset;
      const z0 = pz(part.positions[i + 2]! - part.size[2] / 2) + inset;
      const x1 = px(part.positions[i]! + part.size[0] / 2) - inset;
      const z1 = pz(part.positions[i + 2]! + part.size[2] / 2) - inset;
      g.fillRect(x0, z0, x1 - x0, z1 - z0);
      art.push({ x: x0 / SIZE, y: z0 / SIZE, width: (x1 - x0) / SIZE, height: (z1 - z0) / SIZE, color });
    }
  };
  draw(anatomy.hbm, hbm, 5);
  draw(anatomy.dies, die, 4);

  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  // The same art as rectangles, so the SVG export can draw the lid, dies and stacks as shapes.
  texture.userData.art = art;
  return texture;
}
