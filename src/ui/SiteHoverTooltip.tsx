import { formatRackAddress, rackAddress } from '../model/index';
import { useSitePlan } from '../state/selectors';
import { useExplorer } from '../state/store';
import { formatCounted, formatPower } from '../format/numbers';
import { domainLabel } from './domainLabel';

/** What the pointer is over at site levels: a building's load, or a rack's address and draw. */
export function SiteHoverTooltip() {
  const hover = useExplorer((s) => s.siteHover);
  const level = useExplorer((s) => s.level);
  const plan = useSitePlan();
  const domain = useExplorer((s) => domainLabel(s.config));
  if (!hover || (level !== 'campus' && level !== 'building')) return null;
  let title: string;
  let detail: string;
  if (hover.kind === 'building') {
    const per = plan.ultraServersPerBuilding;
    const placed = per > 0 ? Math.min(per, Math.max(0, plan.placedUltraServers - hover.id * per)) : 0;
    title = `Building ${hover.id + 1}${hover.id < plan.buildingsLive ? '' : ' (planned)'}`;
    detail = `${formatCounted(placed, domain)} · ${formatCounted(placed * plan.chipsPerUltraServer, 'chip')} · ${formatPower(placed * plan.ultraServerFacilityPowerWatts)} facility`;
  } else {
    const address = rackAddress(plan, hover.id);
    title = address ? `Rack ${formatRackAddress(address)}` : `Rack ${hover.id}`;
    detail = `${domain} ${Math.floor(hover.id / plan.racksPerUltraServer) + 1} · ${formatPower(plan.rackDrawWatts)} IT · ${plan.rack.name}`;
  }
  return (
    <div
      className="tooltip"
      style={{ left: hover.x + 14, top: hover.y + 14 }}
      role="tooltip"
      data-testid="site-tooltip"
    >
      <strong>{title}</strong>
      <span>{detail}</span>
      <span className="muted">Click to go in · Escape to climb</span>
    </div>
  );
}
