import { tpuV5p } from '../chips/tpuV5p';
import { figure } from '../figure';
import { GiB } from '../units';
import type { Preset } from './preset';

const ICI_LINKS = 6;

export const tpuV5pPod: Preset = {
  id: 'tpu-v5p-pod',
  name: 'Google TPU v5p pod',
  description: 'The full pod: 8,960 TPU v5p chips as a 16×20×28 3D torus over ICI.',
  config: {
    chip: 'tpu-v5p',
    chipOverrides: {},
    fabric: 'torus',
    instanceDims: [16, 20, 28],
    instancesPerUltraServer: 1,
    ultraServers: 1,
    intraLinkBandwidth: tpuV5p.scaleUpBandwidth.value / ICI_LINKS,
    interLinkBandwidth: 0,
    linksPerChip: ICI_LINKS,
    switchesPerUltraServer: 0,
    scaleOutBandwidthPerChip: tpuV5p.scaleOutBandwidth.value,
    chipsPerHost: 4,
    hostMemoryPerHost: 448 * GiB,
    hostPowerWatts: 800,
    overheadPowerPerChipWatts: 100,
    pue: 1.14,
  },
  provenance: {
    instanceDims: figure(8960, 'count', ['GCP-v5p', 'ScalingBook'], 'H', {
      note: 'Full pod 16×20×28 (largest slice 16×16×24).',
    }),
    intraLinkBandwidth: figure(200e9, 'B/s', 'GCP-v5p', 'D', {
      note: '1,200 GB/s ÷ 6 links (ScalingBook: ~90 GB/s one way).',
    }),
    chipsPerHost: figure(4, 'count', 'GCP-v5p', 'M'),
    hostMemoryPerHost: figure(448 * GiB, 'B', 'clusterscope', 'U', { note: 'Not in our sources: an assumption.' }),
    hostPowerWatts: figure(800, 'W', 'clusterscope', 'U', { note: 'Not published: an assumption.' }),
    overheadPowerPerChipWatts: figure(100, 'W', 'clusterscope', 'U'),
    pue: figure(1.14, 'ratio', 'AWS-Sust', 'H', {
      note: 'AWS fleet PUE, applied to every system for a like-for-like comparison.',
    }),
  },
  published: [
    { metric: 'chips', label: 'TPU v5p chips', figure: figure(8960, 'count', 'GCP-v5p', 'H') },
    {
      metric: 'bf16DenseFlops',
      label: 'Peak BF16',
      // The scaling book's own product, 8,960 × 4.5e14 FLOP/s ("~4 EF"); not the model's 8,960 × 459 TF.
      figure: figure(8960 * 4.5e14, 'FLOP/s', 'ScalingBook', 'M', {
        note: 'Scaling book: 8,960 chips × 4.5e14 FLOP/s ≈ 4.03 EF ("~4 EF"). Google’s per-chip 459 TF gives 4.11 EF.',
      }),
    },
  ],
};
