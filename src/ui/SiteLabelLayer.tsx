import { useEffect, useRef } from 'react';
import { useCampusLayout, useSitePlan } from '../state/selectors';
import { useExplorer } from '../state/store';
import { screenProjector } from '../scene/screenProjector';
import { formatCount, formatPower } from './format';

/** Each building's label on the campus: its number, chips and facility power, placed over it. */
export function SiteLabelLayer() {
  const level = useExplorer((s) => s.level);
  const campus = useCampusLayout();
  const plan = useSitePlan();
  const layer = useRef<HTMLDivElement>(null);
  const perBuilding = plan.ultraServersPerBuilding;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels mount with the campus level, so placing must re-run when it is entered.
  useEffect(() => {
    const place = () => {
      const el = layer.current;
      if (!el) return;
      const { positions, sizes } = campus.buildings;
      el.querySelectorAll<HTMLElement>('[data-building]').forEach((label) => {
        const b = Number(label.dataset.building);
        const p = screenProjector.project(
          positions[b * 3]!,
          positions[b * 3 + 1]! + sizes[b * 3 + 1]! / 2 + 2,
          positions[b * 3 + 2]!,
        );
        label.style.visibility = p ? 'visible' : 'hidden';
        if (p) label.style.transform = `translate(${p.x}px, ${p.y}px) translate(-50%, -100%)`;
      });
    };
    place();
    return screenProjector.subscribe(place);
  }, [campus, level]);

  if (level !== 'campus') return null;
  const labels = [];
  for (let b = 0; b < campus.buildings.count; b++) {
    const placed = perBuilding > 0 ? Math.min(perBuilding, Math.max(0, plan.placedUltraServers - b * perBuilding)) : 0;
    const chips = placed * plan.chipsPerUltraServer;
    labels.push(
      <div
        key={b}
        className={`site-label${placed ? '' : ' empty'}`}
        data-building={b}
        data-testid={`building-label-${b}`}
      >
        <strong>B{b + 1}</strong>
        {placed > 0 && (
          <span>
            {formatCount(chips)} chips · {formatPower(placed * plan.ultraServerFacilityPowerWatts)}
          </span>
        )}
      </div>,
    );
  }
  return (
    <div className="site-labels" ref={layer} aria-hidden="true">
      {labels}
    </div>
  );
}
