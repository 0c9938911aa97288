import { figure, type Figure } from '../figure';

export type TrainingPrecision = 'fp8' | 'bf16';

/** One pre-training run to price. Illustrative by default; every field is the user's to change. */
export interface TrainingConfig {
  /** N, model parameters (dense; for a mixture of experts, the activated ones). */
  parameters: number;
  /** D, training tokens. */
  tokens: number;
  /** Which dense peak the MFU is measured against. */
  precision: TrainingPrecision;
  /** Model FLOPs utilisation: achieved model FLOP/s ÷ peak dense FLOP/s, 0…1. */
  mfu: number;
  /** FLOPs per parameter per token: 6 (2 forward + 4 backward); ≈ 8 with full rematerialisation. */
  flopsPerParameterPerToken: number;
  /** Electricity price, US dollars per MWh. */
  electricityPricePerMegawattHour: number;
}

/**
 * An illustrative frontier-scale run, at the scale of Llama 3.1 405B (405B parameters, 15.6T
 * tokens, 3.8e25 FLOPs, 38–43% BF16 MFU on 16K H100): a published dense run of known size.
 * Frontier labs do not publish theirs; this is not a claim about any Rainier workload.
 */
export const DEFAULT_TRAINING: TrainingConfig = {
  parameters: 405e9,
  tokens: 15.6e12,
  precision: 'bf16',
  mfu: 0.4,
  flopsPerParameterPerToken: 6,
  electricityPricePerMegawattHour: 80,
};

export const TRAINING_PROVENANCE: Readonly<Partial<Record<keyof TrainingConfig, Figure>>> = {
  parameters: figure(405e9, 'count', 'Meta-Llama3', 'M', { note: 'Illustrative: Llama 3.1 405B, a dense model.' }),
  tokens: figure(15.6e12, 'count', 'Meta-Llama3', 'M', {
    note: 'Illustrative: Llama 3.1 405B was pre-trained on ~15.6T tokens.',
  }),
  mfu: figure(0.4, 'ratio', 'Meta-Llama3', 'M', {
    note: 'Meta reports 38–43% BF16 MFU on 8K–16K H100; other chips and scales differ.',
  }),
  flopsPerParameterPerToken: figure(6, 'count', ['Kaplan2020', 'ScalingBook'], 'M', {
    note: 'C ≈ 6·N·D: 2ND forward + 4ND backward (fact sheet §10.4); ≈ 8 with full rematerialisation.',
  }),
  electricityPricePerMegawattHour: figure(80, 'ratio', 'clusterscope', 'U', {
    note:
      'US dollars per MWh (the unit list has no currency). Assumed $80/MWh, a round US industrial price; ' +
      'AWS buys power under contracts that are not public.',
  }),
};
