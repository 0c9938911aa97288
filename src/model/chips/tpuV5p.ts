import { figure } from '../figure';
import { GB, GiB, TERA, gbitPerSecond } from '../units';
import type { ChipSpec } from './chipSpec';

/** Google TPU v5p (fact sheet §9). */
export const tpuV5p: ChipSpec = {
  id: 'tpu-v5p',
  name: 'TPU v5p',
  vendor: 'Google',
  summary: '2 TensorCores, HBM2e, 6 ICI links in a 3D torus',
  coreName: 'TensorCore',
  cores: figure(2, 'count', 'ScalingBook', 'M'),
  hbmStacks: figure(6, 'count', 'clusterscope', 'U', { note: 'Stack count not in our sources; drawn as 6.' }),
  fp8Dense: figure(459 * TERA, 'FLOP/s', 'GCP-v5p', 'H', {
    note: 'v5p has no FP8 speed-up over BF16 (459 TF either way).',
  }),
  fp8Sparse: figure(459 * TERA, 'FLOP/s', 'GCP-v5p', 'U', {
    note: 'No sparse speed-up is published for v5p; we assume none.',
  }),
  bf16Dense: figure(459 * TERA, 'FLOP/s', 'GCP-v5p', 'H'),
  bf16Sparse: figure(459 * TERA, 'FLOP/s', 'GCP-v5p', 'U', {
    note: 'No sparse speed-up is published for v5p; we assume none.',
  }),
  hbmCapacity: figure(95 * GiB, 'B', 'GCP-v5p', 'H'),
  hbmBandwidth: figure(2765 * GB, 'B/s', 'GCP-v5p', 'H'),
  scaleUpBandwidth: figure(1200 * GB, 'B/s', 'GCP-v5p', 'H', {
    note: 'ICI, 1,200 GB/s bidirectional per chip over 6 links (≈100 GB/s one way per link).',
    alternatives: [
      {
        value: gbitPerSecond(4800),
        source: ['GCP-v5p'],
        confidence: 'H',
        note: 'C12: older docs say 4,800 Gbps (600 GB/s), apparently one way.',
      },
    ],
  }),
  scaleUpIntraInstance: figure(1200 * GB, 'B/s', 'GCP-v5p', 'H', { note: 'The whole pod is one torus.' }),
  scaleOutBandwidth: figure(gbitPerSecond(200), 'B/s', 'clusterscope', 'U', {
    note: 'Data-centre network (DCN) bandwidth per chip is not in our sources; 200 Gb/s is an assumption.',
  }),
  tdp: figure(500, 'W', 'clusterscope', 'U', { note: 'Google publishes no v5p power; an assumption, editable.' }),
};
