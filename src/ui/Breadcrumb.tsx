import { rackAddress } from '../model/index';
import { useSitePlan } from '../state/selectors';
import { useExplorer, LEVEL_ORDER, type ViewLevel } from '../state/store';
import { domainLabel } from './domainLabel';

interface Crumb {
  level: ViewLevel;
  label: string;
}

/** Where the view is, from the campus down to one chip; click a crumb (or press Escape) to climb. */
export function Breadcrumb() {
  const level = useExplorer((s) => s.level);
  const focusRack = useExplorer((s) => s.focusRack);
  const focusedChip = useExplorer((s) => s.focusedChip);
  const focusBuilding = useExplorer((s) => s.focusBuilding);
  const config = useExplorer((s) => s.config);
  const setLevel = useExplorer((s) => s.setLevel);
  const plan = useSitePlan();
  const rack = rackAddress(plan, focusRack);
  // The rack in focus belongs to another building until one of this building's racks is opened.
  const address = rack && rack.building === focusBuilding ? rack : null;
  const ultraServer = Math.floor(focusRack / Math.max(plan.racksPerUltraServer, 1));
  const crumbs: Crumb[] = [
    { level: 'campus', label: plan.name || 'Campus' },
    { level: 'building', label: `Building ${focusBuilding + 1}${address ? ` · hall ${address.hall + 1}` : ''}` },
    { level: 'rack', label: address ? `Row ${address.row + 1}, rack ${address.rack + 1}` : 'Rack' },
    { level: 'ultraserver', label: `${domainLabel(config)} ${ultraServer + 1}` },
    { level: 'instance', label: 'Instance' },
    { level: 'chip', label: `Chip ${focusedChip}` },
  ];
  const depth = LEVEL_ORDER.indexOf(level);
  // Show the path from the campus down to the current level.
  const shown = crumbs.filter((c) => LEVEL_ORDER.indexOf(c.level) >= depth);
  return (
    <nav className="breadcrumb" aria-label="Level">
      <ol>
        {shown.map((c) => (
          <li key={c.level}>
            {c.level === level ? (
              <span aria-current="location" data-testid="crumb-current">
                {c.label}
              </span>
            ) : (
              <button type="button" onClick={() => setLevel(c.level)} data-testid={`crumb-${c.level}`}>
                {c.label}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
