import type { ClusterConfig } from '../../model/config';
import { figure, isDoubtful, type Figure, type Unit } from '../../model/figure';
import {
  DEFAULT_RELIABILITY,
  RELIABILITY_PROVENANCE,
  type ReliabilityConfig,
} from '../../model/goodput/reliabilityConfig';
import type { MetricKey } from '../../model/metrics';
import { explainMetric, type ExplanationInput, type MetricExplanation } from '../../model/provenance/explainMetric';
import type { QuantityFormatter } from '../../model/provenance/quantityText';
import type { SourceKey } from '../../model/sources';
import type { TrainingEstimate } from '../../model/training/estimateTraining';
import { DEFAULT_TRAINING, TRAINING_PROVENANCE, type TrainingConfig } from '../../model/training/trainingConfig';
import {
  formatBandwidth,
  formatBytes,
  formatBytesDecimal,
  formatCount,
  formatCounted,
  formatDays,
  formatDuration,
  formatFlops,
  formatMegawattHours,
  formatNumber,
  formatPercent,
  formatPower,
  formatQuantity,
  formatRatio,
  formatScientific,
  formatUsd,
  formatYears,
} from '../../format/numbers';
import { formatTypedNumber, sameValue } from '../controls/displayUnit';
import type { TrainingFieldSpec } from './trainingFields';

/** Renders inputs in popovers: durations in minutes to years, huge counts in words or powers of ten. */
export const trainingQuantity: QuantityFormatter = (value, unit) => {
  const magnitude = Math.abs(value);
  if (unit === 's') return formatDuration(value);
  if (unit === 'count' && Number.isFinite(value)) {
    if (magnitude >= 1e15) return formatScientific(value);
    if (magnitude >= 1e12) return `${formatNumber(value / 1e12)} trillion`;
    if (magnitude >= 1e9) return `${formatNumber(value / 1e9)} billion`;
    return Number.isInteger(value) ? formatCount(value) : formatNumber(value);
  }
  if (unit === 'B' && magnitude < 1e9) return `${formatNumber(value)} B`;
  return formatQuantity(value, unit);
};

/** Every figure the training panel shows, each explained: formula with numbers, inputs with sources. */
export interface TrainingExplanations {
  trainingFlops: MetricExplanation;
  peakFlops: MetricExplanation;
  idealTime: MetricExplanation;
  goodputTime: MetricExplanation;
  effectiveFlops: MetricExplanation;
  mtbf: MetricExplanation;
  checkpointBytes: MetricExplanation;
  checkpointSeconds: MetricExplanation;
  youngInterval: MetricExplanation;
  dalyInterval: MetricExplanation;
  goodput: MetricExplanation;
  energy: MetricExplanation;
  cost: MetricExplanation;
}

/**
 * ProvenanceTip takes a MetricExplanation, whose `key` names a cluster metric. A training figure
 * is not one, so `key` names the metric it rests on; the popover reads only title, formula,
 * inputs and doubtful. Doubt is inherited from the explanations it is derived from.
 */
function explained(
  anchor: { key: MetricKey; value: number | null; unit: Unit },
  title: string,
  formula: string,
  inputs: ExplanationInput[],
  derivedFrom: readonly MetricExplanation[] = [],
): MetricExplanation {
  return {
    ...anchor,
    title,
    formula,
    inputs,
    doubtful: inputs.some((i) => i.figure !== null && isDoubtful(i.figure)) || derivedFrom.some((e) => e.doubtful),
    presetId: null,
  };
}

function sourcesOf(explanation: MetricExplanation): SourceKey[] {
  return [...new Set(explanation.inputs.flatMap((i) => i.figure?.source ?? []))];
}

/** An intermediate result used as an input: derived (D) from the sources of what it was computed from. */
function derived(label: string, value: number, unit: Unit, from: MetricExplanation): ExplanationInput {
  return {
    label,
    value,
    unit,
    figure: figure(value, unit, sourcesOf(from), 'D', { note: `Computed: ${from.formula}` }),
    overridden: false,
  };
}

