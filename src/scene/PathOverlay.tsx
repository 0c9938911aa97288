import { useMemo } from 'react';
import { usePath, useView, useWiring } from '../state/selectors';
import { pathTraversals, pointAlong, traversalSegments } from './linkPolylines';
import { HighlightSegments } from './HighlightSegments';
import { ArrowHeads } from './ArrowHeads';
import { useScenePalette } from './useScenePalette';

const ahead = new Float32Array(3);
const behind = new Float32Array(3);

/** The shortest path between the two selected chips, over the links it really takes, with an arrow per hop. */
export function PathOverlay() {
  const path = usePath();
  const wiring = useWiring();
  const view = useView();
  const palette = useScenePalette();
  const { vertices, arrows, directions } = useMemo(() => {
    const traversals = path ? pathTraversals(wiring, view.dims, path) : [];
    const arrows = new Float32Array(traversals.length * 3);
    const directions = new Float32Array(traversals.length * 3);
    traversals.forEach((t, i) => {
      pointAlong(wiring, t, 0.5, arrows, i * 3);
      pointAlong(wiring, t, 0.56, ahead, 0);
      pointAlong(wiring, t, 0.44, behind, 0);
      for (let j = 0; j < 3; j++) directions[i * 3 + j] = ahead[j]! - behind[j]!;
    });
    return { vertices: traversalSegments(wiring, traversals), arrows, directions };
  }, [path, wiring, view]);
  const size = Math.min(wiring.chipSize[0] * 0.7, 0.7);
  return (
    <>
      <HighlightSegments vertices={vertices} color={palette.overlay.path} width={5} name="path" />
      <ArrowHeads
        positions={arrows}
        directions={directions}
        size={size}
        color={palette.overlay.path}
        name="path-arrows"
      />
    </>
  );
}
