import {
  CHIPS,
  chipsPerInstance,
  torusTopology,
  type ClusterConfig,
  type Metrics,
  type SitePlan,
} from '../../model/index';
import type { ViewLevel } from '../../state/store';
import { domainLabel } from '../domainLabel';
import {
  formatBandwidth,
  formatBytesBinary,
  formatCount,
  formatFlops,
  formatHops,
  formatPower,
  formatRatio,
} from '../../format/numbers';

export interface TourStep {
  level: ViewLevel;
  title: string;
  caption: string;
}

/** What the tour tells: the system on screen, its numbers from the model, its home from the site plan. */
export interface TourInput {
  config: ClusterConfig;
  metrics: Metrics;
  plan: SitePlan;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** What a vendor calls one instance of the scale-up domain. */
function instanceLabel(config: ClusterConfig): string {
  if (config.fabric === 'torus') return 'instance';
  return CHIPS[config.chip].vendor === 'NVIDIA' ? 'compute tray' : 'server';
}

/**
 * What to call the scale-up domain in the story: a lone AWS instance (trn2.48xlarge) is an
 * instance, not an UltraServer; otherwise the vendor's name for it.
 */
function storyDomainLabel(config: ClusterConfig): string {
  if (config.instancesPerUltraServer === 1 && CHIPS[config.chip].vendor === 'AWS') return instanceLabel(config);
  return domainLabel(config);
}

/**
 * The levels the tour visits for this system, from one chip outwards: the instance only when
 * several make a domain, the building only when the system needs more than one rack, the
 * campus only when it needs more than one building. A one-rack system's tour ends at its rack.
 */
export function tourLevels(config: ClusterConfig, plan: SitePlan): ViewLevel[] {
  const levels: ViewLevel[] = ['chip'];
  if (config.instancesPerUltraServer > 1) levels.push('instance', 'ultraserver');
  else levels.push('instance');
  levels.push('rack');
  if (plan.racksUsed > 1) levels.push('building');
  if (plan.buildingsUsed > 1) levels.push('campus');
  return levels;
}

function chipStep({ config, metrics }: TourInput): TourStep {
  const perChip = (total: number) => total / metrics.chips;
  return {
    level: 'chip',
    title: `One ${CHIPS[config.chip].name}`,
    caption: `${formatFlops(perChip(metrics.fp8DenseFlops))} of dense FP8, ${formatBytesBinary(perChip(metrics.hbmBytes))} of HBM at ${formatBandwidth(perChip(metrics.hbmBandwidth))}, ${formatBandwidth(metrics.scaleUpBandwidthPerChip)} of scale-up links (both directions).`,
  };
}

/** One instance of a domain made of several. */
function instanceStep({ config }: TourInput): TourStep {
  const chips = chipsPerInstance(config);
  const label = instanceLabel(config);
  if (config.fabric === 'switched') {
    return {
      level: 'instance',
      title: `A ${label}: ${plural(chips, 'chip')}`,
      caption: `${plural(chips, 'chip')} in one ${label}; ${plural(config.instancesPerUltraServer, label)} share ${plural(config.switchesPerUltraServer, 'switch chip')}, so every chip is one switch away from every other.`,
    };
  }
  const dims = config.instanceDims;
  const topology = torusTopology({ dims, linkBandwidth: dims.map(() => config.intraLinkBandwidth) });
  return {
    level: 'instance',
    title: `An ${label}: a ${dims.join('×')} torus`,
    caption: `${plural(chips, 'chip')}; wrap-around links put every chip at most ${formatHops(topology.diameterHops)} from any other (${formatHops(topology.averageHops)} on average), without a switch.`,
  };
}

/** The whole scale-up domain: at the instance level when it is one instance, else the UltraServer level. */
function domainStep({ config, metrics }: TourInput, level: ViewLevel): TourStep {
  const label = storyDomainLabel(config);
  const chips = metrics.chipsPerUltraServer;
  const flops = formatFlops(metrics.fp8DenseFlops / metrics.ultraServers);
  const reach = `diameter ${formatHops(metrics.diameterHops)}, ${formatBandwidth(metrics.bisectionBandwidth)} across its weakest half-cut (one direction)`;
  const instances = config.instancesPerUltraServer;
  if (config.fabric === 'switched') {
    const made = instances > 1 ? `${plural(instances, instanceLabel(config))} of ${chipsPerInstance(config)}: ` : '';
    return {
      level,
      title: `The ${label}: ${plural(chips, 'chip')} on one switched fabric`,
      caption: `${made}${plural(chips, 'chip')}, ${flops} of dense FP8; ${reach}.`,
    };
  }
  const dims = [...config.instanceDims, ...(instances > 1 ? [instances] : [])].filter((k) => k > 1);
  const joined = instances > 1 ? `${plural(instances, 'instance')} joined by rings between them: ` : '';
  return {
    level,
    title: `The ${label}: a ${dims.join('×')} torus`,
    caption: `${joined}${plural(chips, 'chip')}, ${flops} of dense FP8; ${reach}.`,
  };
}

function rackStep({ config, plan }: TourInput): TourStep {
  const label = storyDomainLabel(config);
  const racks = plan.racksPerUltraServer;
  return {
    level: 'rack',
    title: racks === 1 ? `The ${label} in its rack` : `One of the ${label}'s ${racks} racks`,
    caption:
      racks === 1
        ? `One rack holds the whole ${label}, drawing ${formatPower(plan.rackDrawWatts)} of its ${formatPower(plan.rackPowerBudgetWatts)} budget (IT power).`
        : `The ${label} takes ${racks} racks, each drawing ${formatPower(plan.rackDrawWatts)} of its ${formatPower(plan.rackPowerBudgetWatts)} budget (IT power).`,
  };
}

function buildingStep({ config, metrics, plan }: TourInput): TourStep {
  const label = storyDomainLabel(config);
  if (metrics.ultraServers === 1) {
    return {
      level: 'building',
      title: `In its building: ${plural(plan.racksUsed, 'rack')}`,
      caption: `The ${label}'s ${plural(metrics.chips, 'chip')} fill ${plural(plan.racksUsed, 'rack')} of a data hall and draw ${formatPower(metrics.facilityPowerWatts)} with cooling and power conversion (PUE ${formatRatio(config.pue)}).`,
    };
  }
  return {
    level: 'building',
    title: `The cluster: ${plural(metrics.ultraServers, label)} in racks`,
    caption: `${plural(metrics.ultraServers, label)} on the scale-out network make ${plural(metrics.chips, 'chip')}: ${formatFlops(metrics.fp8DenseFlops)} of dense FP8, in ${plural(plan.racksUsed, 'rack')}.`,
  };
}

function campusStep({ metrics, plan }: TourInput): TourStep {
  return {
    level: 'campus',
    title: `The campus: ${plan.name}`,
    caption: `${plural(plan.buildings, 'building')}, ${formatCount(plan.buildingsUsed)} in use; the cluster draws ${formatPower(metrics.facilityPowerWatts)} of the site's ${formatPower(plan.sitePowerLimitWatts)}, so ${plan.bindingLimit === 'power' ? 'power' : 'floor space'} is the limit.`,
  };
}

/** The story of the system on screen, chip outwards; every number comes from the model. */
export function tourSteps(input: TourInput): TourStep[] {
  const levels = tourLevels(input.config, input.plan);
  const domainLevel: ViewLevel = levels.includes('ultraserver') ? 'ultraserver' : 'instance';
  return levels.map((level) => {
    if (level === 'chip') return chipStep(input);
    if (level === domainLevel) return domainStep(input, level);
    if (level === 'instance') return instanceStep(input);
    if (level === 'rack') return rackStep(input);
    if (level === 'building') return buildingStep(input);
    return campusStep(input);
  });
}