/** The published method a formula follows, as an input whose source is the paper. */
function method(
  label: string,
  value: number,
  unit: Unit,
  source: SourceKey | SourceKey[],
  note: string,
): ExplanationInput {
  return {
    label: `Method: ${label}`,
    value,
    unit,
    figure: figure(value, unit, source, 'D', { note }),
    overridden: false,
  };
}

function sourced(
  label: string,
  value: number,
  defaultValue: number,
  provenance: Figure | undefined,
  fallbackUnit: Unit,
): ExplanationInput {
  const overridden = !sameValue(value, defaultValue);
  return {
    label,
    value,
    unit: provenance?.unit ?? fallbackUnit,
    figure: overridden ? null : (provenance ?? null),
    overridden,
  };
}

const DAY = 86_400;

const plural = formatCounted;

function daysText(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'never finishes';
  const days = seconds / DAY;
  return days > 365 ? `${formatDays(days)} (${formatYears(seconds)})` : formatDays(days);
}

/**
 * Why a run with failures never finishes (goodput 0), in words, or null when it does: the
 * cluster fails again before a restart and a checkpoint can keep any work.
 */
export function neverFinishesReason(estimate: TrainingEstimate, restartSeconds: number): string | null {
  if (Number.isFinite(estimate.withFailures.seconds) && estimate.goodput.goodput > 0) return null;
  const g = estimate.goodput;
  return (
    `Never finishes: the cluster fails every ${formatDuration(g.mtbfSeconds)} on average, too soon next to a restart ` +
    `(${formatDuration(restartSeconds)}) and a checkpoint write (${formatDuration(g.checkpointSeconds)}) for any work to be kept (goodput 0%). ` +
    'Raise the MTBFs or shorten the restart and checkpoint.'
  );
}

