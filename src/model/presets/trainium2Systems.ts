import { trainium2 } from '../chips/trainium2';
import type { ClusterConfig } from '../config';
import { figure } from '../figure';
import { GiB } from '../units';
import type { ConfigProvenance } from './preset';

/**
 * Trn2 building blocks shared by the trn2, trn2-ultraserver and rainier presets: a 4×4 torus
 * per instance, joined into a 4×4×4 torus by Z rings across four instances.
 * Per-link bandwidth is derived: 1,024 GB/s over 4 in-plane links, 256 GB/s over 2 Z links.
 */
export function trainium2Config(instancesPerUltraServer: number, ultraServers: number): ClusterConfig {
  const intra = trainium2.scaleUpIntraInstance.value;
  const inter = trainium2.scaleUpBandwidth.value - intra;
  return {
    chip: 'trainium2',
    chipOverrides: {},
    fabric: 'torus',
    instanceDims: [4, 4],
    instancesPerUltraServer,
    ultraServers,
    intraLinkBandwidth: intra / 4,
    interLinkBandwidth: inter / 2,
    linksPerChip: 6,
    switchesPerUltraServer: 0,
    scaleOutBandwidthPerChip: trainium2.scaleOutBandwidth.value,
    chipsPerHost: 16,
    hostMemoryPerHost: 2048 * GiB,
    hostPowerWatts: 2500,
    overheadPowerPerChipWatts: 100,
    pue: 1.14,
  };
}

export const trainium2Provenance: ConfigProvenance = {
  instanceDims: figure(16, 'count', ['AWS-Trn2', 'AWS-Coll'], 'H', { note: '16 chips as a 4×4 2D torus.' }),
  instancesPerUltraServer: figure(4, 'count', ['AWS-Trn2'], 'H', {
    note: 'Chips at the same (x, y) of the 4 instances form a ring: a 4×4×4 3D torus.',
  }),
  intraLinkBandwidth: figure(256e9, 'B/s', 'AWS-Trn2', 'D', {
    note: '1,024 GB/s per chip ÷ 4 neighbours. AWS publishes no per-link figure nor its direction.',
  }),
  interLinkBandwidth: figure(128e9, 'B/s', 'AWS-Trn2', 'D', { note: '256 GB/s per chip ÷ 2 Z neighbours.' }),
  scaleOutBandwidthPerChip: figure(25e9, 'B/s', ['AWS-Coll'], 'H', { note: 'EFAv3 200 Gbps per chip.' }),
  chipsPerHost: figure(16, 'count', 'AWS-Trn2', 'H', { note: '192 vCPUs per instance; CPU model unconfirmed.' }),
  hostMemoryPerHost: figure(2048 * GiB, 'B', 'AWS-Trn2', 'H'),
  hostPowerWatts: figure(2500, 'W', 'clusterscope', 'U', {
    note: 'Instance power is not published: an assumption for CPUs, 2 TiB DRAM, 16 EFA NICs and fans.',
  }),
  overheadPowerPerChipWatts: figure(100, 'W', 'clusterscope', 'U', {
    note: 'Assumed share of EFA switches, optics, storage and conversion losses per chip.',
  }),
  pue: figure(1.14, 'ratio', 'AWS-Sust', 'H', { note: 'AWS global PUE for 2025 (1.15 for 2024; C11).' }),
};
