import { totalChips, type ClusterConfig } from '../config';
import { scaleUpDomain } from '../scaleUpDomain';

/** The parts of a cluster that can fail, counted from its configuration. */
export interface ComponentCounts {
  chips: number;
  hosts: number;
  /** Torus: chip-to-chip links. Switched: chip-to-switch links. Summed over every UltraServer. */
  scaleUpLinks: number;
  scaleUpSwitches: number;
}

export function componentCounts(config: ClusterConfig): ComponentCounts {
  const chips = totalChips(config);
  return {
    chips,
    hosts: Math.ceil(chips / config.chipsPerHost),
    scaleUpLinks: scaleUpDomain(config).links * config.ultraServers,
    scaleUpSwitches: config.switchesPerUltraServer * config.ultraServers,
  };
}
