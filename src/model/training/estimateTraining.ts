import type { ClusterConfig } from '../config';
import { evaluate } from '../evaluate';
import { estimateGoodput, type GoodputEstimate } from '../goodput/goodput';
import { DEFAULT_RELIABILITY, type ReliabilityConfig } from '../goodput/reliabilityConfig';
import type { Metrics } from '../metrics';
import type { TrainingConfig, TrainingPrecision } from './trainingConfig';
import { trainingFlops, trainingSeconds } from './trainingFlops';

const SECONDS_PER_DAY = 86_400;
export const JOULES_PER_MEGAWATT_HOUR = 3.6e9;

/** One way the run could go: how long, how much energy, what the electricity costs. */
export interface TrainingRun {
  seconds: number;
  days: number;
  energyJoules: number;
  energyMegawattHours: number;
  /** US dollars. */
  electricityCost: number;
}

export interface TrainingEstimate {
  trainingFlops: number;
  /** Dense peak of the whole cluster at the chosen precision, FLOP/s. */
  peakFlops: number;
  /** Peak × MFU. */
  sustainedFlops: number;
  /** Peak × MFU × goodput. */
  effectiveFlops: number;
  facilityPowerWatts: number;
  goodput: GoodputEstimate;
  /** Nothing fails. */
  ideal: TrainingRun;
  /** Checkpoints, lost work and restarts included (the facility draws power throughout). */
  withFailures: TrainingRun;
}

export function peakFlopsFor(metrics: Metrics, precision: TrainingPrecision): number {
  return precision === 'fp8' ? metrics.fp8DenseFlops : metrics.bf16DenseFlops;
}

/**
 * Time, energy and electricity cost to train on a configuration. Energy is facility power (chips
 * at TDP plus hosts, overheads and PUE, from evaluate()) × wall clock: an upper-side estimate,
 * since chips seldom sit at TDP for a whole run.
 */
export function estimateTraining(
  config: ClusterConfig,
  training: TrainingConfig,
  reliability: ReliabilityConfig = DEFAULT_RELIABILITY,
): TrainingEstimate {
  const metrics = evaluate(config);
  const flops = trainingFlops(training.parameters, training.tokens, training.flopsPerParameterPerToken);
  const peakFlops = peakFlopsFor(metrics, training.precision);
  const goodput = estimateGoodput(config, training.parameters, reliability);
  const run = (seconds: number): TrainingRun => {
    // 0 × ∞ (no power, no compute) would be NaN: nothing drawn is nothing spent.
    const energyJoules = metrics.facilityPowerWatts > 0 && seconds > 0 ? metrics.facilityPowerWatts * seconds : 0;
    const energyMegawattHours = energyJoules / JOULES_PER_MEGAWATT_HOUR;
    return {
      seconds,
      days: seconds / SECONDS_PER_DAY,
      energyJoules,
      energyMegawattHours,
      electricityCost: energyMegawattHours * training.electricityPricePerMegawattHour,
    };
  };
  return {
    trainingFlops: flops,
    peakFlops,
    sustainedFlops: peakFlops * training.mfu,
    effectiveFlops: peakFlops * training.mfu * goodput.goodput,
    facilityPowerWatts: metrics.facilityPowerWatts,
    goodput,
    ideal: run(trainingSeconds(flops, peakFlops, training.mfu)),
    withFailures: run(trainingSeconds(flops, peakFlops, training.mfu, goodput.goodput)),
  };
}
