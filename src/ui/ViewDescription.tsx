import { CHIPS, chipsPerInstance, torusShapeOf, torusTopology } from '../model/index';
import { useExplorer } from '../state/store';
import { useMetrics, useSitePlan } from '../state/selectors';
import { domainLabel } from './domainLabel';
import { formatCount, formatCounted, formatHops, formatIndex } from '../format/numbers';

/** A sentence saying what the 3D view shows, for screen readers and as a caption. */
export function ViewDescription() {
  const config = useExplorer((s) => s.config);
  const level = useExplorer((s) => s.level);
  const metrics = useMetrics();
  const plan = useSitePlan();
  const focusBuilding = useExplorer((s) => s.focusBuilding);
  const focusRack = useExplorer((s) => s.focusRack);
  const chip = CHIPS[config.chip].name;
  let text: string;
  if (level === 'campus') {
    text = `${plan.name}: ${formatCounted(plan.buildings, 'building')}, ${formatCounted(plan.placedUltraServers, 'UltraServer')} placed in ${formatCounted(plan.buildingsUsed, 'building')}; the site's ${plan.bindingLimit === 'power' ? 'power' : 'floor space'} is the binding limit.`;
  } else if (level === 'building') {
    text = `Building ${formatIndex(focusBuilding + 1)}: ${formatCounted(plan.hallsPerBuilding, 'data hall')} of ${formatCounted(plan.rowsPerHall, 'row')} × ${formatCounted(plan.racksPerRow, 'rack position')}; click a rack to walk up to it.`;
  } else if (level === 'rack') {
    const rack = plan.rack;
    const ofDomain = `${domainLabel(config)} ${formatIndex(Math.floor(focusRack / Math.max(plan.racksPerUltraServer, 1)) + 1)}`;
    const spread =
      plan.racksPerUltraServer > 1
        ? `one of the ${formatCount(plan.racksPerUltraServer)} racks of ${ofDomain}`
        : `${ofDomain}, all in this rack`;
    text = `${rack.name}, ${rack.cooling === 'liquid' ? 'liquid-cooled' : 'air-cooled'}: ${spread}. Click to open its wiring.`;
  } else if (level === 'chip') {
    const spec = CHIPS[config.chip];
    text = `One ${chip} chip up close: ${formatCounted(spec.cores.value, `${spec.coreName} core`)} on its compute dies, ${formatCounted(spec.hbmStacks.value, 'HBM stack')} and ${formatCounted(metrics.degree, 'scale-up link port')}.`;
  } else if (config.fabric === 'switched') {
    const instances = level === 'instance' ? 1 : config.instancesPerUltraServer;
    text = `${formatCounted(instances * chipsPerInstance(config), `${chip} chip`)} in ${formatCounted(instances, 'instance')}, each linked to all ${formatCounted(config.switchesPerUltraServer, 'switch chip')}.`;
  } else {
    const dims = level === 'instance' ? config.instanceDims : torusShapeOf(config).dims;
    const n = dims.reduce((p, k) => p * k, 1);
    text = `${formatCounted(n, `${chip} chip`)} wired as a ${dims.join('×')} ${dims.length}D torus, wrap-around links drawn as arcs around the outside.`;
    if (level === 'ultraserver' && config.instancesPerUltraServer > 1) {
      text += ` ${formatCount(config.instancesPerUltraServer)} instance planes joined by rings between instances.`;
    }
    if (level === 'instance' && config.instancesPerUltraServer > 1) {
      const instance = torusTopology({ dims, linkBandwidth: dims.map(() => config.intraLinkBandwidth) });
      text += ` This instance: diameter ${formatHops(instance.diameterHops)}, average ${formatHops(instance.averageHops)}.`;
    }
  }
  if (level === 'instance' || level === 'ultraserver')
    text += ` Whole scale-up domain: diameter ${formatHops(metrics.diameterHops)}, average ${formatHops(metrics.averageHops)}.`;
  return (
    <p className="view-description" data-testid="view-description" aria-live="polite" data-label-obstacle="">
      {text}
    </p>
  );
}
