import type { ClusterConfig } from '../../model/config';
import {
  collectiveSweep,
  messageSizes,
  type CollectiveOptions,
  type CollectiveSweep,
} from '../../model/collectives/clusterCollectives';
import {
  COLLECTIVE_ALGORITHM_LABELS,
  type CollectiveAlgorithm,
  type CollectiveOp,
} from '../../model/collectives/collectiveTime';

export interface CollectiveSystem {
  label: string;
  config: ClusterConfig;
}

/** Over every chip of the cluster (hierarchical), or inside one scale-up domain. */
export type CollectiveScope = 'cluster' | 'scale-up';

/** What a collective chart plots against message size. */
export type CollectiveMetric = 'seconds' | 'busBandwidth';

export interface SystemCollectiveSweep {
  label: string;
  sweep: CollectiveSweep;
}

/** One plotted line: the same shape LineChart takes. */
export interface CollectiveLine {
  label: string;
  points: Array<{ x: number; y: number }>;
}

/** One sweep per system over message sizes (default 1 KiB … 4 GiB, one point per doubling). */
export function collectiveSweeps(
  systems: readonly CollectiveSystem[],
  op: CollectiveOp,
  options: Partial<CollectiveOptions> & { sizes?: readonly number[] } = {},
): SystemCollectiveSweep[] {
  const sizes = options.sizes ?? messageSizes();
  return systems.map(({ label, config }) => ({ label, sweep: collectiveSweep(config, op, { ...options, sizes }) }));
}

/** Lines for one chart: x is the message size in bytes, y the time (s) or bus bandwidth (B/s) in the chosen scope. */
export function collectiveLines(
  sweeps: readonly SystemCollectiveSweep[],
  scope: CollectiveScope,
  metric: CollectiveMetric,
): CollectiveLine[] {
  return sweeps.map(({ label, sweep }) => {
    const ys =
      metric === 'seconds'
        ? scope === 'cluster'
          ? sweep.clusterSeconds
          : sweep.scaleUpSeconds
        : scope === 'cluster'
          ? sweep.clusterBusBandwidth
          : sweep.scaleUpBusBandwidth;
    return { label, points: sweep.bytes.map((x, i) => ({ x, y: ys[i] ?? Number.NaN })) };
  });
}

/** A run of consecutive message sizes over which the policy picks the same algorithm. */
export interface AlgorithmRange {
  algorithm: CollectiveAlgorithm;
  label: string;
  fromBytes: number;
  toBytes: number;
}

/** Collapses the per-size algorithm choice into ranges, e.g. Mesh 1 KiB–512 KiB, RDH 1 MiB–32 MiB, KangaRing 64 MiB–4 GiB. */
export function algorithmRanges(bytes: readonly number[], chosen: readonly CollectiveAlgorithm[]): AlgorithmRange[] {
  const ranges: AlgorithmRange[] = [];
  bytes.forEach((size, i) => {
    const algorithm = chosen[i];
    if (algorithm === undefined) return;
    const last = ranges.at(-1);
    if (last && last.algorithm === algorithm) last.toBytes = size;
    else ranges.push({ algorithm, label: COLLECTIVE_ALGORITHM_LABELS[algorithm], fromBytes: size, toBytes: size });
  });
  return ranges;
}
