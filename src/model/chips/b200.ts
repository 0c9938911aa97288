import { figure } from '../figure';
import { GB, PETA, TERA, gbitPerSecond } from '../units';
import type { ChipSpec } from './chipSpec';

/** NVIDIA B200 as configured in DGX/HGX B200 at 1,000 W (fact sheet §8a). */
export const b200: ChipSpec = {
  id: 'b200',
  name: 'B200',
  vendor: 'NVIDIA',
  summary: '2 reticle dies (TSMC 4NP), 8 HBM3e stacks, NVLink 5 (18 links)',
  coreName: 'GPC',
  cores: figure(10, 'count', 'Klockwood-B200', 'M', { note: '10 graphics processing clusters.' }),
  hbmStacks: figure(8, 'count', 'Klockwood-B200', 'M'),
  fp8Dense: figure(4.5 * PETA, 'FLOP/s', 'Klockwood-B200', 'M'),
  fp8Sparse: figure(9 * PETA, 'FLOP/s', 'Klockwood-B200', 'M', { note: '2:4 structured sparsity = 2× dense.' }),
  bf16Dense: figure(2.25 * PETA, 'FLOP/s', 'Klockwood-B200', 'M'),
  bf16Sparse: figure(4.5 * PETA, 'FLOP/s', 'Klockwood-B200', 'M'),
  fp32Dense: figure(80 * TERA, 'FLOP/s', 'Klockwood-B200', 'M', { note: 'Vector FP32 (no tensor-core FP32).' }),
  hbmCapacity: figure(180 * GB, 'B', 'NV-DGXB200-UG', 'H', {
    note: 'Usable in DGX B200: 1,440 GB / 8.',
    alternatives: [
      {
        value: 192 * GB,
        source: ['Klockwood-B200'],
        confidence: 'M',
        note: 'C13: 192 GB physical (8 × 24 GB stacks).',
      },
    ],
  }),
  hbmBandwidth: figure(8 * TERA, 'B/s', ['AIPS-wiki', 'Klockwood-B200'], 'M', {
    alternatives: [{ value: 7.7 * TERA, source: ['Verda-GB300'], confidence: 'M', note: 'Verda lists 7.7 TB/s.' }],
  }),
  scaleUpBandwidth: figure(1800 * GB, 'B/s', ['MLC-B200', 'Verda-GB300'], 'M', {
    note: 'NVLink 5: 18 links, 900 GB/s each way.',
  }),
  scaleUpIntraInstance: figure(1800 * GB, 'B/s', ['MLC-B200'], 'M'),
  scaleOutBandwidth: figure(gbitPerSecond(400), 'B/s', 'NV-DGXB200-UG', 'H', {
    note: 'One ConnectX-7 400 Gb/s per GPU.',
  }),
  tdp: figure(1000, 'W', ['MLC-B200', 'Klockwood-B200'], 'H'),
};
