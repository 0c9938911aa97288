import { gb200 } from '../chips/gb200';
import { figure } from '../figure';
import { GB, PETA, TERA, TB } from '../units';
import type { Preset } from './preset';

const NVLINK5_LINKS = 18;
const COMPUTE_TRAYS = 18;
/** ~120 kW per rack (STH/TechRadar via introl) less 72 × 1,200 W of GPUs, over 18 trays. */
const TRAY_HOST_POWER = (120_000 - 72 * 1200) / COMPUTE_TRAYS;

export const gb200Nvl72: Preset = {
  id: 'gb200-nvl72',
  name: 'NVIDIA GB200 NVL72',
  description: '72 Blackwell GPUs in 18 compute trays, all-to-all through 9 NVLink switch trays (18 switch chips).',
  config: {
    chip: 'gb200',
    chipOverrides: {},
    fabric: 'switched',
    instanceDims: [4],
    instancesPerUltraServer: COMPUTE_TRAYS,
    ultraServers: 1,
    intraLinkBandwidth: gb200.scaleUpBandwidth.value / NVLINK5_LINKS,
    interLinkBandwidth: 0,
    linksPerChip: NVLINK5_LINKS,
    switchesPerUltraServer: 18,
    scaleOutBandwidthPerChip: gb200.scaleOutBandwidth.value,
    chipsPerHost: 4,
    hostMemoryPerHost: (17 * TB) / COMPUTE_TRAYS,
    hostPowerWatts: TRAY_HOST_POWER,
    overheadPowerPerChipWatts: 100,
    pue: 1.14,
  },
  provenance: {
    instanceDims: figure(4, 'count', 'aiwiki-NVL72', 'M', { note: 'A compute tray: 2 Grace CPUs + 4 GPUs.' }),
    instancesPerUltraServer: figure(COMPUTE_TRAYS, 'count', 'aiwiki-NVL72', 'M'),
    linksPerChip: figure(NVLINK5_LINKS, 'count', 'Verda-GB300', 'M'),
    intraLinkBandwidth: figure(100 * GB, 'B/s', 'Verda-GB300', 'D', { note: '1.8 TB/s ÷ 18 links.' }),
    switchesPerUltraServer: figure(18, 'count', 'introl', 'M', { note: '9 NVLink switch trays, 2 switch chips each.' }),
    hostMemoryPerHost: figure((17 * TB) / COMPUTE_TRAYS, 'B', 'aiwiki-NVL72', 'D', {
      note: 'Up to 17 TB LPDDR5X per rack ÷ 18 trays.',
    }),
    hostPowerWatts: figure(TRAY_HOST_POWER, 'W', 'introl', 'D', {
      note: '(~120 kW rack − 72 × 1,200 W GPUs) ÷ 18 trays: Grace CPUs, switch trays, NICs, pumps.',
    }),
    overheadPowerPerChipWatts: figure(100, 'W', 'clusterscope', 'U', {
      note: 'Assumed share of the scale-out network.',
    }),
    pue: figure(1.14, 'ratio', 'AWS-Sust', 'H', {
      note: 'AWS fleet PUE, applied to every system for a like-for-like comparison.',
    }),
  },
  published: [
    { metric: 'chips', label: 'Blackwell GPUs', figure: figure(72, 'count', 'aiwiki-NVL72', 'M') },
    { metric: 'fp8DenseFlops', label: 'Dense FP8', figure: figure(360 * PETA, 'FLOP/s', 'aiwiki-NVL72', 'M') },
    { metric: 'fp8SparseFlops', label: 'Sparse FP8', figure: figure(720 * PETA, 'FLOP/s', 'aiwiki-NVL72', 'M') },
    { metric: 'hbmBytes', label: 'HBM', figure: figure(13.4 * TB, 'B', 'aiwiki-NVL72', 'M') },
    { metric: 'hbmBandwidth', label: 'HBM bandwidth', figure: figure(576 * TERA, 'B/s', 'aiwiki-NVL72', 'M') },
    {
      metric: 'scaleUpBandwidthPerUltraServer',
      label: 'NVLink aggregate',
      figure: figure(130 * TERA, 'B/s', 'aiwiki-NVL72', 'M'),
    },
  ],
};
