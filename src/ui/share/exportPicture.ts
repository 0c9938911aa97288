import { imageExporter, type ExportBackground, type ImageRequest } from '../../scene/imageExporter';
import { paintBackdrop, readBackdrop, svgBackdrop } from './cssBackdrop';
import { paintDecor, canvasMeasure } from './paintDecor';
import { layoutFor, pictureDecor, type DecorOptions } from './pictureDecor';
import { readLeaders, readLegend, readSceneLabels } from './pictureOverlays';
import { useExplorer } from '../../state/store';
import { svgPicture } from './svgPicture';

/** What the user asked for in the export dialog. */
export interface PictureChoice {
  format: 'png' | 'svg';
  width: number;
  height: number;
  background: ExportBackground;
}

/** The words of the picture: a title (system and level) and a subtitle (the caption or the view's description). */
export interface PictureWords {
  title: string;
  subtitle: string;
}

function viewCanvas(): HTMLCanvasElement {
  const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas');
  if (!canvas) throw new Error('The 3D view is not on screen, so there is no picture to export.');
  return canvas;
}

/**
 * The picture of the 3D view as the user chose it: the scene in the screen's colours, with the
 * legend, title, subtitle and the scene's labels drawn in, as a PNG or an SVG. `words` is read
 * once the picture's theme is on screen.
 */
export async function exportPicture(choice: PictureChoice, words: () => PictureWords): Promise<Blob> {
  const { theme, themeFollowsSystem, setTheme, restoreTheme } = useExplorer.getState();
  // A dark picture of a light screen (or the reverse) is the other theme's screen: switch for a moment.
  const wanted = choice.background === 'transparent' ? theme : choice.background;
  const switched = wanted !== theme;
  if (switched) {
    setTheme(wanted);
    await frames(3);
  }
  try {
    return await picture(choice, words());
  } finally {
    if (switched) restoreTheme(theme, themeFollowsSystem);
  }
}

/** Resolves after n animation frames: React commits, the scene redraws, labels are placed. */
function frames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** The theme's text colours, from the app's own tokens. */
function themeText(): { text: string; muted: string } {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: token('--text') || 'currentColor',
    muted: token('--muted-strong') || token('--muted') || 'currentColor',
  };
}

async function picture(choice: PictureChoice, words: PictureWords): Promise<Blob> {
  const canvas = viewCanvas();
  const labels = readSceneLabels(canvas);
  const options: DecorOptions = {
    overlays: { ...words, legend: readLegend(), labels, leaders: readLeaders(canvas) },
    text: themeText(),
    family: getComputedStyle(document.body).fontFamily,
    measure: canvasMeasure(),
  };
  const { width, height } = choice;
  const request: ImageRequest = {
    width,
    height,
    background: choice.background === 'transparent' ? 'transparent' : 'scene',
    frame: layoutFor(width, height, options).layout.frame,
    keep: labels.map((l) => l.box),
  };
  const backdrop = choice.background === 'transparent' ? null : readBackdrop(canvas);
  if (choice.format === 'svg') {
    const shot = imageExporter.vector(request);
    const text = svgPicture(
      shot,
      pictureDecor(shot, options),
      `${words.title}. ${words.subtitle}`,
      backdrop ? svgBackdrop(backdrop, width, height) : '',
    );
    return new Blob([text], { type: 'image/svg+xml' });
  }
  const shot = imageExporter.raster(request);
  // The backdrop (CSS behind the see-through canvas) under the scene, then the words over both.
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const context = out.getContext('2d');
  if (!context) throw new Error('The browser could not draw the picture; choose a smaller size.');
  if (backdrop) paintBackdrop(context, backdrop, width, height);
  context.drawImage(shot.canvas, 0, 0);
  paintDecor(context, pictureDecor(shot, options));
  return new Promise((resolve, reject) =>
    out.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG; choose a smaller size.'))),
      'image/png',
    ),
  );
}

/** Without WebGL: the flat drawing on screen, as a standalone SVG file. */
export function exportFlatDrawing(): Blob {
  const svg = document.querySelector<SVGSVGElement>('[data-testid="flat-drawing"]');
  if (!svg) throw new Error('There is no drawing on screen to export.');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
}
