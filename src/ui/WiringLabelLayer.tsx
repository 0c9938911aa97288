import { useMemo } from 'react';
import { chipsInSlice, sliceIsWhole, sliceProblem, wiringLabels } from '../model/index';
import { useView, useWiring } from '../state/selectors';
import { useExplorer } from '../state/store';
import { SceneLabelLayer, type SceneLabel } from './labels/SceneLabelLayer';

/** The wiring views' labels (dimensions, instance planes, switches, chip coordinates) in the shared label layer. */
export function WiringLabelLayer() {
  const level = useExplorer((s) => s.level);
  const view = useView();
  const wiring = useWiring();
  const selection = useExplorer((s) => s.selection);
  const hovered = useExplorer((s) => s.hovered?.chip ?? null);
  const slice = useExplorer((s) => s.slice);
  const labels = useMemo<SceneLabel[]>(() => {
    const dims = view.dims.slice(0, 3);
    const active =
      slice && view.fabric === 'torus' && sliceProblem(slice, dims) === null && !sliceIsWhole(slice, dims)
        ? slice
        : null;
    const visible = active ? chipsInSlice(dims, active, wiring.chipCount) : null;
    const focus = hovered !== null ? [...selection, hovered] : selection;
    return wiringLabels(view, wiring, { focus, visible }).map((l) => ({
      id: l.id,
      text: l.text,
      detail: l.detail,
      position: l.position,
      priority: l.priority,
      className: l.tone,
    }));
  }, [view, wiring, selection, hovered, slice]);
  if (level !== 'instance' && level !== 'ultraserver') return null;
  return <SceneLabelLayer labels={labels} name="wiring" />;
}
