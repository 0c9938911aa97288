import { cssFont, type DecorItem, type TextMeasure } from './pictureDecor';

/** Draws the decor over a picture already holding the scene. */
export function paintDecor(context: CanvasRenderingContext2D, items: readonly DecorItem[]) {
  for (const item of items) {
    context.save();
    if (item.kind === 'rect') {
      context.beginPath();
      context.roundRect(item.x, item.y, item.width, item.height, item.radius);
      if (item.fill) {
        context.fillStyle = item.fill;
        context.fill();
      }
      if (item.stroke) {
        context.strokeStyle = item.stroke.color;
        context.lineWidth = item.stroke.width;
        if (item.stroke.dashed) context.setLineDash([item.stroke.width * 3, item.stroke.width * 2]);
        context.stroke();
      }
    } else if (item.kind === 'swatch') {
      context.strokeStyle = item.color;
      context.lineWidth = item.width;
      context.lineCap = item.dashed ? 'butt' : 'round';
      if (item.dashed) context.setLineDash([item.width * 2.2, item.width * 1.4]);
      context.beginPath();
      context.moveTo(item.x1, item.y1);
      context.lineTo(item.x2, item.y2);
      context.stroke();
    } else {
      context.font = cssFont(item.style, item.weight, item.size, item.family);
      context.fillStyle = item.color;
      context.textAlign = item.anchor === 'end' ? 'right' : 'left';
      context.textBaseline = 'alphabetic';
      context.fillText(item.text, item.x, item.y);
    }
    context.restore();
  }
}

/** Text measurement through a scratch 2D canvas (the same font engine the PNG is drawn with). */
export function canvasMeasure(): TextMeasure {
  const context = document.createElement('canvas').getContext('2d')!;
  return {
    width(text, font) {
      context.font = font;
      return context.measureText(text).width;
    },
    extent(font) {
      context.font = font;
      const m = context.measureText('Hg');
      return { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
    },
  };
}