/** Explains every result of estimateTraining() for the panel, with the numbers in force. */
export function explainTraining(
  config: ClusterConfig,
  training: TrainingConfig,
  reliability: ReliabilityConfig,
  estimate: TrainingEstimate,
): TrainingExplanations {
  const g = estimate.goodput;
  const precision = training.precision === 'fp8' ? 'FP8' : 'BF16';
  const peakKey: MetricKey = training.precision === 'fp8' ? 'fp8DenseFlops' : 'bf16DenseFlops';
  const t = (key: Exclude<keyof TrainingConfig, 'precision'>, label: string) =>
    sourced(label, training[key], DEFAULT_TRAINING[key], TRAINING_PROVENANCE[key], 'ratio');
  const r = (key: keyof ReliabilityConfig, label: string) =>
    sourced(label, reliability[key], DEFAULT_RELIABILITY[key], RELIABILITY_PROVENANCE[key], 's');

  const parameters = t('parameters', 'Parameters N');
  const tokens = t('tokens', 'Training tokens D');
  const perToken = t('flopsPerParameterPerToken', 'FLOP per parameter per token');
  const mfu = t('mfu', 'MFU (model FLOPs utilisation)');
  const price = t('electricityPricePerMegawattHour', 'Electricity price (US$ per MWh)');

  const trainingFlops = explained(
    { key: peakKey, value: estimate.trainingFlops, unit: 'count' },
    'Training compute',
    `C = k·N·D = ${training.flopsPerParameterPerToken} × ${trainingQuantity(training.parameters, 'count')} parameters × ` +
      `${trainingQuantity(training.tokens, 'count')} tokens = ${formatScientific(estimate.trainingFlops, 'FLOP')}`,
    [perToken, parameters, tokens],
  );

  const peakSource = explainMetric(config, peakKey, { formatQuantity });
  const peakFlops = explained(
    { key: peakKey, value: estimate.peakFlops, unit: 'FLOP/s' },
    `Dense ${precision} peak of the cluster`,
    peakSource.formula,
    peakSource.inputs,
    [peakSource],
  );

  // Failures: cluster MTBF from every component's rate.
  const counts = g.components;
  const dur = formatDuration;
  const terms = [
    counts.chips > 0 && `${plural(counts.chips, 'chip')} ÷ ${dur(reliability.chipMtbf)}`,
    counts.hosts > 0 && `${plural(counts.hosts, 'host')} ÷ ${dur(reliability.hostMtbf)}`,
    counts.chips > 0 && `${plural(counts.chips, 'chip')} ÷ ${dur(reliability.scaleOutMtbfPerChip)} (network)`,
    counts.chips > 0 && `${plural(counts.chips, 'chip')} ÷ ${dur(reliability.softwareMtbfPerChip)} (software)`,
    counts.scaleUpLinks > 0 && `${plural(counts.scaleUpLinks, 'scale-up link')} ÷ ${dur(reliability.scaleUpLinkMtbf)}`,
    counts.scaleUpSwitches > 0 &&
      `${plural(counts.scaleUpSwitches, 'switch chip')} ÷ ${dur(reliability.scaleUpSwitchMtbf)}`,
  ].filter((term): term is string => typeof term === 'string');
  const perDay = g.failuresPerSecond.total * DAY;
  // Failures a day reads well for big clusters; for a small one, M itself says it.
  const perDayText = perDay >= 1 ? `, about ${formatRatio(perDay)} job-stopping failures a day` : '';
  const hostsSource = explainMetric(config, 'hosts', { formatQuantity });
  const mtbf = explained(
    { key: 'chips', value: g.mtbfSeconds, unit: 's' },
    'Cluster MTBF',
    Number.isFinite(g.mtbfSeconds)
      ? `M = 1 ÷ Σ(count ÷ MTBF) = 1 ÷ (${terms.join(' + ')}) = ${dur(g.mtbfSeconds)}${perDayText}`
      : 'Nothing can fail: M = ∞',
    [
      ...hostsSource.inputs,
      r('chipMtbf', 'Accelerator MTBF, per chip'),
      r('hostMtbf', 'Host MTBF'),
      r('scaleOutMtbfPerChip', 'Network MTBF, per chip (NIC, switches, cables)'),
      r('softwareMtbfPerChip', 'Software MTBF, per chip'),
      ...(counts.scaleUpLinks > 0 ? [r('scaleUpLinkMtbf', 'Scale-up link MTBF')] : []),
      ...(counts.scaleUpSwitches > 0 ? [r('scaleUpSwitchMtbf', 'Scale-up switch MTBF')] : []),
    ],
    [hostsSource],
  );

  const bytesPerParameter = r('checkpointBytesPerParameter', 'Checkpoint bytes per parameter');
  const checkpointBytes = explained(
    { key: 'hosts', value: g.checkpointBytes, unit: 'B' },
    'Checkpoint size',
    `N × bytes per parameter = ${trainingQuantity(training.parameters, 'count')} × ${formatNumber(reliability.checkpointBytesPerParameter)} B = ${formatBytes(g.checkpointBytes)}`,
    [parameters, bytesPerParameter],
  );

  const checkpointSeconds = explained(
    { key: 'hosts', value: g.checkpointSeconds, unit: 's' },
    'Checkpoint write time δ',
    `δ = size ÷ min(hosts × per-host rate, storage) = ${formatBytesDecimal(g.checkpointBytes)} ÷ min(${formatCount(counts.hosts)} × ` +
      `${formatBandwidth(reliability.checkpointWriteBandwidthPerHost)}, ${formatBandwidth(reliability.storageWriteBandwidth)}) = ` +
      `${formatBytesDecimal(g.checkpointBytes)} ÷ ${formatBandwidth(g.checkpointWriteBandwidth)} = ${dur(g.checkpointSeconds)}`,
    [
      derived('Checkpoint size', g.checkpointBytes, 'B', checkpointBytes),
      ...hostsSource.inputs,
      r('checkpointWriteBandwidthPerHost', 'Checkpoint write rate per host'),
      r('storageWriteBandwidth', 'Storage write bandwidth'),
    ],
    [checkpointBytes, hostsSource],
  );

  const delta = g.checkpointSeconds;
  const m = g.mtbfSeconds;
  const deltaInput = derived('Checkpoint write time δ', delta, 's', checkpointSeconds);
  const mtbfInput = derived('Cluster MTBF M', m, 's', mtbf);

  const youngInterval = explained(
    { key: 'chips', value: g.youngIntervalSeconds, unit: 's' },
    "Young's checkpoint interval",
    `τ = √(2δM) = √(2 × ${dur(delta)} × ${dur(m)}) = ${dur(g.youngIntervalSeconds)}`,
    [
      method(
        'Young (1974), first-order optimum',
        g.youngIntervalSeconds,
        's',
        'Young1974',
        'Minimises checkpoint plus rework time to first order in δ/M; shown for comparison.',
      ),
      deltaInput,
      mtbfInput,
    ],
    [checkpointSeconds, mtbf],
  );

  const x = delta / (2 * m);
  const dalyFormula = !Number.isFinite(m)
    ? 'Nothing fails: no checkpoint is needed, τ = ∞'
    : delta >= 2 * m
      ? `δ ≥ 2M (${dur(delta)} ≥ 2 × ${dur(m)}), so τ = M = ${dur(g.dalyIntervalSeconds)}`
      : `τ = √(2δM)·[1 + ⅓√(δ/2M) + (δ/2M)/9] − δ = ${dur(Math.sqrt(2 * delta * m))} × ${formatNumber(1 + Math.sqrt(x) / 3 + x / 9)} − ${dur(delta)} = ${dur(g.dalyIntervalSeconds)}`;
  const dalyInterval = explained(
    { key: 'chips', value: g.dalyIntervalSeconds, unit: 's' },
    "Daly's checkpoint interval (used)",
    dalyFormula,
    [
      method(
        'Daly (2006), higher-order optimum',
        g.dalyIntervalSeconds,
        's',
        'Daly2006',
        'The interval the estimate checkpoints at.',
      ),
      deltaInput,
      mtbfInput,
    ],
    [checkpointSeconds, mtbf],
  );

  const restart = r('restartSeconds', 'Restart time R');
  const goodput = explained(
    { key: 'chips', value: g.goodput, unit: 'ratio' },
    'Goodput (useful-work fraction)',
    Number.isFinite(m)
      ? `τ·e^(−R/M) ÷ (M·(e^((τ+δ)/M) − 1)), with τ = ${dur(g.dalyIntervalSeconds)}, δ = ${dur(delta)}, R = ${dur(g.restartSeconds)}, M = ${dur(m)}: ${formatPercent(g.goodput)}`
      : `Nothing fails: τ ÷ (τ + δ) = ${formatPercent(g.goodput)}`,
    [
      method(
        'Daly (2006), expected wall-clock time with failures',
        g.goodput,
        'ratio',
        'Daly2006',
        'Exponential failures of mean M; every failure stops the synchronous job and loses the work since the last checkpoint.',
      ),
      derived('Checkpoint interval τ (Daly)', g.dalyIntervalSeconds, 's', dalyInterval),
      deltaInput,
      restart,
      mtbfInput,
    ],
    [dalyInterval, checkpointSeconds, mtbf],
  );
  const goodputInput = derived('Goodput', g.goodput, 'ratio', goodput);
  const flopsInput = derived('Training compute C (FLOP)', estimate.trainingFlops, 'count', trainingFlops);
  const peakInput = derived(`Dense ${precision} peak of the cluster`, estimate.peakFlops, 'FLOP/s', peakFlops);
  const computeText = `${formatScientific(estimate.trainingFlops, 'FLOP')} ÷ (${formatFlops(estimate.peakFlops)} × ${formatPercent(training.mfu)}`;

  const idealTime = explained(
    { key: peakKey, value: estimate.ideal.seconds, unit: 's' },
    'Time to train, nothing failing',
    `T = C ÷ (peak × MFU) = ${computeText}) = ${daysText(estimate.ideal.seconds)}`,
    [flopsInput, mfu, peakInput],
    [trainingFlops, peakFlops],
  );

  const goodputTime = explained(
    { key: peakKey, value: estimate.withFailures.seconds, unit: 's' },
    'Time to train, with failures',
    `T = C ÷ (peak × MFU × goodput) = ${computeText} × ${formatPercent(g.goodput)}) = ${daysText(estimate.withFailures.seconds)}`,
    [flopsInput, mfu, peakInput, goodputInput],
    [trainingFlops, peakFlops, goodput],
  );

  const effectiveFlops = explained(
    { key: peakKey, value: estimate.effectiveFlops, unit: 'FLOP/s' },
    'Effective training rate',
    `peak × MFU × goodput = ${formatFlops(estimate.peakFlops)} × ${formatPercent(training.mfu)} × ${formatPercent(g.goodput)} = ${formatFlops(estimate.effectiveFlops)}`,
    [peakInput, mfu, goodputInput],
    [peakFlops, goodput],
  );

  const facilitySource = explainMetric(config, 'facilityPowerWatts', { formatQuantity });
  const energy = explained(
    { key: 'facilityPowerWatts', value: estimate.facilityPowerWatts, unit: 'W' },
    'Facility energy',
    Number.isFinite(estimate.withFailures.days)
      ? `E = facility power × T = ${formatPower(estimate.facilityPowerWatts)} × ${formatDays(estimate.withFailures.days)} = ` +
          `${formatMegawattHours(estimate.withFailures.energyJoules)} (nothing failing: ${formatMegawattHours(estimate.ideal.energyJoules)})`
      : `E = facility power × T: the run never finishes, so it has no total (nothing failing: ${formatMegawattHours(estimate.ideal.energyJoules)})`,
    [
      derived('Facility power', estimate.facilityPowerWatts, 'W', facilitySource),
      derived('Time to train, with failures', estimate.withFailures.seconds, 's', goodputTime),
    ],
    [facilitySource, goodputTime],
  );

  const cost = explained(
    { key: 'facilityPowerWatts', value: estimate.withFailures.electricityCost, unit: 'ratio' },
    'Electricity cost',
    Number.isFinite(estimate.withFailures.days)
      ? `energy × price = ${formatMegawattHours(estimate.withFailures.energyJoules)} × ${formatUsd(training.electricityPricePerMegawattHour)}/MWh = ` +
          `${formatUsd(estimate.withFailures.electricityCost)} (nothing failing: ${formatUsd(estimate.ideal.electricityCost)})`
      : `energy × price: the run never finishes, so it has no total (nothing failing: ${formatUsd(estimate.ideal.electricityCost)})`,
    [
      derived('Facility energy, with failures (MWh)', estimate.withFailures.energyMegawattHours, 'count', energy),
      price,
    ],
    [energy],
  );

  return {
    trainingFlops,
    peakFlops,
    idealTime,
    goodputTime,
    effectiveFlops,
    mtbf,
    checkpointBytes,
    checkpointSeconds,
    youngInterval,
    dalyInterval,
    goodput,
    energy,
    cost,
  };
}

/** Where a field's default comes from, and whether the user replaced it. */
export function explainField(
  spec: TrainingFieldSpec,
  value: number,
  defaultValue: number,
  provenance: Figure | undefined,
): MetricExplanation {
  const overridden = !sameValue(value, defaultValue);
  const shown = (v: number) => `${formatTypedNumber(v / spec.display.factor)} ${spec.display.label}`;
  const unit = provenance?.unit ?? 'ratio';
  return {
    key: 'chips',
    title: spec.label,
    value,
    unit,
    formula: overridden
      ? `Your value: ${shown(value)}; the default is ${shown(defaultValue)}`
      : `Default: ${shown(value)}`,
    inputs: [
      {
        label: overridden ? 'Default' : spec.label,
        value: defaultValue,
        unit,
        figure: provenance ?? null,
        overridden: false,
      },
    ],
    doubtful: !overridden && provenance !== undefined && isDoubtful(provenance),
    presetId: null,
  };
}
