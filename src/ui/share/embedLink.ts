export interface EmbedSize {
  label: string;
  width: number;
  height: number;
}

export const EMBED_SIZES: readonly EmbedSize[] = [
  { label: '640 × 360', width: 640, height: 360 },
  { label: '960 × 540', width: 960, height: 540 },
  { label: '1280 × 720', width: 1280, height: 720 },
  { label: '1920 × 1080', width: 1920, height: 1080 },
];

/**
 * The current link in embed mode, with an optional caption and the theme on screen: a slide
 * keeps the colours it was made with, whatever the viewer's system prefers.
 */
export function embedUrl(href: string, caption: string, theme: 'dark' | 'light'): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  url.searchParams.set('theme', theme);
  if (caption.trim()) url.searchParams.set('caption', caption.trim());
  else url.searchParams.delete('caption');
  return url.toString();
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An iframe snippet for a page or slide tool. */
export function embedSnippet(url: string, size: EmbedSize, caption: string): string {
  const title = caption.trim() || 'clusterscope: AI supercomputer topology';
  return `<iframe src="${escapeAttribute(url)}" width="${size.width}" height="${size.height}" title="${escapeAttribute(title)}" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}
