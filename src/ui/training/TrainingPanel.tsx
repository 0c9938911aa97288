import { useId, useMemo } from 'react';
import type { ClusterConfig } from '../../model/config';
import {
  DEFAULT_RELIABILITY,
  RELIABILITY_PROVENANCE,
  type ReliabilityConfig,
} from '../../model/goodput/reliabilityConfig';
import { estimateTraining } from '../../model/training/estimateTraining';
import {
  DEFAULT_TRAINING,
  TRAINING_PROVENANCE,
  type TrainingConfig,
  type TrainingPrecision,
} from '../../model/training/trainingConfig';
import {
  formatBytes,
  formatDays,
  formatDuration,
  formatFlops,
  formatMegawattHours,
  formatScientific,
  formatUsd,
  formatPercent,
} from '../../format/numbers';
import { FieldProvenance } from './FieldProvenance';
import { NumberField } from '../controls/NumberField';
import { ResultRow } from './ResultRow';
import { explainTraining, neverFinishesReason } from './trainingExplanations';
import { RELIABILITY_FIELDS, TRAINING_FIELDS } from './trainingFields';
import './training.css';

export interface TrainingPanelProps {
  /** The cluster to train on, as in the store; required. */
  config: ClusterConfig;
  /** The run to price; required (DEFAULT_TRAINING is the illustrative default). */
  training: TrainingConfig;
  /** Failure rates and checkpoint costs; required (DEFAULT_RELIABILITY is the sourced default). */
  reliability: ReliabilityConfig;
  /** Called with the whole next training config after an edit within bounds; returns why it was refused, if it was; required. */
  onTrainingChange: (next: TrainingConfig) => string[];
  /** Called with the whole next reliability config after an edit within bounds; returns why it was refused, if it was; required. */
  onReliabilityChange: (next: ReliabilityConfig) => string[];
}

const TEST_IDS: Partial<Record<string, string>> = { mfu: 'train-mfu' };
const PRECISIONS: ReadonlyArray<{ value: TrainingPrecision; label: string }> = [
  { value: 'bf16', label: 'BF16 (dense peak)' },
  { value: 'fp8', label: 'FP8 (dense peak)' },
];

/**
 * Time to train a model on the configuration: the run's and the failures' inputs, then compute,
 * days with and without failures, goodput under Daly's checkpointing, energy and electricity cost,
 * each with its formula and sources.
 */
