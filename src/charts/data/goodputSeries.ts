import { chipsPerUltraServer, type ClusterConfig } from '../../model/config';
import { goodputSweep } from '../../model/goodput/goodput';
import type { ReliabilityConfig } from '../../model/goodput/reliabilityConfig';

export interface GoodputSystem {
  label: string;
  config: ClusterConfig;
}

/** One cluster size of one system, with what set its goodput. */
export interface GoodputPoint {
  ultraServers: number;
  chips: number;
  mtbfSeconds: number;
  /** δ, the checkpoint write time. */
  checkpointSeconds: number;
  /** Daly's interval, the one the estimate uses. */
  intervalSeconds: number;
  /** Useful-work fraction, 0…1. */
  goodput: number;
  /** The size the system is configured at. */
  configured: boolean;
}

export interface GoodputSeries {
  label: string;
  chipsPerDomain: number;
  points: GoodputPoint[];
}

export interface GoodputSeriesOptions {
  /** Largest cluster sampled, chips; each system's configured size is kept even when larger. Default 1,000,000. */
  maxChips?: number;
}

/**
 * Scale-up domain counts to sample: 1, 2, 4, … while they fit in `maxChips`, plus the configured
 * count, sorted. Powers of two give even spacing on a log axis at O(log n) points.
 */
export function goodputDomainCounts(configuredDomains: number, chipsPerDomain: number, maxChips: number): number[] {
  const maxDomains = Math.max(1, Math.floor(maxChips / Math.max(1, chipsPerDomain)));
  const counts = new Set<number>([Math.max(1, configuredDomains)]);
  for (let n = 1; n <= maxDomains; n *= 2) counts.add(n);
  return [...counts].sort((a, b) => a - b);
}

/**
 * Goodput of each system as its cluster grows (whole scale-up domains added), from the model's
 * goodputSweep: a bigger cluster fails more often, so more of its time goes to checkpoints,
 * rework and restarts. `parameters` sizes the checkpoint.
 */
export function goodputSeries(
  systems: readonly GoodputSystem[],
  parameters: number,
  reliability: ReliabilityConfig,
  options: GoodputSeriesOptions = {},
): GoodputSeries[] {
  const { maxChips = 1_000_000 } = options;
  return systems.map(({ label, config }) => {
    const perDomain = chipsPerUltraServer(config);
    const sweep = goodputSweep(
      config,
      parameters,
      reliability,
      goodputDomainCounts(config.ultraServers, perDomain, maxChips),
    );
    const points = sweep.ultraServers.map(
      (ultraServers, i): GoodputPoint => ({
        ultraServers,
        chips: sweep.chips[i] ?? Number.NaN,
        mtbfSeconds: sweep.mtbfSeconds[i] ?? Number.NaN,
        checkpointSeconds: sweep.checkpointSeconds[i] ?? Number.NaN,
        intervalSeconds: sweep.intervalSeconds[i] ?? Number.NaN,
        goodput: sweep.goodput[i] ?? Number.NaN,
        configured: ultraServers === config.ultraServers,
      }),
    );
    return { label, chipsPerDomain: perDomain, points };
  });
}
