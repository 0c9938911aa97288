import {
  chipsPerInstance,
  chipsPerUltraServer,
  MAX_DOMAIN_CHIPS,
  MAX_TOTAL_CHIPS,
  type ClusterConfig,
} from '../model/index';
import { CONFIG_PARAM_NAMES } from './configParams';
import { formatForPeople } from './numberText';
import type { UrlProblem } from './urlProblem';

/**
 * Fields each in range can still multiply past the model's chip limits (64 instances of
 * 32×32×32). Lowers instances per UltraServer, then UltraServers, until the machine fits;
 * an instance alone always fits (at most 32,768 chips).
 */
export function fitChipLimits(config: ClusterConfig): { config: ClusterConfig; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const fitted = { ...config };
  const perInstance = chipsPerInstance(fitted);
  if (perInstance * fitted.instancesPerUltraServer > MAX_DOMAIN_CHIPS) {
    fitted.instancesPerUltraServer = Math.max(1, Math.floor(MAX_DOMAIN_CHIPS / perInstance));
    problems.push({
      parameter: CONFIG_PARAM_NAMES.instancesPerUltraServer,
      action: 'clamped',
      message: `Lowered instances per UltraServer to ${fitted.instancesPerUltraServer}: an UltraServer holds at most ${formatForPeople(MAX_DOMAIN_CHIPS)} chips, and each instance has ${formatForPeople(perInstance)}.`,
    });
  }
  const perDomain = chipsPerUltraServer(fitted);
  if (perDomain * fitted.ultraServers > MAX_TOTAL_CHIPS) {
    fitted.ultraServers = Math.max(1, Math.floor(MAX_TOTAL_CHIPS / perDomain));
    problems.push({
      parameter: CONFIG_PARAM_NAMES.ultraServers,
      action: 'clamped',
      message: `Lowered UltraServers to ${formatForPeople(fitted.ultraServers)}: clusterscope models at most ${formatForPeople(MAX_TOTAL_CHIPS)} chips, and each UltraServer has ${formatForPeople(perDomain)}.`,
    });
  }
  return { config: fitted, problems };
}
