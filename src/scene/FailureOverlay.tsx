import { useMemo } from 'react';
import { useExplorer } from '../state/store';
import { useView, useWiring } from '../state/selectors';
import { isDrawnTraversal, torusTraversal, traversalSegments } from './linkPolylines';
import { HighlightSegments } from './HighlightSegments';
import { useScenePalette } from './useScenePalette';

/** Failed links drawn over their real routes: thick, vermilion and broken (dashed), so they read as cut. */
export function FailureOverlay() {
  const failedLinks = useExplorer((s) => s.failedLinks);
  const wiring = useWiring();
  const view = useView();
  const palette = useScenePalette();
  const vertices = useMemo(
    () =>
      view.fabric === 'torus'
        ? traversalSegments(
            wiring,
            failedLinks
              .map(([a, b]) => torusTraversal(wiring, view.dims, a, b))
              .filter((t) => t.count > 0 && isDrawnTraversal(wiring, t)),
          )
        : new Float32Array(0),
    [failedLinks, wiring, view],
  );
  return (
    <HighlightSegments
      vertices={vertices}
      color={palette.overlay.failedLink}
      width={6}
      dashSize={wiring.chipSize[0] * 0.3}
      name="failed-links"
    />
  );
}
