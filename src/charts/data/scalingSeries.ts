import { chipsPerUltraServer, evaluate, type ClusterConfig, type Metrics } from '../../model/index';

export interface ScalingSystem {
  label: string;
  config: ClusterConfig;
}

/** One cluster size of one system. */
export interface ScalingPoint {
  /** Scale-up domains (UltraServers, NVL72 racks, pods) in the cluster. */
  domains: number;
  chips: number;
  fp8DenseFlops: number;
  facilityPowerWatts: number;
  /** Bisection of one scale-up domain, one direction: the same at every cluster size. */
  domainBisectionBandwidth: number;
  /** Bisection of the whole cluster, one direction; see clusterBisectionBandwidth. */
  clusterBisectionBandwidth: number;
  /** Mean hops between chips of one scale-up domain: the same at every cluster size. */
  averageHops: number;
}

export interface ScalingSeries {
  label: string;
  chipsPerDomain: number;
  points: ScalingPoint[];
}

export type ScalingMetric = Exclude<keyof ScalingPoint, 'domains' | 'chips'>;

/** What each scaling chart shows, and the caveat its subtitle must carry. */
export const SCALING_METRICS: Readonly<
  Record<ScalingMetric, { title: string; axisLabel: string; unit: string; scale: 'log' | 'linear'; subtitle: string }>
> = {
  fp8DenseFlops: {
    title: 'Dense FP8 compute as the cluster grows',
    axisLabel: 'Dense FP8 (FLOP/s)',
    unit: 'FLOP/s',
    scale: 'log',
    subtitle: 'Peak, chips × per-chip rate. Log–log; each line starts at one scale-up domain and adds whole domains.',
  },
  facilityPowerWatts: {
    title: 'Facility power as the cluster grows',
    axisLabel: 'Facility power (W)',
    unit: 'W',
    scale: 'log',
    subtitle: '(Chips + hosts + network) × PUE. Log–log; chip and host power of some systems are estimates.',
  },
  clusterBisectionBandwidth: {
    title: 'Cluster bisection bandwidth as the cluster grows',
    axisLabel: 'Bisection, one direction (B/s)',
    unit: 'B/s',
    scale: 'log',
    subtitle:
      'One domain: its scale-up bisection. Several: a cut between whole domains crosses only the scale-out network, ' +
      '(chips ÷ 2) × scale-out per chip, assuming a non-blocking scale-out fabric (an upper bound). Even domain counts only.',
  },
  domainBisectionBandwidth: {
    title: 'Scale-up domain bisection bandwidth',
    axisLabel: 'Bisection of one domain, one direction (B/s)',
    unit: 'B/s',
    scale: 'log',
    subtitle: 'Per scale-up domain, so constant as domains are added: the lines are flat by definition.',
  },
  averageHops: {
    title: 'Average hops inside one scale-up domain',
    axisLabel: 'Average hops between chips of a domain',
    unit: 'hops',
    scale: 'linear',
    subtitle:
      'Inside one domain, so constant as domains are added; hops through the scale-out network are not counted.',
  },
};

/**
 * Bisection of the whole cluster, one direction, bytes/s: the weakest balanced cut.
 * One domain: the domain's own bisection, as evaluate() gives it. Several domains: a cut between
 * whole domains crosses only the scale-out network; with a non-blocking (full-bisection)
 * scale-out fabric each half can send (chips ÷ 2) × scale-out per chip. An odd domain count
 * forces the cut through one domain, adding that domain's bisection. Real fabrics may be
 * oversubscribed, so this is an upper bound.
 */
export function clusterBisectionBandwidth(metrics: Metrics): number {
  if (metrics.ultraServers <= 1) return metrics.bisectionBandwidth;
  const acrossScaleOut = (metrics.chips / 2) * metrics.scaleOutBandwidthPerChip;
  return metrics.ultraServers % 2 === 0 ? acrossScaleOut : acrossScaleOut + metrics.bisectionBandwidth;
}

/**
 * Domain counts to sample: 1, then about `samplesPerDecade` per decade up to the most domains
 * that fit in `maxChips`. Counts above 1 are even, so the cluster bisection does not zigzag
 * between even and odd counts (see clusterBisectionBandwidth).
 */
export function domainCounts(chipsPerDomain: number, maxChips: number, samplesPerDecade = 4): number[] {
  const maxDomains = Math.max(1, Math.floor(maxChips / Math.max(1, chipsPerDomain)));
  const last = maxDomains > 1 ? maxDomains - (maxDomains % 2) : 1;
  const counts = new Set<number>([1]);
  const steps = Math.ceil(Math.log10(last) * samplesPerDecade);
  for (let s = 1; s <= steps; s++) {
    const raw = 10 ** (s / samplesPerDecade);
    const even = Math.max(2, 2 * Math.round(raw / 2));
    if (even < last) counts.add(even);
  }
  counts.add(last);
  return [...counts].sort((a, b) => a - b);
}

export interface ScalingOptions {
  /** Largest cluster to sample, in chips; default 1,000,000. */
  maxChips?: number;
  /** Samples per decade of domain count; default 4. */
  samplesPerDecade?: number;
}

/**
 * For each system, its figures at growing cluster sizes: the system's own scale-up domain,
 * repeated 1…N times (N domains ≤ maxChips), each evaluated by the model. Only the number of
 * domains changes; the domain itself stays as configured.
 */
export function scalingSeries(systems: readonly ScalingSystem[], options: ScalingOptions = {}): ScalingSeries[] {
  const { maxChips = 1_000_000, samplesPerDecade = 4 } = options;
  return systems.map(({ label, config }) => {
    const perDomain = chipsPerUltraServer(config);
    const points = domainCounts(perDomain, maxChips, samplesPerDecade).map((domains): ScalingPoint => {
      const m = evaluate({ ...config, ultraServers: domains });
      return {
        domains,
        chips: m.chips,
        fp8DenseFlops: m.fp8DenseFlops,
        facilityPowerWatts: m.facilityPowerWatts,
        domainBisectionBandwidth: m.bisectionBandwidth,
        clusterBisectionBandwidth: clusterBisectionBandwidth(m),
        averageHops: m.averageHops,
      };
    });
    return { label, chipsPerDomain: perDomain, points };
  });
}
