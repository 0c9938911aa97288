import type { PixelRect } from './exportFraming';

/** The picture's background: the dark or light theme's, or none (see-through PNG). */
export type ExportBackground = 'dark' | 'light' | 'transparent';

/** What the scene draws behind itself: its own background (the theme's gradient) or nothing. */
export type SceneBackground = 'scene' | 'transparent';

/** What an exported picture of the 3D view looks like. */
export interface ImageRequest {
  /** Pixel size of the picture. */
  width: number;
  height: number;
  background: SceneBackground;
  /**
   * The pixel rectangle of the picture the content visible on screen is refitted into (clear of
   * the title and legend), from the screen's eye and direction.
   */
  frame: PixelRect;
  /** Screen rectangles (canvas CSS pixels), such as labels, that must stay in the picture too. */
  keep: PixelRect[];
}

/** How the screen maps onto a picture: what the overlays (labels, legend) need to follow it. */
export interface ShotMapping {
  width: number;
  height: number;
  /** Picture pixel of a canvas CSS pixel. */
  toPicture(x: number, y: number): { x: number; y: number };
  /** Picture pixels per canvas CSS pixel: how much to scale text laid out on screen. */
  scale: number;
}

/** The scene drawn to pixels, sRGB like the screen. */
export interface RasterShot extends ShotMapping {
  canvas: HTMLCanvasElement;
}

/** One shape of the vector drawing, in picture pixels, painted in order (far to near). */
export type VectorShape =
  | { kind: 'chip'; index: number; faces: { points: number[]; fill: string }[] }
  | { kind: 'box'; group: string; faces: { points: number[]; fill: string }[] }
  | {
      kind: 'line';
      group: string;
      points: [number, number, number, number];
      stroke: string;
      width: number;
      opacity: number;
      dashed: boolean;
    }
  | { kind: 'dot'; group: string; x: number; y: number; radius: number; fill: string };

/** The scene as flat shapes seen through the export camera. */
export interface VectorShot extends ShotMapping {
  shapes: VectorShape[];
  /** Background: a CSS colour, a data: URL of the gradient picture, or null for none. */
  background: string | null;
}

interface Exporter {
  raster(request: ImageRequest): RasterShot;
  vector(request: ImageRequest): VectorShot;
}

let exporter: Exporter | null = null;

/**
 * The bridge from the export dialog to the live scene: the canvas registers a renderer of the
 * current view at any size; the dialog asks it for pixels or shapes and adds the legend, title and
 * labels. Free of three.js so the dialog is too.
 */
export const imageExporter = {
  register(next: Exporter | null) {
    exporter = next;
  },
  available(): boolean {
    return exporter !== null;
  },
  raster(request: ImageRequest): RasterShot {
    if (!exporter) throw new Error('The 3D view is not ready, so there is no image to export.');
    return exporter.raster(request);
  },
  vector(request: ImageRequest): VectorShot {
    if (!exporter) throw new Error('The 3D view is not ready, so there is no drawing to export.');
    return exporter.vector(request);
  },
};
