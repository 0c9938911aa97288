import { chipsPerUltraServer, type ClusterConfig } from './config';
import type { DomainTopology } from './topology/domainTopology';
import { switchedTopology } from './topology/switched';
import { torusTopology, type TorusShape } from './topology/torus';

/** The UltraServer's torus: the instance's dims plus a ring of instances, when there are several. */
export function torusShapeOf(config: ClusterConfig): TorusShape {
  const dims = [...config.instanceDims];
  const linkBandwidth = dims.map(() => config.intraLinkBandwidth);
  if (config.instancesPerUltraServer > 1) {
    dims.push(config.instancesPerUltraServer);
    linkBandwidth.push(config.interLinkBandwidth);
  }
  return { dims, linkBandwidth };
}

/** The scale-up domain's topology figures, by closed form (cost independent of chip count). */
export function scaleUpDomain(config: ClusterConfig): DomainTopology {
  if (config.fabric === 'switched') {
    return switchedTopology({
      nodes: chipsPerUltraServer(config),
      linksPerChip: config.linksPerChip,
      linkBandwidth: config.intraLinkBandwidth,
    });
  }
  return torusTopology(torusShapeOf(config));
}
