import { b200 } from '../chips/b200';
import { figure } from '../figure';
import { GB, PETA, TERA, TB } from '../units';
import type { Preset } from './preset';

const NVLINK5_LINKS = 18;

export const dgxB200: Preset = {
  id: 'dgx-b200',
  name: 'NVIDIA DGX B200',
  description: '8 B200 GPUs all-to-all over NVLink 5 through 2 NVSwitch chips.',
  config: {
    chip: 'b200',
    chipOverrides: {},
    fabric: 'switched',
    instanceDims: [8],
    instancesPerUltraServer: 1,
    ultraServers: 1,
    intraLinkBandwidth: b200.scaleUpBandwidth.value / NVLINK5_LINKS,
    interLinkBandwidth: 0,
    linksPerChip: NVLINK5_LINKS,
    switchesPerUltraServer: 2,
    scaleOutBandwidthPerChip: b200.scaleOutBandwidth.value,
    chipsPerHost: 8,
    hostMemoryPerHost: 2 * TB,
    hostPowerWatts: 6300,
    overheadPowerPerChipWatts: 100,
    pue: 1.14,
  },
  provenance: {
    linksPerChip: figure(NVLINK5_LINKS, 'count', 'MLC-B200', 'H', { note: '18× 5th-gen NVLink per GPU.' }),
    intraLinkBandwidth: figure(100 * GB, 'B/s', 'MLC-B200', 'D', { note: '1.8 TB/s ÷ 18 links (50 GB/s each way).' }),
    switchesPerUltraServer: figure(2, 'count', 'NV-DGXB200-UG', 'H'),
    hostMemoryPerHost: figure(2 * TB, 'B', 'NV-DGXB200-UG', 'H', { note: '32 DIMMs; upgradable to 4 TB.' }),
    hostPowerWatts: figure(6300, 'W', 'NV-DGXB200-UG', 'D', {
      note: '14.3 kW system maximum − 8 × 1,000 W GPUs: CPUs, NVSwitches, NICs, fans, conversion.',
    }),
    overheadPowerPerChipWatts: figure(100, 'W', 'clusterscope', 'U', {
      note: 'Assumed share of the scale-out network outside the box.',
    }),
    pue: figure(1.14, 'ratio', 'AWS-Sust', 'H', {
      note: 'AWS fleet PUE, applied to every system for a like-for-like comparison.',
    }),
  },
  published: [
    { metric: 'chips', label: 'B200 GPUs', figure: figure(8, 'count', 'NV-DGXB200-UG', 'H') },
    {
      metric: 'fp8DenseFlops',
      label: 'Dense FP8',
      figure: figure(36 * PETA, 'FLOP/s', 'AIPS-wiki', 'M', {
        note: 'AIPS-wiki lists 72 PF sparse / 36 PF dense FP8.',
      }),
    },
    { metric: 'fp8SparseFlops', label: 'Sparse FP8', figure: figure(72 * PETA, 'FLOP/s', 'AIPS-wiki', 'M') },
    { metric: 'hbmBytes', label: 'HBM', figure: figure(1440 * GB, 'B', 'NV-DGXB200-UG', 'H') },
    { metric: 'hbmBandwidth', label: 'HBM bandwidth', figure: figure(64 * TERA, 'B/s', 'AIPS-wiki', 'M') },
    {
      metric: 'scaleUpBandwidthPerUltraServer',
      label: 'NVLink aggregate',
      figure: figure(14.4 * TERA, 'B/s', 'NV-DGXB200-UG', 'H'),
    },
    { metric: 'hostMemoryBytes', label: 'System memory', figure: figure(2 * TB, 'B', 'NV-DGXB200-UG', 'H') },
  ],
};
