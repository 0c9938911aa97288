import { useMemo } from 'react';
import { CHIPS, chipAnatomy } from '../model/index';
import { useExplorer } from '../state/store';
import { useMetrics } from '../state/selectors';
import { CameraRig } from './CameraRig';
import { PartInstances } from './PartInstances';
import { ANATOMY_COLORS } from './palette';
import { ContactShadow } from './ContactShadow';
import { useScenePalette } from './useScenePalette';

/** One chip up close: package, compute dies, cores, HBM stacks and one port per scale-up link. */
export function ChipAnatomyView() {
  const chipId = useExplorer((s) => s.config.chip);
  const degree = useMetrics().degree;
  const anatomy = useMemo(() => chipAnatomy(CHIPS[chipId], degree), [chipId, degree]);
  const palette = useScenePalette();
  const [width, height, depth] = anatomy.package.size;
  return (
    <>
      <CameraRig radius={anatomy.radius * 0.8} />
      <ContactShadow
        position={[0, -height / 2 - 0.05, 0]}
        size={[width * 1.5, depth * 1.7]}
        color={palette.shadow}
        opacity={palette.shadowOpacity}
      />
      <PartInstances part={anatomy.package} color={ANATOMY_COLORS.package} name="package" />
      <PartInstances part={anatomy.dies} color={ANATOMY_COLORS.die} name="dies" />
      <PartInstances part={anatomy.cores} color={ANATOMY_COLORS.core} name="cores" />
      <PartInstances part={anatomy.hbm} color={ANATOMY_COLORS.hbm} name="hbm" />
      <PartInstances part={anatomy.ports} color={ANATOMY_COLORS.port} name="ports" />
    </>
  );
}
