import { useEffect, useState } from 'react';

/** Most pixels per CSS pixel the canvas renders at: beyond this the fill cost outgrows what anyone sees. */
export const MAX_PIXEL_RATIO = 3;
/**
 * Embeds render at least at 2×: a slide framework that scales the iframe from outside (CSS
 * transforms on the frame) is invisible from inside it, and 2× covers the usual 1.5–2× zoom.
 */
export const EMBED_MIN_PIXEL_RATIO = 2;

/**
 * Device pixels per CSS pixel of the canvas as displayed: the screen's ratio times any CSS
 * scale on the canvas or its ancestors (displayed width ÷ layout width), rounded to a quarter
 * so sub-pixel jitter does not reallocate the drawing buffer, and bounded.
 */
export function displayedPixelRatio(
  devicePixelRatio: number,
  displayedWidth: number,
  layoutWidth: number,
  embed: boolean,
): number {
  const scale = layoutWidth > 0 && displayedWidth > 0 ? displayedWidth / layoutWidth : 1;
  const ratio = (Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1) * scale;
  const floor = embed ? EMBED_MIN_PIXEL_RATIO : 1;
  return Math.min(MAX_PIXEL_RATIO, Math.max(floor, Math.round(ratio * 4) / 4));
}

/**
 * The pixel ratio for R3F's `dpr`, following the canvas's displayed size: measured when it
 * resizes, when the window resizes (slide frameworks rescale then) or the screen's ratio
 * changes (browser zoom, another monitor).
 */
export function useDisplayedPixelRatio(canvas: HTMLElement | null, embed: boolean): number {
  const [ratio, setRatio] = useState(() => displayedPixelRatio(window.devicePixelRatio, 1, 1, embed));
  useEffect(() => {
    const measure = () => {
      const width = canvas ? canvas.getBoundingClientRect().width : 1;
      setRatio(displayedPixelRatio(window.devicePixelRatio, width, canvas ? canvas.clientWidth : 1, embed));
    };
    measure();
    const resize = canvas ? new ResizeObserver(measure) : null;
    if (canvas) resize!.observe(canvas);
    window.addEventListener('resize', measure);
    const screen = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    screen.addEventListener('change', measure);
    return () => {
      resize?.disconnect();
      window.removeEventListener('resize', measure);
      screen.removeEventListener('change', measure);
    };
  }, [canvas, embed]);
  return ratio;
}
