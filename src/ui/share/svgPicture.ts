import type { VectorShape, VectorShot } from '../../scene/imageExporter';
import type { DecorItem } from './pictureDecor';

const n = (v: number) => (Math.round(v * 10) / 10).toString();

/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function polygon(points: readonly number[], fill: string): string {
  let p = '';
  for (let i = 0; i < points.length; i += 2) p += `${i ? ' ' : ''}${n(points[i]!)},${n(points[i + 1]!)}`;
  return `<polygon points="${p}" fill="${fill}"/>`;
}

function shape(s: VectorShape): string {
  switch (s.kind) {
    case 'chip':
      return `<g class="chip" data-chip="${s.index}">${s.faces.map((f) => polygon(f.points, f.fill)).join('')}</g>`;
    case 'box':
      return `<g class="box" data-kind="${xml(s.group)}">${s.faces.map((f) => polygon(f.points, f.fill)).join('')}</g>`;
    case 'line': {
      const [x1, y1, x2, y2] = s.points;
      const opacity = s.opacity < 1 ? ` stroke-opacity="${Math.round(s.opacity * 100) / 100}"` : '';
      const dash = s.dashed ? ` stroke-dasharray="${n(s.width * 3)} ${n(s.width * 2)}"` : '';
      return `<line data-kind="${xml(s.group)}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${s.stroke}" stroke-width="${n(s.width)}"${opacity}${dash}/>`;
    }
    case 'dot':
      return `<circle data-kind="${xml(s.group)}" cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.radius)}" fill="${s.fill}"/>`;
  }
}

function decor(item: DecorItem): string {
  if (item.kind === 'rect') {
    const stroke = item.stroke
      ? ` stroke="${item.stroke.color}" stroke-width="${n(item.stroke.width)}"${item.stroke.dashed ? ` stroke-dasharray="${n(item.stroke.width * 3)} ${n(item.stroke.width * 2)}"` : ''}`
      : '';
    return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" rx="${n(item.radius)}" fill="${item.fill ?? 'none'}"${stroke}/>`;
  }
  if (item.kind === 'swatch') {
    const dash = item.dashed ? ` stroke-dasharray="${n(item.width * 2.2)} ${n(item.width * 1.4)}"` : '';
    return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${item.color}" stroke-width="${n(item.width)}" stroke-linecap="${item.dashed ? 'butt' : 'round'}"${dash}/>`;
  }
  const anchor = item.anchor === 'end' ? ' text-anchor="end"' : '';
  const style = item.style !== 'normal' ? ` font-style="${item.style}"` : '';
  return `<text class="${item.role}" x="${n(item.x)}" y="${n(item.y)}" font-size="${n(item.size)}" font-weight="${xml(item.weight)}"${style} font-family="${xml(item.family)}" fill="${item.color}"${anchor}>${xml(item.text)}</text>`;
}

/**
 * The picture as an SVG document: background, the diagram (one group per chip, one line per
 * link, far to near), then labels, title and legend as real text, so a slide stays sharp at any size.
 */
/** `backdrop` is SVG markup drawn first (the view's CSS backdrop), or ''. */
export function svgPicture(shot: VectorShot, items: readonly DecorItem[], title: string, backdrop = ''): string {
  const { width, height } = shot;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${xml(title)}</title>`,
  ];
  if (backdrop) parts.push(backdrop);
  if (shot.background?.startsWith('data:'))
    parts.push(`<image href="${shot.background}" width="${width}" height="${height}" preserveAspectRatio="none"/>`);
  else if (shot.background) parts.push(`<rect width="100%" height="100%" fill="${shot.background}"/>`);
  parts.push('<g class="diagram" stroke-linecap="round">');
  for (const s of shot.shapes) parts.push(shape(s));
  parts.push('</g><g class="decor">');
  for (const item of items) parts.push(decor(item));
  parts.push('</g></svg>');
  return parts.join('\n');
}
