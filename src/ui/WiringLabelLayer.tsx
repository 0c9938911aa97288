import { useMemo } from 'react';
import {
  anatomyLabels,
  CHIPS,
  chipAnatomy,
  chipsInSlice,
  sliceIsWhole,
  sliceProblem,
  wiringLabels,
  type WiringLabel,
} from '../model/index';
import { useMetrics, useView, useWiring } from '../state/selectors';
import { useExplorer } from '../state/store';
import { SceneLabelLayer, type SceneLabel } from './labels/SceneLabelLayer';

const toSceneLabel = (l: WiringLabel): SceneLabel => ({
  id: l.id,
  text: l.text,
  detail: l.detail,
  position: l.position,
  priority: l.priority,
  className: l.tone,
});

/**
 * The wiring views' labels (dimensions, instance planes, switches, chip coordinates) and the chip
 * level's part names, in the shared label layer.
 */
export function WiringLabelLayer() {
  const level = useExplorer((s) => s.level);
  const view = useView();
  const wiring = useWiring();
  const selection = useExplorer((s) => s.selection);
  const hovered = useExplorer((s) => s.hovered?.chip ?? null);
  const slice = useExplorer((s) => s.slice);
  const chipId = useExplorer((s) => s.config.chip);
  const degree = useMetrics().degree;
  const partLabels = useMemo(() => {
    const chip = CHIPS[chipId];
    return anatomyLabels(chip, chipAnatomy(chip, degree)).map(toSceneLabel);
  }, [chipId, degree]);
  const labels = useMemo<SceneLabel[]>(() => {
    const dims = view.dims.slice(0, 3);
    const active =
      slice && view.fabric === 'torus' && sliceProblem(slice, dims) === null && !sliceIsWhole(slice, dims)
        ? slice
        : null;
    const visible = active ? chipsInSlice(dims, active, wiring.chipCount) : null;
    const focus = hovered !== null ? [...selection, hovered] : selection;
    return wiringLabels(view, wiring, { focus, visible }).map(toSceneLabel);
  }, [view, wiring, selection, hovered, slice]);
  if (level === 'chip') return <SceneLabelLayer labels={partLabels} name="chip" />;
  if (level !== 'instance' && level !== 'ultraserver') return null;
  return <SceneLabelLayer labels={labels} name="wiring" />;
}
