import { useMemo } from 'react';
import { useCampusLayout, useSitePlan } from '../state/selectors';
import { useExplorer } from '../state/store';
import { formatCount, formatPower } from './format';
import { SceneLabelLayer, type SceneLabel } from './labels/SceneLabelLayer';

/** Each building's label on the campus: its number, chips and facility power, over its roof. */
export function SiteLabelLayer() {
  const level = useExplorer((s) => s.level);
  const campus = useCampusLayout();
  const plan = useSitePlan();
  const labels = useMemo(() => {
    const perBuilding = plan.ultraServersPerBuilding;
    const { positions, sizes } = campus.buildings;
    const out: SceneLabel[] = [];
    for (let b = 0; b < campus.buildings.count; b++) {
      const placed =
        perBuilding > 0 ? Math.min(perBuilding, Math.max(0, plan.placedUltraServers - b * perBuilding)) : 0;
      const chips = placed * plan.chipsPerUltraServer;
      out.push({
        id: `building-${b}`,
        text: `B${b + 1}`,
        detail:
          placed > 0
            ? `${formatCount(chips)} chips · ${formatPower(placed * plan.ultraServerFacilityPowerWatts)}`
            : undefined,
        position: [positions[b * 3]!, positions[b * 3 + 1]! + sizes[b * 3 + 1]! / 2, positions[b * 3 + 2]!],
        // Buildings holding the cluster first, then in order.
        priority: (placed > 0 ? 2000 : 1000) - b,
        className: placed > 0 ? undefined : 'muted',
        testId: `building-label-${b}`,
      });
    }
    return out;
  }, [campus, plan]);
  if (level !== 'campus') return null;
  return <SceneLabelLayer labels={labels} name="campus" />;
}
