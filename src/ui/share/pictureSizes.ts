/** A size choice of the export dialog: a multiple of the view (same aspect) or a fixed slide size. */
export type PictureSize =
  | { id: string; label: string; kind: 'view'; scale: number }
  | { id: string; label: string; kind: 'slide'; width: number; height: number };

export const PICTURE_SIZES: readonly PictureSize[] = [
  { id: '1x', label: '1× view', kind: 'view', scale: 1 },
  { id: '2x', label: '2× view', kind: 'view', scale: 2 },
  { id: '4x', label: '4× view', kind: 'view', scale: 4 },
  { id: '1920x1080', label: 'Slide 16:9, 1920×1080', kind: 'slide', width: 1920, height: 1080 },
  { id: '3840x2160', label: 'Slide 16:9, 3840×2160 (4K)', kind: 'slide', width: 3840, height: 2160 },
  { id: '1600x1200', label: 'Slide 4:3, 1600×1200', kind: 'slide', width: 1600, height: 1200 },
  { id: '2048x1536', label: 'Slide 4:3, 2048×1536', kind: 'slide', width: 2048, height: 1536 },
];

/** Sides of a custom picture, pixels: large enough to read, small enough for every browser's canvas. */
export const CUSTOM_SIZE_LIMITS = { min: 64, max: 8192 } as const;

/** The pixel size of a choice for a view of viewWidth × viewHeight CSS pixels: "2×" is exactly twice the view. */
export function pictureSize(size: PictureSize, viewWidth: number, viewHeight: number) {
  if (size.kind === 'slide') return { width: size.width, height: size.height };
  return { width: Math.round(viewWidth * size.scale), height: Math.round(viewHeight * size.scale) };
}

/**
 * Reads "1920x1080" (or 1920×1080) as a custom size. Returns the size, or a sentence saying what
 * is wrong with it.
 */
export function parsePictureSize(text: string): { width: number; height: number } | { error: string } {
  const match = /^\s*(\d{1,5})\s*[x×]\s*(\d{1,5})\s*$/i.exec(text);
  if (!match) return { error: `"${text}" is not a size; write width×height in pixels, such as 1920x1080.` };
  const width = Number(match[1]);
  const height = Number(match[2]);
  const { min, max } = CUSTOM_SIZE_LIMITS;
  if (width < min || height < min || width > max || height > max)
    return { error: `${width}×${height} is outside ${min}–${max} pixels a side.` };
  return { width, height };
}