export function TrainingPanel({
  config,
  training,
  reliability,
  onTrainingChange,
  onReliabilityChange,
}: TrainingPanelProps) {
  const titleId = useId();
  const precisionId = useId();
  const estimate = useMemo(() => estimateTraining(config, training, reliability), [config, training, reliability]);
  const why = useMemo(
    () => explainTraining(config, training, reliability, estimate),
    [config, training, reliability, estimate],
  );
  const g = estimate.goodput;
  const lost = g.loss;
  const neverFinishes = neverFinishesReason(estimate, reliability.restartSeconds);

  return (
    <section className="panel-section training-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Time to train</h2>
      <p className="muted training-intro">
        An illustrative dense run at the scale of Llama 3.1 405B; every input is yours to change. Values are checked as
        you type: a refused one leaves the last valid value in force.
      </p>

      <fieldset className="training-fields">
        <legend>Training run</legend>
        {TRAINING_FIELDS.map((spec) => (
          <NumberField
            key={spec.key}
            spec={spec}
            displayUnit={spec.display}
            value={training[spec.key]}
            testId={TEST_IDS[spec.key]}
            onCommit={(value) => onTrainingChange({ ...training, [spec.key]: value })}
            provenance={
              <FieldProvenance
                spec={spec}
                value={training[spec.key]}
                defaultValue={DEFAULT_TRAINING[spec.key]}
                figure={TRAINING_PROVENANCE[spec.key]}
              />
            }
          />
        ))}
        <div className="training-field">
          <label htmlFor={precisionId}>Precision of the peak</label>
          <select
            id={precisionId}
            value={training.precision}
            data-testid="train-precision"
            onChange={(e) => onTrainingChange({ ...training, precision: e.target.value as TrainingPrecision })}
          >
            {PRECISIONS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
          <span className="training-field-help">MFU is measured against this dense peak.</span>
        </div>
      </fieldset>

      <fieldset className="training-fields">
        <legend>Failures and checkpoints</legend>
        {RELIABILITY_FIELDS.map((spec) => (
          <NumberField
            key={spec.key}
            spec={spec}
            displayUnit={spec.display}
            value={reliability[spec.key]}
            onCommit={(value) => onReliabilityChange({ ...reliability, [spec.key]: value })}
            provenance={
              <FieldProvenance
                spec={spec}
                value={reliability[spec.key]}
                defaultValue={DEFAULT_RELIABILITY[spec.key]}
                figure={RELIABILITY_PROVENANCE[spec.key]}
              />
            }
          />
        ))}
      </fieldset>

      <h3>Compute and time</h3>
      <dl className="training-results">
        <ResultRow
          label="Training compute"
          value={formatScientific(estimate.trainingFlops, 'FLOP')}
          raw={estimate.trainingFlops}
          explanation={why.trainingFlops}
          testId="train-flops"
        />
        <ResultRow
          label={why.peakFlops.title}
          value={formatFlops(estimate.peakFlops)}
          raw={estimate.peakFlops}
          explanation={why.peakFlops}
          testId="train-peak"
        />
        <ResultRow
          label="Days to train, nothing failing"
          value={formatDays(estimate.ideal.days)}
          raw={estimate.ideal.days}
          explanation={why.idealTime}
          testId="train-days"
          headline
        />
        <ResultRow
          label="Days to train, with failures"
          value={
            Number.isFinite(estimate.withFailures.days) ? formatDays(estimate.withFailures.days) : 'never finishes'
          }
          raw={estimate.withFailures.days}
          explanation={why.goodputTime}
          testId="train-days-goodput"
          headline
          note={neverFinishes ?? undefined}
        />
        <ResultRow
          label="Effective training rate"
          value={formatFlops(estimate.effectiveFlops)}
          raw={estimate.effectiveFlops}
          explanation={why.effectiveFlops}
          testId="train-effective-flops"
        />
      </dl>

      <h3>Failures and goodput</h3>
      <dl className="training-results">
        <ResultRow
          label="Cluster MTBF"
          value={formatDuration(g.mtbfSeconds)}
          raw={g.mtbfSeconds}
          explanation={why.mtbf}
          testId="cluster-mtbf"
          note="Every failure stops the synchronous job. Rates from Meta's Llama 3 run on H100, applied to every chip as a proxy."
        />
        <ResultRow
          label="Checkpoint size"
          value={formatBytes(g.checkpointBytes)}
          raw={g.checkpointBytes}
          explanation={why.checkpointBytes}
          testId="checkpoint-size"
        />
        <ResultRow
          label="Checkpoint write time δ"
          value={formatDuration(g.checkpointSeconds)}
          raw={g.checkpointSeconds}
          explanation={why.checkpointSeconds}
          testId="checkpoint-seconds"
        />
        <ResultRow
          label="Young interval"
          value={formatDuration(g.youngIntervalSeconds)}
          raw={g.youngIntervalSeconds}
          explanation={why.youngInterval}
          testId="young-interval"
        />
        <ResultRow
          label="Daly interval (used)"
          value={formatDuration(g.dalyIntervalSeconds)}
          raw={g.dalyIntervalSeconds}
          explanation={why.dalyInterval}
          testId="daly-interval"
        />
        <ResultRow
          label="Goodput (useful-work fraction)"
          value={formatPercent(g.goodput)}
          raw={g.goodput}
          explanation={why.goodput}
          testId="goodput-fraction"
          headline
          note={`Time lost: checkpoint writes ${formatPercent(lost.checkpointing)}, rework after failures ${formatPercent(lost.rework)}, restarts ${formatPercent(lost.restart)} (first-order shares).`}
        />
      </dl>

      <h3>Energy and cost</h3>
      <dl className="training-results">
        <ResultRow
          label="Facility energy, with failures"
          value={neverFinishes ? 'never finishes' : formatMegawattHours(estimate.withFailures.energyJoules)}
          raw={estimate.withFailures.energyMegawattHours}
          explanation={why.energy}
          testId="train-energy"
          note="Upper-side: facility power with every chip at TDP for the whole run."
        />
        <ResultRow
          label="Electricity cost, with failures"
          value={neverFinishes ? 'never finishes' : formatUsd(estimate.withFailures.electricityCost)}
          raw={estimate.withFailures.electricityCost}
          explanation={why.cost}
          testId="train-cost"
          note="Electricity only: no hardware, cooling water or staff."
        />
      </dl>
    </section>
  );
}
