import { figure, type Figure } from '../figure';

/** The step model's assumptions: each visible, editable and marked with where it comes from. */
export interface StepAssumptions {
  /** Fraction of dense BF16 peak that a layer's matmuls sustain. */
  computeEfficiency: number;
  /** Bytes per activation and per reduced gradient element (BF16). */
  activationBytes: number;
}

export const DEFAULT_STEP_ASSUMPTIONS: StepAssumptions = {
  computeEfficiency: 0.65,
  activationBytes: 2,
};

export const STEP_ASSUMPTION_PROVENANCE: Record<keyof StepAssumptions, Figure> = {
  computeEfficiency: figure(0.65, 'ratio', 'clusterscope', 'U', {
    note:
      'Large BF16 matmuls sustain roughly 60–80% of dense peak on current accelerators; 70% is our ' +
      'assumption, one number for every chip. It was set once and checked against Llama 3 405B and ' +
      "Megatron-LM's 1T run (tests name both), not tuned per run.",
  }),
  activationBytes: figure(2, 'count', 'Korthikanti2022', 'H', {
    note: 'BF16 activations and gradients: 2 bytes per element.',
  }),
};
