import { useEffect, useRef } from 'react';
import { screenProjector } from '../scene/screenProjector';
import { useCampusLayout } from '../state/selectors';
import { useExplorer } from '../state/store';

/** Lengths the scale bar may show, metres. */
const NICE_LENGTHS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
const MIN_PX = 70;
const MAX_PX = 170;

const formatLength = (m: number) => (m >= 1000 ? `${m / 1000} km` : `${m} m`);

/**
 * A scale bar and a north arrow for the campus and building views, measured every frame at
 * the centre of the view (a perspective view's scale varies across it: the bar is right in
 * the middle). North is −z in the site frame.
 */
export function SiteCompass() {
  const level = useExplorer((s) => s.level);
  const campus = useCampusLayout();
  const bar = useRef<HTMLDivElement>(null);
  const barText = useRef<HTMLSpanElement>(null);
  const arrow = useRef<HTMLDivElement>(null);
  const shown = level === 'campus' || level === 'building';
  const [cx, cz] = level === 'campus' ? campus.center : [0, 0];

  useEffect(() => {
    if (!shown) return;
    const place = () => {
      const centre = screenProjector.project(cx, 0, cz);
      const east = screenProjector.project(cx + 1, 0, cz);
      const north = screenProjector.project(cx, 0, cz - 1);
      if (!centre || !east || !north || !bar.current || !arrow.current || !barText.current) return;
      const pxPerMetre = Math.hypot(east.x - centre.x, east.y - centre.y);
      const length = NICE_LENGTHS.find((m) => m * pxPerMetre >= MIN_PX) ?? NICE_LENGTHS[NICE_LENGTHS.length - 1]!;
      const px = Math.min(MAX_PX * 1.5, length * pxPerMetre);
      bar.current.style.width = `${Math.round(px * 10) / 10}px`;
      barText.current.textContent = formatLength(length);
      const angle = Math.atan2(north.x - centre.x, -(north.y - centre.y));
      arrow.current.style.transform = `rotate(${Math.round(angle * 1000) / 1000}rad)`;
    };
    place();
    return screenProjector.subscribe(place);
  }, [shown, cx, cz]);

  if (!shown) return null;
  return (
    <div className="site-compass" data-label-obstacle="" data-testid="site-compass" aria-hidden="true">
      <div className="north">
        <div className="north-arrow" ref={arrow}>
          <svg viewBox="-10 -14 20 28" width="20" height="28" role="presentation">
            <path d="M0 -13 L7 9 L0 4 L-7 9 Z" />
          </svg>
        </div>
        <span>N</span>
      </div>
      <div className="scale">
        <div className="scale-bar" ref={bar} />
        <span ref={barText} />
      </div>
    </div>
  );
}
