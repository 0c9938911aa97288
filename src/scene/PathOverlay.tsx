import { useMemo } from 'react';
import { usePath, useView, useWiring } from '../state/selectors';
import { pathTraversals, traversalSegments } from './linkPolylines';
import { HighlightSegments } from './HighlightSegments';
import { HIGHLIGHT } from './palette';

/** The shortest path between the two selected chips, over the links it really takes. */
export function PathOverlay() {
  const path = usePath();
  const wiring = useWiring();
  const view = useView();
  const vertices = useMemo(
    () => (path ? traversalSegments(wiring, pathTraversals(wiring, view.dims, path)) : new Float32Array(0)),
    [path, wiring, view],
  );
  return <HighlightSegments vertices={vertices} color={HIGHLIGHT.pathLink} name="path" />;
}
