import { figure } from '../figure';
import { GiB, TERA, gbitPerSecond } from '../units';
import type { ChipSpec } from './chipSpec';

/** AWS Trainium3 (fact sheet §7). */
export const trainium3: ChipSpec = {
  id: 'trainium3',
  name: 'Trainium3',
  vendor: 'AWS',
  summary: '2 compute dies (3 nm), 8 NeuronCore-v4, 4 HBM3e stacks, NeuronLink-v4 via NeuronSwitch',
  coreName: 'NeuronCore-v4',
  cores: figure(8, 'count', 'AWS-T3', 'H'),
  hbmStacks: figure(4, 'count', ['AWS-NKI-T3'], 'H'),
  fp8Dense: figure(2517 * TERA, 'FLOP/s', 'AWS-T3', 'H', {
    note: 'MXFP8 dense. 144 × 2,517 = 362.4 PF per Gen2 UltraServer.',
  }),
  fp8Sparse: figure(2517 * TERA, 'FLOP/s', 'AWS-T3', 'U', {
    note: 'No sparse FP8 speed-up is published for Trainium3; we assume none (sparse BF16 equals MXFP8 dense).',
  }),
  bf16Dense: figure(671 * TERA, 'FLOP/s', 'AWS-T3', 'H'),
  bf16Sparse: figure(2517 * TERA, 'FLOP/s', 'AWS-T3', 'H'),
  fp32Dense: figure(183 * TERA, 'FLOP/s', 'AWS-T3', 'H'),
  hbmCapacity: figure(144 * GiB, 'B', 'AWS-T3', 'H'),
  hbmBandwidth: figure(4.9 * TERA, 'B/s', 'AWS-T3', 'H', {
    note: '144 × 4.9 TB/s = 705.6 TB/s per Gen2 UltraServer, as AWS publishes.',
    alternatives: [
      { value: 4.7 * TERA, source: ['AWS-NKI-T3'], confidence: 'H', note: 'C4: the NKI guide says 4.7 TB/s.' },
    ],
  }),
  scaleUpBandwidth: figure(2.56 * TERA, 'B/s', 'AWS-T3', 'H', {
    note: 'NeuronLink-v4 per chip (chip page); all-to-all through NeuronSwitch-v1.',
    alternatives: [
      {
        value: 2048 * GiB,
        source: ['AWS-Trn3'],
        confidence: 'H',
        note: 'C6: the Trn3 table says 2,048 GiB/s per device.',
      },
      {
        value: 704e9,
        source: ['AWS-Trn3'],
        confidence: 'H',
        note: 'C6: the Gen2 PCIe Gen6 links add up to 256 + 320 + 128 = 704 GB/s.',
      },
    ],
  }),
  scaleUpIntraInstance: figure(2.56 * TERA, 'B/s', 'AWS-T3', 'D', {
    note: 'Switched: every link reaches every chip of the UltraServer through the switch.',
  }),
  scaleOutBandwidth: figure(gbitPerSecond(200), 'B/s', 'AWS-Trn3', 'H', {
    note: 'EFA 200 Gbps per chip (28.8 Tbps per Gen2 UltraServer).',
  }),
  tdp: figure(1000, 'W', 'DCD-T3-1kW', 'L', {
    note: 'No official figure; an AWS VP hinted at ≥1 kW and liquid cooling (fact sheet §7).',
  }),
};
