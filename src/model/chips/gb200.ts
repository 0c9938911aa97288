import { figure } from '../figure';
import { GB, PETA, TERA, gbitPerSecond } from '../units';
import type { ChipSpec } from './chipSpec';

/** The Blackwell GPU of a GB200 superchip, configured at 1,200 W in NVL72 (fact sheet §8a). */
export const gb200: ChipSpec = {
  id: 'gb200',
  name: 'GB200 (Blackwell GPU)',
  vendor: 'NVIDIA',
  summary: 'Blackwell GPU of a Grace–Blackwell superchip, 8 HBM3e stacks, NVLink 5 to NVLink switch trays',
  coreName: 'GPC',
  cores: figure(10, 'count', 'Klockwood-B200', 'M'),
  hbmStacks: figure(8, 'count', 'Klockwood-B200', 'M'),
  fp8Dense: figure(5 * PETA, 'FLOP/s', ['Klockwood-B200', 'aiwiki-NVL72'], 'M', {
    note: "360 PF / 72 GPUs. Verda's 4.5 PF is treated as an error (fact sheet §8a).",
  }),
  fp8Sparse: figure(10 * PETA, 'FLOP/s', ['Klockwood-B200', 'aiwiki-NVL72'], 'M'),
  bf16Dense: figure(2.5 * PETA, 'FLOP/s', 'Klockwood-B200', 'M'),
  bf16Sparse: figure(5 * PETA, 'FLOP/s', 'Klockwood-B200', 'M'),
  fp32Dense: figure(90 * TERA, 'FLOP/s', 'Klockwood-B200', 'M', { note: 'Vector FP32 at 1,200 W.' }),
  hbmCapacity: figure(186 * GB, 'B', 'MLC-GB200', 'H', { note: '72 × 186 GB = 13.4 TB per NVL72.' }),
  hbmBandwidth: figure(8 * TERA, 'B/s', ['aiwiki-NVL72', 'Klockwood-B200'], 'M', { note: '72 × 8 TB/s = 576 TB/s.' }),
  scaleUpBandwidth: figure(1800 * GB, 'B/s', ['aiwiki-NVL72', 'Verda-GB300'], 'M', {
    note: 'NVLink 5, 900 GB/s each way; 72 × 1.8 TB/s = 129.6 TB/s per NVL72.',
  }),
  scaleUpIntraInstance: figure(1800 * GB, 'B/s', ['aiwiki-NVL72'], 'M', {
    note: 'Switched: every link goes to an NVLink switch tray.',
  }),
  scaleOutBandwidth: figure(gbitPerSecond(400), 'B/s', 'clusterscope', 'U', {
    note: 'Assumed ConnectX-7 400 Gb/s per GPU, as in DGX B200; NVL72 NICs vary by build.',
  }),
  tdp: figure(1200, 'W', ['Klockwood-B200', 'Verda-GB300'], 'M'),
};
