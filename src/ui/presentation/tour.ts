import type { Metrics, SitePlan } from '../../model/index';
import type { ViewLevel } from '../../state/store';
import { formatBandwidth, formatBytesBinary, formatCount, formatFlops, formatPower } from '../format';

export interface TourStep {
  level: ViewLevel;
  title: string;
  caption: string;
}

/** The story of Project Rainier, chip to campus; every number comes from the model. */
export function tourSteps(metrics: Metrics, plan: SitePlan): TourStep[] {
  const perChip = (total: number) => total / metrics.chips;
  return [
    {
      level: 'chip',
      title: 'One Trainium2',
      caption: `${formatFlops(perChip(metrics.fp8DenseFlops))} of dense FP8, ${formatBytesBinary(perChip(metrics.hbmBytes))} of HBM at ${formatBandwidth(perChip(metrics.hbmBandwidth))}, ${formatBandwidth(metrics.scaleUpBandwidthPerChip)} of NeuronLink.`,
    },
    {
      level: 'instance',
      title: 'A Trn2 instance: a 4×4 torus',
      caption: `${metrics.chipsPerInstance} chips; wrap-around links put every chip at most 4 hops from any other, without a switch.`,
    },
    {
      level: 'ultraserver',
      title: 'An UltraServer: a 4×4×4 torus',
      caption: `Four instances joined by rings between them: ${metrics.chipsPerUltraServer} chips, ${formatFlops(metrics.fp8DenseFlops / metrics.ultraServers)} of dense FP8, diameter ${metrics.diameterHops} hops.`,
    },
    {
      level: 'building',
      title: 'The cluster: UltraServers in racks',
      caption: `${formatCount(metrics.ultraServers)} UltraServers on the EFA network make ${formatCount(metrics.chips)} chips: ${formatFlops(metrics.fp8DenseFlops)} of dense FP8.`,
    },
    {
      level: 'campus',
      title: `The campus: ${plan.name}`,
      caption: `${plan.buildings} buildings; the cluster draws ${formatPower(metrics.facilityPowerWatts)} of the site's ${formatPower(plan.sitePowerLimitWatts)}, so ${plan.bindingLimit === 'power' ? 'power' : 'floor space'} is the limit.`,
    },
  ];
}
