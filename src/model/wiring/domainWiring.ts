import { chipsPerInstance, type ClusterConfig } from '../config';
import { torusShapeOf } from '../scaleUpDomain';
import { switchedWiring } from './switchedWiring';
import { torusWiring } from './torusWiring';
import type { DomainWiring } from './wiring';

/** Which part of the machine the wiring view draws. */
export type WiringScope = 'instance' | 'ultraserver';

/** The wiring to draw for a configuration: one instance, or the whole UltraServer. */
export function domainWiring(config: ClusterConfig, scope: WiringScope): DomainWiring {
  if (config.fabric === 'switched') {
    const instances = scope === 'instance' ? 1 : config.instancesPerUltraServer;
    return switchedWiring(chipsPerInstance(config), instances, config.switchesPerUltraServer);
  }
  if (scope === 'instance') return torusWiring(config.instanceDims);
  const { dims } = torusShapeOf(config);
  const interDim = config.instancesPerUltraServer > 1 ? dims.length - 1 : -1;
  return torusWiring(dims, interDim);
}
