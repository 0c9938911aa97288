import { figure } from '../figure';
import { GiB, PETA, TERA } from '../units';
import type { Preset } from './preset';
import { trainium2Config, trainium2Provenance } from './trainium2Systems';

export const trn2UltraServer: Preset = {
  id: 'trn2-ultraserver',
  name: 'Trn2 UltraServer',
  description: '4 Trn2 instances, 64 Trainium2 chips as a 4×4×4 3D torus (Z rings join the instances).',
  config: trainium2Config(4, 1),
  provenance: trainium2Provenance,
  published: [
    { metric: 'chips', label: 'Trainium2 chips', figure: figure(64, 'count', 'AWS-Trn2', 'H') },
    { metric: 'fp8DenseFlops', label: 'Dense FP8', figure: figure(83.2 * PETA, 'FLOP/s', 'AWS-Trn2', 'H') },
    { metric: 'bf16DenseFlops', label: 'Dense BF16', figure: figure(42.8 * PETA, 'FLOP/s', 'AWS-Trn2', 'H') },
    { metric: 'fp8SparseFlops', label: 'Sparse FP8', figure: figure(164 * PETA, 'FLOP/s', 'AWS-Trn2', 'H') },
    { metric: 'fp32DenseFlops', label: 'FP32', figure: figure(11.6 * PETA, 'FLOP/s', 'AWS-Trn2', 'H') },
    { metric: 'hbmBytes', label: 'HBM', figure: figure(6144 * GiB, 'B', 'AWS-Trn2', 'H') },
    { metric: 'hbmBandwidth', label: 'HBM bandwidth', figure: figure(185.6 * TERA, 'B/s', 'AWS-Trn2', 'H') },
    { metric: 'hostMemoryBytes', label: 'Host memory', figure: figure(8192 * GiB, 'B', 'AWS-Trn2', 'H') },
  ],
};
