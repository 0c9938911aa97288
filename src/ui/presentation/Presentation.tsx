import { type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import { useMetrics, useSitePlan } from '../../state/selectors';
import { useExplorer } from '../../state/store';
import { tourLevels, tourSteps } from './tour';
import './presentation.css';

/** Where keyboard focus goes when the tour ends (the control that started it), if anywhere. */
let focusAfterTour: RefObject<HTMLElement | null> | null = null;

/**
 * Starts the tour of the system on screen. Call it from a click: full screen needs the user's
 * gesture (the tour works without it). Focus returns to `returnFocusTo` when the tour ends.
 */
export function useStartTour(returnFocusTo?: RefObject<HTMLElement | null>): () => void {
  const config = useExplorer((s) => s.config);
  const plan = useSitePlan();
  return useCallback(() => {
    focusAfterTour = returnFocusTo ?? null;
    useExplorer.getState().startPresentation(tourLevels(config, plan));
    document.documentElement.requestFullscreen?.().catch(() => {
      /* refused (no gesture, iframe without allowfullscreen): the tour fills the window instead */
    });
  }, [config, plan, returnFocusTo]);
}

function leaveTour() {
  useExplorer.getState().endPresentation();
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

/**
 * Presentation mode: the scene fills the screen, a caption in large type tells the story of the
 * system on screen, chip outwards; the arrow keys or the buttons step. Each step is an ordinary
 * view. Escape or the close button leaves, back to the system, level and camera the user had.
 */
export function Presentation() {
  const presentation = useExplorer((s) => s.presentation);
  const config = useExplorer((s) => s.config);
  const metrics = useMetrics();
  const plan = useSitePlan();
  const steps = useMemo(() => tourSteps({ config, metrics, plan }), [config, metrics, plan]);
  const step = presentation?.step ?? 0;
  const count = presentation?.levels.length ?? 0;
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!presentation) return;
    const { showTourStep } = useExplorer.getState();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        showTourStep(step + 1);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        showTourStep(step - 1);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        leaveTour();
      }
    };
    // Capture, so Escape ends the tour rather than climbing a level.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [presentation, step]);

  // Leaving full screen the browser's way (its own Escape) leaves the tour too.
  const presenting = presentation !== null;
  useEffect(() => {
    if (!presenting) return;
    const onChange = () => {
      if (!document.fullscreenElement) useExplorer.getState().endPresentation();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting]);

  // Keyboard users land in the tour, on its close button, and back where they started after it.
  useEffect(() => {
    if (!presenting) return;
    closeButton.current?.focus();
    return () => {
      focusAfterTour?.current?.focus();
      focusAfterTour = null;
    };
  }, [presenting]);

  if (!presentation) return null;
  // The steps follow the system on screen; the levels were fixed when the tour started.
  const current = steps.find((s) => s.level === presentation.levels[step]) ?? steps[0]!;
  return (
    <section className="presentation-caption" aria-label="Tour" data-testid="presentation">
      <div className="tour-text" aria-live="polite">
        <p className="tour-count">
          Step {step + 1} of {count}
        </p>
        <h2>{current.title}</h2>
        <p data-testid="tour-caption">{current.caption}</p>
      </div>
      <div className="tour-controls">
        <button
          type="button"
          onClick={() => useExplorer.getState().showTourStep(step - 1)}
          disabled={step === 0}
          aria-label="Previous step"
        >
          ←
        </button>
        <button
          type="button"
          onClick={() => useExplorer.getState().showTourStep(step + 1)}
          disabled={step === count - 1}
          aria-label="Next step"
        >
          →
        </button>
        <button type="button" ref={closeButton} onClick={leaveTour} data-testid="leave-tour">
          Leave tour (Esc)
        </button>
      </div>
    </section>
  );
}
