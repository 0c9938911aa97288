import { figure } from '../figure';
import { GB, GiB, TERA, gbitPerSecond } from '../units';
import type { ChipSpec } from './chipSpec';

/** AWS Trainium2 (fact sheet §2). */
export const trainium2: ChipSpec = {
  id: 'trainium2',
  name: 'Trainium2',
  vendor: 'AWS',
  summary: '2 compute dies (5 nm), 8 NeuronCore-v3, 4 HBM stacks, NeuronLink-v3',
  coreName: 'NeuronCore-v3',
  cores: figure(8, 'count', 'AWS-T2', 'H'),
  hbmStacks: figure(4, 'count', ['AWS-NKI-T2'], 'H'),
  fp8Dense: figure(1299 * TERA, 'FLOP/s', 'AWS-T2', 'H', {
    note: '8 cores × 158 TFLOPS = 1,264 TFLOPS; the chip figure is 3% higher (fact sheet C7).',
  }),
  fp8Sparse: figure(2563 * TERA, 'FLOP/s', 'AWS-T2', 'H', {
    note: 'AWS docs: ≈1.97× dense FP8. "4:1" is the sparsity pattern\'s compression ratio, not a speed-up (C1).',
    alternatives: [
      {
        value: 4 * 1299 * TERA,
        source: ['Article', 'Reg-2025-07', 'Klockwood-T2'],
        confidence: 'L',
        note: 'C1: the article and The Register take sparse FP8 as 4× dense (83.2 PF per instance).',
      },
    ],
  }),
  bf16Dense: figure(667 * TERA, 'FLOP/s', 'AWS-T2', 'H'),
  bf16Sparse: figure(2563 * TERA, 'FLOP/s', 'AWS-T2', 'H', {
    note: 'AWS lists one sparse figure for FP8/FP16/BF16/TF32.',
  }),
  fp32Dense: figure(181 * TERA, 'FLOP/s', 'AWS-T2', 'H'),
  hbmCapacity: figure(96 * GiB, 'B', 'AWS-T2', 'H', {
    note: 'AWS quotes GiB: 96 GiB = 103 GB. The article prints GiB values as "GB".',
  }),
  hbmBandwidth: figure(2.9 * TERA, 'B/s', 'AWS-T2', 'H', {
    note: '16 × 2.9 TB/s = 46.4 TB/s per instance, as AWS publishes.',
    alternatives: [
      {
        value: 3.0 * TERA,
        source: ['AWS-NKI-T2'],
        confidence: 'H',
        note: 'C4: the NKI guide (Dec 2025) says 3.0 TB/s.',
      },
    ],
  }),
  scaleUpBandwidth: figure(1280 * GB, 'B/s', ['AWS-T2', 'AWS-Trn2'], 'H', {
    note:
      'NeuronLink-v3: 1,024 GB/s within the instance + 256 GB/s to other instances (UltraServer). ' +
      'AWS does not say whether this counts one or both directions; we read it as both, like NVLink.',
  }),
  scaleUpIntraInstance: figure(1024 * GB, 'B/s', 'AWS-Trn2', 'H', {
    note: 'Four in-plane neighbours: ≈256 GB/s per link (derived, D).',
  }),
  scaleOutBandwidth: figure(gbitPerSecond(200), 'B/s', ['AWS-Coll', 'AWS-Trn2'], 'H', {
    note: 'EFAv3, 200 Gbps per chip (3.2 Tbps per instance).',
  }),
  tdp: figure(500, 'W', 'SA-T2', 'L', { note: 'Analyst estimate; AWS publishes no Trainium2 power (fact sheet §12).' }),
};
