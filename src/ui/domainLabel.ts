import { CHIPS, type ClusterConfig } from '../model/index';

/** What people call a scale-up domain of this chip's vendor. */
export function domainLabel(config: ClusterConfig): string {
  const vendor = CHIPS[config.chip].vendor;
  if (vendor === 'NVIDIA') return 'NVLink domain';
  if (vendor === 'Google') return 'Pod';
  return 'UltraServer';
}
