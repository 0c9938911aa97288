import type { PixelRect } from '../../scene/exportFraming';

/** Where the title, legend and diagram go in a picture; sizes in picture pixels. */
export interface PictureLayout {
  /** Picture pixels per pixel of a 1920×1080 slide: type and margins scale with it. */
  unit: number;
  margin: number;
  title: { x: number; y: number; size: number };
  subtitle: { x: number; y: number; size: number; lineHeight: number; maxWidth: number };
  legend: { x: number; y: number; size: number; swatch: number; gap: number; lineHeight: number; maxWidth: number };
  credit: { x: number; y: number; size: number };
  /** The rectangle the diagram is fitted into (slides), clear of the title and the legend. */
  frame: PixelRect;
}

/**
 * Lays out a width × height picture like a slide: title and subtitle at the top left, the legend
 * along the bottom, the diagram between. Sizes follow a 1920×1080 slide (40 px title, 22 px
 * text, 48 px margins) scaled by the smaller of the two side ratios, so 4:3 pictures keep the
 * proportions of 16:9 ones.
 */
export function pictureLayout(width: number, height: number, subtitleLines: number, legendRows: number): PictureLayout {
  const unit = Math.min(width / 1920, height / 1080);
  const margin = 48 * unit;
  const titleSize = 40 * unit;
  const textSize = 22 * unit;
  const lineHeight = 30 * unit;
  const titleBaseline = margin + titleSize;
  const subtitleTop = titleBaseline + 14 * unit;
  const headerBottom = subtitleTop + subtitleLines * lineHeight;
  const legendBaseline = height - margin;
  // Legend rows stack upwards from the bottom baseline, one text line apart.
  const footerTop =
    legendRows > 0 ? legendBaseline - textSize - (legendRows - 1) * lineHeight - 24 * unit : height - margin;
  const top = headerBottom + 24 * unit;
  return {
    unit,
    margin,
    title: { x: margin, y: titleBaseline, size: titleSize },
    subtitle: { x: margin, y: subtitleTop, size: textSize, lineHeight, maxWidth: width - 2 * margin },
    legend: {
      x: margin,
      y: legendBaseline,
      size: textSize,
      swatch: 36 * unit,
      gap: 36 * unit,
      lineHeight,
      // The credit keeps the bottom right corner.
      maxWidth: width - 2 * margin - 180 * unit,
    },
    credit: { x: width - margin, y: legendBaseline, size: 16 * unit },
    frame: { x: margin, y: top, width: width - 2 * margin, height: Math.max(footerTop - top, height * 0.3) },
  };
}
