import { h100 } from '../chips/h100';
import { figure } from '../figure';
import { GB, TB } from '../units';
import type { Preset } from './preset';

const NVLINK4_LINKS = 18;

/** The system most training papers measure against (fact sheet §14). */
export const dgxH100: Preset = {
  id: 'dgx-h100',
  name: 'NVIDIA DGX H100',
  description: '8 H100 GPUs all-to-all over NVLink 4 through 4 NVSwitch chips; one 400 Gb/s NIC per GPU.',
  config: {
    chip: 'h100',
    chipOverrides: {},
    fabric: 'switched',
    instanceDims: [8],
    instancesPerUltraServer: 1,
    ultraServers: 1,
    intraLinkBandwidth: h100.scaleUpBandwidth.value / NVLINK4_LINKS,
    interLinkBandwidth: 0,
    linksPerChip: NVLINK4_LINKS,
    switchesPerUltraServer: 4,
    scaleOutBandwidthPerChip: h100.scaleOutBandwidth.value,
    chipsPerHost: 8,
    hostMemoryPerHost: 2 * TB,
    hostPowerWatts: 4600,
    overheadPowerPerChipWatts: 100,
    pue: 1.14,
  },
  provenance: {
    linksPerChip: figure(NVLINK4_LINKS, 'count', 'NV-H100', 'H', { note: '18× 4th-gen NVLink per GPU.' }),
    intraLinkBandwidth: figure(50 * GB, 'B/s', 'NV-H100', 'D', { note: '900 GB/s ÷ 18 links (25 GB/s each way).' }),
    switchesPerUltraServer: figure(4, 'count', 'NV-DGXH100-UG', 'H', { note: '4 third-generation NVSwitch chips.' }),
    hostMemoryPerHost: figure(2 * TB, 'B', 'NV-DGXH100-UG', 'H'),
    hostPowerWatts: figure(4600, 'W', 'NV-DGXH100-UG', 'D', {
      note: '~10.2 kW system maximum − 8 × 700 W GPUs: CPUs, NVSwitches, NICs, fans, conversion.',
    }),
    overheadPowerPerChipWatts: figure(100, 'W', 'clusterscope', 'U', {
      note: 'Assumed share of the scale-out network outside the box.',
    }),
    pue: figure(1.14, 'ratio', 'AWS-Sust', 'H', {
      note: 'AWS fleet PUE, applied to every system for a like-for-like comparison.',
    }),
  },
  published: [
    { metric: 'chips', label: 'H100 GPUs', figure: figure(8, 'count', 'NV-DGXH100-UG', 'H') },
    { metric: 'hbmBytes', label: 'GPU memory', figure: figure(640 * GB, 'B', 'NV-DGXH100-UG', 'H') },
    { metric: 'hostMemoryBytes', label: 'System memory', figure: figure(2 * TB, 'B', 'NV-DGXH100-UG', 'H') },
  ],
};
