/**
 * Framing of an exported picture, as plain math (no three.js, no DOM), so it is tested on its own.
 *
 * A perspective camera sees through a window on the plane one unit in front of its eye: a point at
 * camera-space (x, y, z), z < 0 in front, lands at u = x / -z, v = y / -z. Exports keep the eye
 * and the viewing direction of the screen and choose only that window, so every screen position
 * (labels included) maps to the export by a plain scale and offset, and the perspective of the
 * picture stays the one the user framed.
 */

/** The part of the unit-distance image plane a picture shows; u grows to the right, v upwards. */
export interface FrustumWindow {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A rectangle in pixels, y downwards. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window of a symmetric perspective camera: vertical field of view in degrees, width/height, zoom. */
export function cameraWindow(fovDegrees: number, aspect: number, zoom = 1): FrustumWindow {
  const top = Math.tan((fovDegrees * Math.PI) / 360) / zoom;
  return { left: -top * aspect, right: top * aspect, top, bottom: -top };
}

/** Where a pixel of a picture of size width × height through `window` lies on the image plane. */
export function pixelToPlane(window: FrustumWindow, width: number, height: number, x: number, y: number) {
  return {
    u: window.left + (x / width) * (window.right - window.left),
    v: window.top - (y / height) * (window.top - window.bottom),
  };
}

/** The pixel of a picture of size width × height through `window` that shows plane point (u, v). */
export function planeToPixel(window: FrustumWindow, width: number, height: number, u: number, v: number) {
  return {
    x: ((u - window.left) / (window.right - window.left)) * width,
    y: ((window.top - v) / (window.top - window.bottom)) * height,
  };
}

/** Bounds of plane points given as a flat [u0, v0, u1, v1, …] array; null when there are none. */
export function planeBounds(points: ArrayLike<number>): FrustumWindow | null {
  let left = Infinity;
  let right = -Infinity;
  let top = -Infinity;
  let bottom = Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const u = points[i]!;
    const v = points[i + 1]!;
    if (!Number.isFinite(u) || !Number.isFinite(v)) continue;
    if (u < left) left = u;
    if (u > right) right = u;
    if (v > top) top = v;
    if (v < bottom) bottom = v;
  }
  return left <= right && bottom <= top ? { left, right, top, bottom } : null;
}

/**
 * The window of a width × height picture in which `content` (plane bounds) fills `frame` (a pixel
 * rectangle of the picture) as far as it can at one scale, centred in it: the camera refitted to
 * the content for the picture's aspect.
 */
export function fitWindow(content: FrustumWindow, frame: PixelRect, width: number, height: number): FrustumWindow {
  // Degenerate content (a single point) still needs a finite scale.
  const spanU = Math.max(content.right - content.left, 1e-6);
  const spanV = Math.max(content.top - content.bottom, 1e-6);
  const pixelsPerUnit = Math.min(frame.width / spanU, frame.height / spanV);
  const midU = (content.left + content.right) / 2;
  const midV = (content.top + content.bottom) / 2;
  const left = midU - (frame.x + frame.width / 2) / pixelsPerUnit;
  const top = midV + (frame.y + frame.height / 2) / pixelsPerUnit;
  return { left, right: left + width / pixelsPerUnit, top, bottom: top - height / pixelsPerUnit };
}

/** One tile of a large picture: its pixel rectangle and the window that shows it. */
export interface Tile extends PixelRect {
  window: FrustumWindow;
}

/** Cuts a width × height picture into tiles no larger than maxTile pixels a side. */
export function tiles(window: FrustumWindow, width: number, height: number, maxTile: number): Tile[] {
  const out: Tile[] = [];
  const step = Math.max(1, Math.floor(maxTile));
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const w = Math.min(step, width - x);
      const h = Math.min(step, height - y);
      const a = pixelToPlane(window, width, height, x, y);
      const b = pixelToPlane(window, width, height, x + w, y + h);
      out.push({ x, y, width: w, height: h, window: { left: a.u, top: a.v, right: b.u, bottom: b.v } });
    }
  }
  return out;
}
