import type { PixelRect } from '../../scene/exportFraming';

/** One entry of the legend as the screen shows it. */
export interface LegendEntry {
  label: string;
  /** CSS colour of the swatch. */
  color: string;
  dashed: boolean;
  /** Drawn thicker (overlays: path, failures, all-reduce). */
  thick: boolean;
}

/** One run of label text at its place on screen, in canvas CSS pixels. */
export interface LabelRun {
  text: string;
  box: PixelRect;
  /** CSS font shorthand at screen size, without the size (weight, style and family). */
  fontWeight: string;
  fontStyle: string;
  fontFamily: string;
  fontSize: number;
  color: string;
}

/** A label of the scene: its box (with its fill, if it has one) and its text runs. */
export interface SceneLabel {
  box: PixelRect;
  background: string | null;
  border: { color: string; width: number; dashed: boolean } | null;
  radius: number;
  runs: LabelRun[];
}

/** A leader line from a label to the point it names, in canvas CSS pixels. */
export interface Leader {
  from: { x: number; y: number };
  to: { x: number; y: number };
  color: string;
  width: number;
}

/** Everything drawn over the scene in an exported picture. */
export interface PictureOverlays {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  labels: SceneLabel[];
  leaders: Leader[];
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color) || color === '';
}

function shown(element: Element): boolean {
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The legend on screen, entry by entry: the export carries what the user sees. */
export function readLegend(root: ParentNode = document): LegendEntry[] {
  const entries: LegendEntry[] = [];
  root.querySelectorAll('.viewport .legend li').forEach((item) => {
    if (!shown(item)) return;
    const swatch = item.querySelector('.swatch');
    const label = item.textContent?.trim() ?? '';
    if (!swatch || !label) return;
    const style = getComputedStyle(swatch);
    const fill = style.backgroundColor;
    const dashed = style.borderTopStyle === 'dashed' || style.backgroundImage.includes('gradient');
    // A dashed swatch is a repeating gradient of its colour and transparency: its first colour stop.
    const gradientColor = /rgba?\([^)]*\)/.exec(style.backgroundImage)?.[0];
    const color = !isTransparent(fill) ? fill : (gradientColor ?? style.borderTopColor);
    entries.push({ label, color, dashed, thick: swatch.getBoundingClientRect().height >= 6 });
  });
  return entries;
}

/** Every visible [data-scene-label] over the canvas, as boxes and text runs relative to the canvas. */
export function readSceneLabels(canvas: Element, root: ParentNode = document): SceneLabel[] {
  const origin = canvas.getBoundingClientRect();
  const relative = (r: DOMRect): PixelRect => ({
    x: r.left - origin.left,
    y: r.top - origin.top,
    width: r.width,
    height: r.height,
  });
  const labels: SceneLabel[] = [];
  root.querySelectorAll('[data-scene-label]').forEach((element) => {
    if (!shown(element)) return;
    const rect = element.getBoundingClientRect();
    // Labels scrolled out of the view are not in the picture either.
    if (rect.right < origin.left || rect.left > origin.right || rect.bottom < origin.top || rect.top > origin.bottom)
      return;
    const style = getComputedStyle(element);
    const runs: LabelRun[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || !shown(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      const font = getComputedStyle(parent);
      runs.push({
        text,
        box: relative(box),
        fontWeight: font.fontWeight,
        fontStyle: font.fontStyle,
        fontFamily: font.fontFamily,
        fontSize: Number.parseFloat(font.fontSize),
        color: font.color,
      });
    }
    if (runs.length === 0) return;
    const borderWidth = Number.parseFloat(style.borderTopWidth) || 0;
    labels.push({
      box: relative(rect),
      background: isTransparent(style.backgroundColor) ? null : style.backgroundColor,
      border:
        borderWidth > 0 && style.borderTopStyle !== 'none' && !isTransparent(style.borderTopColor)
          ? { color: style.borderTopColor, width: borderWidth, dashed: style.borderTopStyle === 'dashed' }
          : null,
      radius: Number.parseFloat(style.borderTopLeftRadius) || 0,
      runs,
    });
  });
  return labels;
}

/** The label layers' leader lines (SVG paths of M…L… pairs), relative to the canvas. */
export function readLeaders(canvas: Element, root: ParentNode = document): Leader[] {
  const origin = canvas.getBoundingClientRect();
  const leaders: Leader[] = [];
  root.querySelectorAll<SVGPathElement>('[data-label-layer] .scene-label-leaders path').forEach((path) => {
    const box = (path.ownerSVGElement ?? path).getBoundingClientRect();
    const style = getComputedStyle(path);
    const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    for (let i = 0; i + 3 < numbers.length; i += 4)
      leaders.push({
        from: { x: numbers[i]! + box.left - origin.left, y: numbers[i + 1]! + box.top - origin.top },
        to: { x: numbers[i + 2]! + box.left - origin.left, y: numbers[i + 3]! + box.top - origin.top },
        color: style.stroke,
        width: Number.parseFloat(style.strokeWidth) || 1,
      });
  });
  return leaders;
}
