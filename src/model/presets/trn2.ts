import { figure } from '../figure';
import { GiB, PETA, TERA } from '../units';
import type { Preset } from './preset';
import { trainium2Config, trainium2Provenance } from './trainium2Systems';

export const trn2: Preset = {
  id: 'trn2',
  name: 'Trn2 instance (trn2.48xlarge)',
  description: '16 Trainium2 chips as a 4×4 2D torus over NeuronLink-v3.',
  config: trainium2Config(1, 1),
  provenance: trainium2Provenance,
  published: [
    { metric: 'chips', label: 'Trainium2 chips', figure: figure(16, 'count', 'AWS-Trn2', 'H') },
    { metric: 'fp8DenseFlops', label: 'Dense FP8', figure: figure(20.8 * PETA, 'FLOP/s', 'AWS-Trn2', 'H') },
    { metric: 'bf16DenseFlops', label: 'Dense BF16', figure: figure(10.7 * PETA, 'FLOP/s', 'AWS-Trn2', 'H') },
    { metric: 'fp8SparseFlops', label: 'Sparse FP8', figure: figure(41 * PETA, 'FLOP/s', 'AWS-Trn2', 'H') },
    { metric: 'fp32DenseFlops', label: 'FP32', figure: figure(2.9 * PETA, 'FLOP/s', 'AWS-Trn2', 'H') },
    { metric: 'hbmBytes', label: 'HBM', figure: figure(1536 * GiB, 'B', 'AWS-Trn2', 'H') },
    { metric: 'hbmBandwidth', label: 'HBM bandwidth', figure: figure(46.4 * TERA, 'B/s', 'AWS-Trn2', 'H') },
    { metric: 'hostMemoryBytes', label: 'Host memory', figure: figure(2048 * GiB, 'B', 'AWS-Trn2', 'H') },
  ],
};
