import type { ReliabilityConfig } from '../../model/goodput/reliabilityConfig';
import { type NumberSpec, RELIABILITY_NUMBER_SPECS, TRAINING_NUMBER_SPECS } from '../../model/settingsSpec';
import type { TrainingConfig } from '../../model/training/trainingConfig';
import type { DisplayUnit } from '../controls/displayUnit';
import type { FieldSpec } from '../controls/NumberField';

/**
 * One number a user types in the training panel. People think of a 405B model in billions and an
 * MTBF in years, so each field has a display unit; its bounds are the model's (settingsSpec.ts),
 * the same ones a link is checked against.
 */
export interface TrainingFieldSpec<K extends string = string> extends FieldSpec {
  key: K;
  /** The unit the number is typed in, e.g. billion, %, years. */
  display: DisplayUnit;
}

export type TrainingNumberKey = Exclude<keyof TrainingConfig, 'precision'>;

export type ReliabilityFieldKey = Extract<
  keyof ReliabilityConfig,
  | 'chipMtbf'
  | 'checkpointBytesPerParameter'
  | 'checkpointWriteBandwidthPerHost'
  | 'storageWriteBandwidth'
  | 'restartSeconds'
>;

const SECONDS_PER_YEAR = 365.25 * 86_400;

/** A field with the model's bounds for `key`, a label and help for people, and the unit it is typed in. */
function field<K extends string>(
  key: K,
  bounds: NumberSpec,
  label: string,
  display: DisplayUnit,
  help: string,
): TrainingFieldSpec<K> {
  return { key, label, unit: bounds.unit, min: bounds.min, max: bounds.max, integer: bounds.integer, help, display };
}

export const TRAINING_FIELDS: readonly TrainingFieldSpec<TrainingNumberKey>[] = [
  field(
    'parameters',
    TRAINING_NUMBER_SPECS.parameters,
    'Parameters N',
    { label: 'billion', factor: 1e9 },
    'Dense model size; for a mixture of experts, the activated parameters.',
  ),
  field(
    'tokens',
    TRAINING_NUMBER_SPECS.tokens,
    'Training tokens D',
    { label: 'trillion', factor: 1e12 },
    'Tokens seen in pre-training.',
  ),
  field(
    'mfu',
    TRAINING_NUMBER_SPECS.mfu,
    'MFU',
    { label: '%', factor: 0.01 },
    'Model FLOPs utilisation: achieved model FLOP/s ÷ dense peak at the chosen precision.',
  ),
  field(
    'flopsPerParameterPerToken',
    TRAINING_NUMBER_SPECS.flopsPerParameterPerToken,
    'FLOP per parameter per token',
    { label: 'FLOP', factor: 1 },
    '6 = 2 forward + 4 backward; about 8 with full activation recomputation.',
  ),
  field(
    'electricityPricePerMegawattHour',
    TRAINING_NUMBER_SPECS.electricityPricePerMegawattHour,
    'Electricity price',
    { label: '$/MWh', factor: 1 },
    'US dollars per megawatt-hour of facility energy.',
  ),
];

export const RELIABILITY_FIELDS: readonly TrainingFieldSpec<ReliabilityFieldKey>[] = [
  field(
    'chipMtbf',
    RELIABILITY_NUMBER_SPECS.chipMtbf,
    'Accelerator MTBF, per chip',
    { label: 'years', factor: SECONDS_PER_YEAR },
    'Chip faults only (die, HBM, SRAM); hosts, network and software keep their Llama 3 rates.',
  ),
  field(
    'checkpointBytesPerParameter',
    RELIABILITY_NUMBER_SPECS.checkpointBytesPerParameter,
    'Checkpoint size per parameter',
    { label: 'B/parameter', factor: 1 },
    'Weights plus optimizer state written at each checkpoint.',
  ),
  field(
    'checkpointWriteBandwidthPerHost',
    RELIABILITY_NUMBER_SPECS.checkpointWriteBandwidthPerHost,
    'Checkpoint write rate per host',
    { label: 'GB/s', factor: 1e9 },
    'Every host writes its shard at once, up to what storage absorbs.',
  ),
  field(
    'storageWriteBandwidth',
    RELIABILITY_NUMBER_SPECS.storageWriteBandwidth,
    'Storage write bandwidth',
    { label: 'TB/s', factor: 1e12 },
    'What the shared storage absorbs in total; caps the sum over hosts.',
  ),
  field(
    'restartSeconds',
    RELIABILITY_NUMBER_SPECS.restartSeconds,
    'Restart time',
    { label: 'min', factor: 60 },
    'From a failure to training again: detect, replace, reschedule, reload, warm up.',
  ),
];
