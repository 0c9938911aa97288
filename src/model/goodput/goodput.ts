import type { ClusterConfig } from '../config';
import { checkpointBytes, checkpointWriteBandwidth, checkpointWriteSeconds } from './checkpoint';
import { dalyInterval, youngInterval } from './checkpointInterval';
import { componentCounts, type ComponentCounts } from './componentCounts';
import { DEFAULT_RELIABILITY, type ReliabilityConfig } from './reliabilityConfig';
import { failureRates, systemMtbf, type FailureRates } from './systemMtbf';
import { usefulWorkFraction } from './usefulWorkFraction';

/** Where the lost time goes, as fractions of wall-clock time; they sum to 1 − goodput. */
export interface GoodputLoss {
  checkpointing: number;
  rework: number;
  restart: number;
}

export interface GoodputEstimate {
  components: ComponentCounts;
  failuresPerSecond: FailureRates;
  mtbfSeconds: number;
  checkpointBytes: number;
  checkpointWriteBandwidth: number;
  /** δ. */
  checkpointSeconds: number;
  youngIntervalSeconds: number;
  /** The interval the estimate uses. */
  dalyIntervalSeconds: number;
  restartSeconds: number;
  /** Useful-work fraction, 0…1. */
  goodput: number;
  /**
   * First-order split (δ/(τ+δ), (τ+δ)/2M, R/M) rescaled to the exact loss; approximate shares,
   * meant for a stacked bar.
   */
  loss: GoodputLoss;
}

/**
 * Goodput of one synchronous job on the whole configuration, checkpointing at Daly's interval.
 * `parameters` sizes the checkpoint.
 */
export function estimateGoodput(
  config: ClusterConfig,
  parameters: number,
  reliability: ReliabilityConfig = DEFAULT_RELIABILITY,
): GoodputEstimate {
  const components = componentCounts(config);
  const failuresPerSecond = failureRates(components, reliability);
  const mtbfSeconds = systemMtbf(failuresPerSecond);
  const bytes = checkpointBytes(parameters, reliability);
  const bandwidth = checkpointWriteBandwidth(components.hosts, reliability);
  const delta = checkpointWriteSeconds(bytes, bandwidth);
  const tau = dalyInterval(delta, mtbfSeconds);
  const restart = reliability.restartSeconds;
  const goodput = usefulWorkFraction(tau, delta, restart, mtbfSeconds);
  return {
    components,
    failuresPerSecond,
    mtbfSeconds,
    checkpointBytes: bytes,
    checkpointWriteBandwidth: bandwidth,
    checkpointSeconds: delta,
    youngIntervalSeconds: youngInterval(delta, mtbfSeconds),
    dalyIntervalSeconds: tau,
    restartSeconds: restart,
    goodput,
    loss: splitLoss(1 - goodput, tau, delta, restart, mtbfSeconds),
  };
}

function splitLoss(total: number, tau: number, delta: number, restart: number, mtbf: number): GoodputLoss {
  const finite = Number.isFinite(mtbf) && Number.isFinite(tau);
  const terms = {
    checkpointing: tau + delta > 0 && Number.isFinite(tau) ? delta / (tau + delta) : 0,
    rework: finite ? (tau + delta) / (2 * mtbf) : 0,
    restart: Number.isFinite(mtbf) ? restart / mtbf : 0,
  };
  const sum = terms.checkpointing + terms.rework + terms.restart;
  if (!(sum > 0) || !(total > 0)) return { checkpointing: 0, rework: 0, restart: 0 };
  const scale = total / sum;
  return { checkpointing: terms.checkpointing * scale, rework: terms.rework * scale, restart: terms.restart * scale };
}

/** Goodput against cluster size, as plain arrays for a chart (x: chips or UltraServers). */
export interface GoodputSweep {
  ultraServers: number[];
  chips: number[];
  mtbfSeconds: number[];
  checkpointSeconds: number[];
  intervalSeconds: number[];
  goodput: number[];
}

/** UltraServer counts 1, 2, 4, … up to the configuration's own, which is always the last point. */
export function ultraServerSteps(ultraServers: number): number[] {
  const steps: number[] = [];
  for (let n = 1; n < ultraServers; n *= 2) steps.push(n);
  steps.push(Math.max(1, ultraServers));
  return steps;
}

export function goodputSweep(
  config: ClusterConfig,
  parameters: number,
  reliability: ReliabilityConfig = DEFAULT_RELIABILITY,
  ultraServerCounts: readonly number[] = ultraServerSteps(config.ultraServers),
): GoodputSweep {
  const sweep: GoodputSweep = {
    ultraServers: [],
    chips: [],
    mtbfSeconds: [],
    checkpointSeconds: [],
    intervalSeconds: [],
    goodput: [],
  };
  for (const ultraServers of ultraServerCounts) {
    const estimate = estimateGoodput({ ...config, ultraServers }, parameters, reliability);
    sweep.ultraServers.push(ultraServers);
    sweep.chips.push(estimate.components.chips);
    sweep.mtbfSeconds.push(estimate.mtbfSeconds);
    sweep.checkpointSeconds.push(estimate.checkpointSeconds);
    sweep.intervalSeconds.push(estimate.dalyIntervalSeconds);
    sweep.goodput.push(estimate.goodput);
  }
  return sweep;
}
