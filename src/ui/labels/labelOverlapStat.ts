import { countOverlaps } from './placeLabels';

/** Marks every visible scene label; the image export draws these elements too. */
export const SCENE_LABEL_ATTRIBUTE = 'data-scene-label';

let scheduled = false;

/**
 * Counts, after the next paint, the pairs of visible scene labels (any layer) whose boxes share
 * area, measured from the page rather than from the placement, and writes the count to the
 * `?stats=1` overlay as `data-label-overlaps`. Does nothing without the overlay; several calls in
 * one frame count once.
 */
export function scheduleLabelOverlapCount(): void {
  if (scheduled || typeof requestAnimationFrame === 'undefined') return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    const stats = document.querySelector<HTMLElement>('[data-testid="stats"]');
    if (!stats) return;
    const rects = Array.from(document.querySelectorAll<HTMLElement>(`[${SCENE_LABEL_ATTRIBUTE}]`), (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    stats.dataset.labelOverlaps = String(countOverlaps(rects));
    stats.dataset.labels = String(rects.length);
  });
}
