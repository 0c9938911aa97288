import { figure } from '../figure';
import type { Preset } from './preset';
import { trainium2Config, trainium2Provenance } from './trainium2Systems';

/** "Nearly 500,000 Trainium2 chips" (AWS, 29 Oct 2025): 7,812 UltraServers × 64 = 499,968. */
const RAINIER_ULTRASERVERS = 7812;

export const rainier: Preset = {
  id: 'rainier',
  name: 'Project Rainier',
  description:
    'AWS EC2 UltraCluster for Anthropic: about 500,000 Trainium2 chips in 7,812 Trn2 UltraServers joined by EFAv3.',
  config: trainium2Config(4, RAINIER_ULTRASERVERS),
  provenance: {
    ...trainium2Provenance,
    ultraServers: figure(RAINIER_ULTRASERVERS, 'count', 'AWS-Rainier-2025', 'D', {
      note: '"Nearly 500,000 Trainium2 chips" ÷ 64 per UltraServer. Analysts said 400k (Dec 2024); AWS targets >1M (C9).',
    }),
  },
  published: [
    {
      metric: 'chips',
      label: 'Trainium2 chips',
      figure: figure(500_000, 'count', 'AWS-Rainier-2025', 'H', {
        note: '"Nearly 500,000" when declared operational.',
      }),
    },
  ],
};
