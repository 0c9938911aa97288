import type { ReliabilityConfig } from '../../model/goodput/reliabilityConfig';
import type { TrainingConfig } from '../../model/training/trainingConfig';

/**
 * One number a user types in the training panel. People think of a 405B model in billions and an
 * MTBF in years, so each field has a display unit and converts to and from the model's SI value.
 * `min` and `max` are in display units; they keep the estimate meaningful (no negative tokens,
 * no 0% MFU that would make training take forever).
 */
export interface NumberFieldSpec<K extends string = string> {
  key: K;
  label: string;
  /** Unit of the typed number, e.g. "billion parameters", "%". */
  unit: string;
  min: number;
  max: number;
  /** Model value (SI) → the typed number. */
  toDisplay: (value: number) => number;
  /** Typed number → model value (SI). */
  fromDisplay: (typed: number) => number;
  /** One line on what it means, shown as the field's description. */
  help: string;
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

const scaled = (factor: number) => ({
  toDisplay: (value: number) => value / factor,
  fromDisplay: (typed: number) => typed * factor,
});

export const TRAINING_FIELDS: readonly NumberFieldSpec<TrainingNumberKey>[] = [
  {
    key: 'parameters',
    label: 'Parameters N',
    unit: 'billion',
    min: 0.01,
    max: 100_000,
    ...scaled(1e9),
    help: 'Dense model size; for a mixture of experts, the activated parameters.',
  },
  {
    key: 'tokens',
    label: 'Training tokens D',
    unit: 'trillion',
    min: 0.001,
    max: 1_000,
    ...scaled(1e12),
    help: 'Tokens seen in pre-training.',
  },
  {
    key: 'mfu',
    label: 'MFU',
    unit: '%',
    min: 1,
    max: 100,
    ...scaled(0.01),
    help: 'Model FLOPs utilisation: achieved model FLOP/s ÷ dense peak at the chosen precision.',
  },
  {
    key: 'flopsPerParameterPerToken',
    label: 'FLOP per parameter per token',
    unit: 'FLOP',
    min: 2,
    max: 24,
    ...scaled(1),
    help: '6 = 2 forward + 4 backward; about 8 with full activation recomputation.',
  },
  {
    key: 'electricityPricePerMegawattHour',
    label: 'Electricity price',
    unit: '$/MWh',
    min: 0,
    max: 2_000,
    ...scaled(1),
    help: 'US dollars per megawatt-hour of facility energy.',
  },
];

export const RELIABILITY_FIELDS: readonly NumberFieldSpec<ReliabilityFieldKey>[] = [
  {
    key: 'chipMtbf',
    label: 'Accelerator MTBF, per chip',
    unit: 'years',
    min: 0.01,
    max: 1_000,
    ...scaled(SECONDS_PER_YEAR),
    help: 'Chip faults only (die, HBM, SRAM); hosts, network and software keep their Llama 3 rates.',
  },
  {
    key: 'checkpointBytesPerParameter',
    label: 'Checkpoint size per parameter',
    unit: 'B/parameter',
    min: 1,
    max: 64,
    ...scaled(1),
    help: 'Weights plus optimizer state written at each checkpoint.',
  },
  {
    key: 'checkpointWriteBandwidthPerHost',
    label: 'Checkpoint write rate per host',
    unit: 'GB/s',
    min: 0.01,
    max: 1_000,
    ...scaled(1e9),
    help: 'Every host writes its shard at once, up to what storage absorbs.',
  },
  {
    key: 'storageWriteBandwidth',
    label: 'Storage write bandwidth',
    unit: 'TB/s',
    min: 0.001,
    max: 1_000,
    ...scaled(1e12),
    help: 'What the shared storage absorbs in total; caps the sum over hosts.',
  },
  {
    key: 'restartSeconds',
    label: 'Restart time',
    unit: 'min',
    min: 0,
    max: 1_440,
    ...scaled(60),
    help: 'From a failure to training again: detect, replace, reschedule, reload, warm up.',
  },
];

const bound = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });

/** "1 to 100 %": the allowed range, in display units. */
export function rangeText(spec: NumberFieldSpec): string {
  return `${bound.format(spec.min)} to ${bound.format(spec.max)} ${spec.unit}`;
}

/** The number a field shows for a model value: at most six significant digits, no grouping, so it parses back. */
export function displayText(spec: NumberFieldSpec, value: number): string {
  const shown = spec.toDisplay(value);
  return Number.isFinite(shown) ? String(Number(shown.toPrecision(6))) : '';
}

export type ParsedField = { ok: true; value: number } | { ok: false; error: string };

// Plain decimals with an optional exponent; thousands separators are stripped before this.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What a typed text means for a field: its model value (SI), or why it is refused (with the allowed range). */
export function parseField(spec: NumberFieldSpec, text: string): ParsedField {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  const allowed = `Allowed: ${rangeText(spec)}.`;
  if (cleaned === '') return { ok: false, error: `Enter a number. ${allowed}` };
  if (!NUMBER.test(cleaned)) return { ok: false, error: `"${text.trim()}" is not a number. ${allowed}` };
  const typed = Number(cleaned);
  if (!Number.isFinite(typed) || typed < spec.min || typed > spec.max)
    return { ok: false, error: `${text.trim()} ${spec.unit} is out of range. ${allowed}` };
  return { ok: true, value: spec.fromDisplay(typed) };
}

/** Equal up to the rounding of a six-digit display, so a retyped default still counts as the default. */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(a), Math.abs(b));
}
