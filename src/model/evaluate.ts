import { chipsPerInstance, type ClusterConfig } from './config';
import type { Metrics } from './metrics';
import { resolveChip } from './resolveChip';
import { scaleUpDomain } from './scaleUpDomain';

/**
 * The compute model: a configuration in, every headline figure out. Pure, and O(dimensions):
 * nothing here iterates over chips, so a million-chip cluster costs what a 16-chip one does.
 */
export function evaluate(config: ClusterConfig): Metrics {
  const chip = resolveChip(config);
  const domain = scaleUpDomain(config);
  const perInstance = chipsPerInstance(config);
  const perUltraServer = domain.nodes;
  const chips = perUltraServer * config.ultraServers;
  const hosts = Math.ceil(chips / config.chipsPerHost);

  const chipPowerWatts = chips * chip.tdp;
  const hostPowerWatts = hosts * config.hostPowerWatts;
  const overheadPowerWatts = chips * config.overheadPowerPerChipWatts;
  const itPowerWatts = chipPowerWatts + hostPowerWatts + overheadPowerWatts;

  return {
    chips,
    chipsPerInstance: perInstance,
    chipsPerUltraServer: perUltraServer,
    instances: config.instancesPerUltraServer * config.ultraServers,
    ultraServers: config.ultraServers,
    hosts,

    fp8DenseFlops: chips * chip.fp8Dense,
    fp8SparseFlops: chips * chip.fp8Sparse,
    bf16DenseFlops: chips * chip.bf16Dense,
    bf16SparseFlops: chips * chip.bf16Sparse,
    fp32DenseFlops: chip.fp32Dense === null ? null : chips * chip.fp32Dense,

    hbmBytes: chips * chip.hbmCapacity,
    hbmBandwidth: chips * chip.hbmBandwidth,
    hostMemoryBytes: hosts * config.hostMemoryPerHost,

    scaleUpBandwidthPerChip: domain.bandwidthPerChip,
    scaleUpBandwidthPerUltraServer: domain.bandwidthPerChip * perUltraServer,
    scaleUpBandwidth: domain.bandwidthPerChip * chips,
    bisectionBandwidth: domain.bisectionBandwidth,
    bisectionLinks: domain.bisectionLinks,
    bisectionLowerBound: domain.bisectionLowerBound,
    scaleUpLinks: domain.links,
    degree: domain.degree,
    diameterHops: domain.diameterHops,
    averageHops: domain.averageHops,

    scaleOutBandwidthPerChip: config.scaleOutBandwidthPerChip,
    scaleOutBandwidth: config.scaleOutBandwidthPerChip * chips,

    chipPowerWatts,
    hostPowerWatts,
    overheadPowerWatts,
    itPowerWatts,
    facilityPowerWatts: itPowerWatts * config.pue,
  };
}
