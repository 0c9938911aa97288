/**
 * The view's backdrop — a CSS colour or radial gradient behind the transparent canvas — read from
 * the page and redrawn at any picture size, on a 2D canvas or as SVG.
 */

export interface GradientStop {
  /** Position along the radius, 0–1. */
  offset: number;
  color: string;
}

export type Backdrop =
  | { kind: 'solid'; color: string }
  /** An elliptical radial gradient: centre and radii as shares of the picture's width and height. */
  | { kind: 'radial'; cx: number; cy: number; rx: number; ry: number; stops: GradientStop[] };

/** Splits on commas that are not inside parentheses. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

const COLOR = /^(rgba?\([^)]*\)|#[0-9a-f]{3,8}|[a-z]+)/i;

/**
 * Reads a computed `radial-gradient(…)` with an elliptical size in percent (as Chrome writes
 * `ellipse 75% 70% at 50% 45%`) and colour stops in percent. Returns null for anything else.
 */
export function parseRadialGradient(css: string): Backdrop | null {
  const match = /^radial-gradient\((.*)\)$/i.exec(css.trim());
  if (!match) return null;
  const parts = topLevelParts(match[1]!);
  let cx = 0.5;
  let cy = 0.5;
  let rx = Math.SQRT1_2 * 2; // farthest-corner of a square: √2 × half a side, as a share of the side
  let ry = rx;
  // The first part is the ellipse's size and centre unless it is already a colour stop.
  if (/^(ellipse|circle|closest|farthest|\d|at\b)/i.test(parts[0]!)) {
    const shape = parts.shift()!;
    const at = /at\s+(-?[\d.]+)%\s+(-?[\d.]+)%/.exec(shape);
    if (at) {
      cx = Number(at[1]) / 100;
      cy = Number(at[2]) / 100;
    }
    const radii = /^(?:ellipse\s+)?([\d.]+)%\s+([\d.]+)%/.exec(shape.trim());
    if (!radii) return null;
    rx = Number(radii[1]) / 100;
    ry = Number(radii[2]) / 100;
  }
  const stops: GradientStop[] = [];
  parts.forEach((part, i) => {
    const color = COLOR.exec(part)?.[0];
    if (!color) return;
    const at = /([\d.]+)%\s*$/.exec(part.slice(color.length));
    stops.push({ offset: at ? Number(at[1]) / 100 : i / Math.max(parts.length - 1, 1), color });
  });
  return stops.length >= 2 ? { kind: 'radial', cx, cy, rx, ry, stops } : null;
}

function transparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
}

/** The backdrop behind the canvas: the first of its ancestors (up to the view) that paints one. */
export function readBackdrop(canvas: Element): Backdrop | null {
  for (let e: Element | null = canvas; e && !e.classList.contains('viewport'); e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.backgroundImage && style.backgroundImage !== 'none') {
      const gradient = parseRadialGradient(style.backgroundImage);
      if (gradient) return gradient;
    }
    if (!transparent(style.backgroundColor)) return { kind: 'solid', color: style.backgroundColor };
  }
  return null;
}

/** Paints the backdrop over a whole width × height canvas. */
export function paintBackdrop(context: CanvasRenderingContext2D, backdrop: Backdrop, width: number, height: number) {
  context.save();
  if (backdrop.kind === 'solid') {
    context.fillStyle = backdrop.color;
    context.fillRect(0, 0, width, height);
  } else {
    // A circle of radius rx·width, squeezed vertically into the ellipse.
    const squeeze = (backdrop.ry * height) / (backdrop.rx * width);
    context.translate(backdrop.cx * width, backdrop.cy * height);
    context.scale(1, squeeze);
    const gradient = context.createRadialGradient(0, 0, 0, 0, 0, backdrop.rx * width);
    for (const s of backdrop.stops) gradient.addColorStop(Math.min(Math.max(s.offset, 0), 1), s.color);
    context.fillStyle = gradient;
    context.fillRect(-backdrop.cx * width, (-backdrop.cy * height) / squeeze, width, height / squeeze);
  }
  context.restore();
}

/** The backdrop as SVG: a rectangle filled with the colour or an equivalent radialGradient. */
export function svgBackdrop(backdrop: Backdrop, width: number, height: number): string {
  if (backdrop.kind === 'solid') return `<rect width="${width}" height="${height}" fill="${backdrop.color}"/>`;
  const cx = backdrop.cx * width;
  const cy = backdrop.cy * height;
  const r = backdrop.rx * width;
  const squeeze = (backdrop.ry * height) / r;
  const stops = backdrop.stops
    .map((s) => `<stop offset="${Math.min(Math.max(s.offset, 0), 1)}" stop-color="${s.color}"/>`)
    .join('');
  return (
    `<defs><radialGradient id="backdrop" gradientUnits="userSpaceOnUse" cx="0" cy="0" r="${r}" ` +
    `gradientTransform="translate(${cx} ${cy}) scale(1 ${squeeze})">${stops}</radialGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#backdrop)"/>`
  );
}
