import { useMemo } from 'react';
import { useExplorer } from '../state/store';
import { useView, useWiring } from '../state/selectors';
import { torusTraversal, traversalSegments } from './linkPolylines';
import { HighlightSegments } from './HighlightSegments';
import { HIGHLIGHT } from './palette';

/** Failed links drawn over their real routes in red. */
export function FailureOverlay() {
  const failedLinks = useExplorer((s) => s.failedLinks);
  const wiring = useWiring();
  const view = useView();
  const vertices = useMemo(
    () =>
      view.fabric === 'torus'
        ? traversalSegments(
            wiring,
            failedLinks.map(([a, b]) => torusTraversal(wiring, view.dims, a, b)).filter((t) => t.count > 0),
          )
        : new Float32Array(0),
    [failedLinks, wiring, view],
  );
  return <HighlightSegments vertices={vertices} color={HIGHLIGHT.failedLink} name="failed-links" />;
}
