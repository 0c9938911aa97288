import type { ShotMapping } from '../../scene/imageExporter';
import type { LegendEntry, PictureOverlays } from './pictureOverlays';
import { pictureLayout, type PictureLayout } from './pictureLayout';
import { wrapText } from './pictureText';

/** What is drawn over the scene, in picture pixels: text, filled boxes and line swatches. */
export type DecorItem =
  | {
      kind: 'text';
      text: string;
      x: number;
      /** Baseline. */
      y: number;
      size: number;
      weight: string;
      style: string;
      family: string;
      color: string;
      anchor: 'start' | 'end';
      role: 'title' | 'subtitle' | 'legend' | 'label' | 'credit';
    }
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      radius: number;
      fill: string | null;
      stroke: { color: string; width: number; dashed: boolean } | null;
    }
  | { kind: 'swatch'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dashed: boolean };

/** Measures text for layout: its advance width, and the font's ascent and descent, in pixels. */
export interface TextMeasure {
  width(text: string, font: string): number;
  extent(font: string): { ascent: number; descent: number };
}

export interface DecorOptions {
  overlays: PictureOverlays;
  /** Title and legend colours (the picture's theme). */
  text: { text: string; muted: string };
  family: string;
  measure: TextMeasure;
}

export function cssFont(style: string, weight: string, size: number, family: string): string {
  // A CSS size to a hundredth of a pixel, not a number anyone reads.
  return `${style} ${weight} ${Math.round(size * 100) / 100}px ${family}`;
}

interface PlacedEntry {
  entry: LegendEntry;
  x: number;
  row: number;
}

/**
 * The layout of a picture of this size with these overlays: the subtitle's wrap decides the
 * header's height, the legend's rows the footer's.
 */
export function layoutFor(
  width: number,
  height: number,
  options: DecorOptions,
): { layout: PictureLayout; subtitle: string[]; legend: PlacedEntry[] } {
  const probe = pictureLayout(width, height, 0, 0);
  const font = cssFont('normal', '400', probe.subtitle.size, options.family);
  const subtitle = options.overlays.subtitle
    ? wrapText(options.overlays.subtitle, probe.subtitle.maxWidth, (s) => options.measure.width(s, font))
    : [];
  // Legend entries left to right, onto a new row when the next would pass the right edge.
  const { legend: box } = probe;
  const legendFont = cssFont('normal', '400', box.size, options.family);
  const placed: PlacedEntry[] = [];
  let x = 0;
  let row = 0;
  for (const entry of options.overlays.legend) {
    const w = box.swatch + box.size * 0.45 + options.measure.width(entry.label, legendFont);
    if (x > 0 && x + w > box.maxWidth) {
      row++;
      x = 0;
    }
    placed.push({ entry, x, row });
    x += w + box.gap;
  }
  const rows = placed.length ? row + 1 : 0;
  // Rows counted from the top; the last row sits on the bottom baseline.
  const legend = placed.map((p) => ({ ...p, row: rows - 1 - p.row }));
  return { layout: pictureLayout(width, height, subtitle.length, rows), subtitle, legend };
}

/** Title, subtitle, legend, credit and the scene's labels, placed for the picture `mapping` describes. */
export function pictureDecor(mapping: ShotMapping, options: DecorOptions): DecorItem[] {
  const { overlays, text, family, measure } = options;
  const { layout, subtitle, legend: entries } = layoutFor(mapping.width, mapping.height, options);
  const items: DecorItem[] = [];
  const line = (
    value: string,
    x: number,
    y: number,
    size: number,
    weight: string,
    color: string,
    role: 'title' | 'subtitle' | 'legend' | 'credit',
    anchor: 'start' | 'end' = 'start',
  ) => items.push({ kind: 'text', text: value, x, y, size, weight, style: 'normal', family, color, anchor, role });

  // The scene's labels first, so the title and legend stay readable over them; leaders under their labels.
  const s = mapping.scale;
  for (const leader of overlays.leaders) {
    const a = mapping.toPicture(leader.from.x, leader.from.y);
    const b = mapping.toPicture(leader.to.x, leader.to.y);
    items.push({
      kind: 'swatch',
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      color: leader.color,
      width: leader.width * s,
      dashed: false,
    });
  }
  for (const label of overlays.labels) {
    const at = mapping.toPicture(label.box.x, label.box.y);
    if (label.background || label.border)
      items.push({
        kind: 'rect',
        x: at.x,
        y: at.y,
        width: label.box.width * s,
        height: label.box.height * s,
        radius: label.radius * s,
        fill: label.background,
        stroke: label.border && { ...label.border, width: label.border.width * s },
      });
    for (const run of label.runs) {
      const p = mapping.toPicture(run.box.x, run.box.y);
      const size = run.fontSize * s;
      const { ascent, descent } = measure.extent(cssFont(run.fontStyle, run.fontWeight, size, run.fontFamily));
      const height = run.box.height * s;
      items.push({
        kind: 'text',
        text: run.text,
        x: p.x,
        y: p.y + (height - ascent - descent) / 2 + ascent,
        size,
        weight: run.fontWeight,
        style: run.fontStyle,
        family: run.fontFamily,
        color: run.color,
        anchor: 'start',
        role: 'label',
      });
    }
  }

  line(overlays.title, layout.title.x, layout.title.y, layout.title.size, '700', text.text, 'title');
  subtitle.forEach((value, i) => {
    const { x, y, size, lineHeight } = layout.subtitle;
    line(value, x, y + (i + 0.78) * lineHeight, size, '400', text.muted, 'subtitle');
  });

  const { legend } = layout;
  for (const { entry, x: offset, row } of entries) {
    const baseline = legend.y - row * legend.lineHeight;
    const middle = baseline - legend.size * 0.35;
    let x = legend.x + offset;
    items.push({
      kind: 'swatch',
      x1: x,
      y1: middle,
      x2: x + legend.swatch,
      y2: middle,
      color: entry.color,
      width: Math.max(3, legend.size * (entry.thick ? 0.42 : 0.28)),
      dashed: entry.dashed,
    });
    x += legend.swatch + legend.size * 0.45;
    line(entry.label, x, baseline, legend.size, '400', text.text, 'legend');
  }
  line('clusterscope', layout.credit.x, layout.credit.y, layout.credit.size, '600', text.muted, 'credit', 'end');
  return items;
}
