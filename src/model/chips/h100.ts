import { figure } from '../figure';
import { GB, TERA, gbitPerSecond } from '../units';
import type { ChipSpec } from './chipSpec';

/** NVIDIA H100 SXM5 (fact sheet §14): the chip most published training runs were measured on. */
export const h100: ChipSpec = {
  id: 'h100',
  name: 'H100 SXM',
  vendor: 'NVIDIA',
  summary: 'Hopper GPU (TSMC 4N), 5 active HBM3 stacks, NVLink 4 (18 links) to NVSwitch',
  coreName: 'GPC',
  cores: figure(8, 'count', 'NV-H100', 'M', { note: '8 graphics processing clusters (132 SMs enabled on SXM5).' }),
  hbmStacks: figure(5, 'count', 'NV-H100', 'M', { note: '5 active HBM3 stacks of 16 GB.' }),
  fp8Dense: figure(1979 * TERA, 'FLOP/s', 'NV-H100', 'H'),
  fp8Sparse: figure(3958 * TERA, 'FLOP/s', 'NV-H100', 'H', { note: '2:4 structured sparsity = 2× dense.' }),
  bf16Dense: figure(989 * TERA, 'FLOP/s', 'NV-H100', 'H'),
  bf16Sparse: figure(1979 * TERA, 'FLOP/s', 'NV-H100', 'H'),
  fp32Dense: figure(67 * TERA, 'FLOP/s', 'NV-H100', 'H', {
    note: 'Vector FP32; TF32 tensor cores give 495 TFLOP/s dense.',
  }),
  hbmCapacity: figure(80 * GB, 'B', 'NV-H100', 'H'),
  hbmBandwidth: figure(3.35 * TERA, 'B/s', 'NV-H100', 'H'),
  scaleUpBandwidth: figure(900 * GB, 'B/s', 'NV-H100', 'H', {
    note: 'NVLink 4: 18 links, 900 GB/s with both directions added (450 GB/s each way).',
  }),
  scaleUpIntraInstance: figure(900 * GB, 'B/s', 'NV-H100', 'H'),
  scaleOutBandwidth: figure(gbitPerSecond(400), 'B/s', 'NV-DGXH100-UG', 'H', {
    note: 'One ConnectX-7 400 Gb/s per GPU in DGX H100.',
  }),
  tdp: figure(700, 'W', 'NV-H100', 'H'),
};
