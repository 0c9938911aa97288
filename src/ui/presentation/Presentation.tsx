import { useEffect, useMemo } from 'react';
import { useMetrics, useSitePlan } from '../../state/selectors';
import { useExplorer } from '../../state/store';
import { tourSteps } from './tour';
import './presentation.css';

/**
 * Presentation mode: full screen, large type, the arrow keys step through the tour from one chip
 * to the campus. Each step is an ordinary view, so its link can be shared.
 */
export function Presentation() {
  const presentation = useExplorer((s) => s.presentation);
  const metrics = useMetrics();
  const plan = useSitePlan();
  const steps = useMemo(() => tourSteps(metrics, plan), [metrics, plan]);
  const step = presentation?.step ?? 0;
  const { showTourStep, endPresentation } = useExplorer.getState();

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when presenting starts, not on every step.
  useEffect(() => {
    if (!presentation) return;
    showTourStep(step, steps[step]!.level);
    document.documentElement.requestFullscreen?.().catch(() => {
      /* full screen needs a user gesture or permission; the tour works without it */
    });
  }, [presentation === null]);

  useEffect(() => {
    if (!presentation) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        const next = Math.min(step + 1, steps.length - 1);
        showTourStep(next, steps[next]!.level);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        const previous = Math.max(step - 1, 0);
        showTourStep(previous, steps[previous]!.level);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        endPresentation();
        if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      }
    };
    // Capture, so Escape ends the tour rather than climbing a level.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [presentation, step, steps, showTourStep, endPresentation]);

  if (!presentation) return null;
  const current = steps[step]!;
  return (
    <section className="presentation-caption" aria-label="Tour" data-testid="presentation">
      <p className="tour-count">
        {step + 1} / {steps.length}
      </p>
      <h2>{current.title}</h2>
      <p data-testid="tour-caption">{current.caption}</p>
      <p className="tour-keys">← → to step · Esc to leave</p>
    </section>
  );
}
