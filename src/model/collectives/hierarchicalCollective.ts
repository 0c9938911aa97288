import { chosenCollective, fastestOf, type AlgorithmPolicy } from './algorithmPolicy';
import { busBandwidth } from './busBandwidth';
import type { CollectiveFabric } from './collectiveFabric';
import { collectiveOnFabric } from './collectiveOnFabric';
import type { CollectiveOp, CollectiveTime } from './collectiveTime';

export interface HierarchicalPhase {
  scope: 'scale-up' | 'scale-out';
  time: CollectiveTime;
}

/** A collective over the whole cluster: phases inside the UltraServer and across the network. */
export interface HierarchicalCollectiveTime {
  op: CollectiveOp;
  bytes: number;
  ranks: number;
  ranksPerDomain: number;
  domains: number;
  phases: HierarchicalPhase[];
  /** True when the phases overlap (all-to-all) and the slowest sets the time; else they add. */
  concurrentPhases: boolean;
  /** Infinity when `disconnected`. */
  seconds: number;
  /** True when a phase cannot complete (a link class at 0 B/s): no finite time exists. */
  disconnected: boolean;
  algorithmBandwidth: number;
  busBandwidth: number;
}

/**
 * Neuron's hierarchical scheme (AWS-InterColl): Y ranks per UltraServer, X UltraServers, and the
 * chips with the same local index form X-rank groups over the network, all in parallel.
 *   all-reduce      scale-up reduce-scatter (B) → scale-out all-reduce (B/Y) → scale-up all-gather (B)
 *   all-gather      scale-out all-gather (output B/Y) → scale-up all-gather (output B)
 *   reduce-scatter  scale-up reduce-scatter (B) → scale-out reduce-scatter (B/Y)
 *   all-to-all      approximation: the share for other UltraServers (B·(X−1)/X) leaves through
 *                   each chip's own NIC while the local share (B/X) crosses the scale-up fabric;
 *                   the slower sets the time. Forwarding between a NIC and a remote chip is ignored.
 * Scale-up phases follow `policy`. Scale-out phases take the faster of ring and RDH: AWS warns
 * that Mesh suffers ingress congestion on the network, which the α–β model cannot see, so we
 * leave it out there. The network is assumed non-blocking.
 */
export function hierarchicalCollective(
  op: CollectiveOp,
  bytes: number,
  domain: CollectiveFabric,
  network: CollectiveFabric,
  policy: AlgorithmPolicy,
  reductionSecondsPerByte = 0,
): HierarchicalCollectiveTime {
  const perDomain = domain.ranks;
  const domains = network.ranks;
  const inside = (phaseOp: CollectiveOp, phaseBytes: number): HierarchicalPhase => ({
    scope: 'scale-up',
    time: chosenCollective(phaseOp, domain, phaseBytes, policy, reductionSecondsPerByte),
  });
  const across = (phaseOp: CollectiveOp, phaseBytes: number): HierarchicalPhase => ({
    scope: 'scale-out',
    time: fastestOf(
      (['ring', 'recursive-halving-doubling'] as const).map(
        (algorithm) => collectiveOnFabric(phaseOp, algorithm, network, phaseBytes, reductionSecondsPerByte)!,
      ),
    ),
  });

  let phases: HierarchicalPhase[];
  let concurrentPhases = false;
  switch (op) {
    case 'all-reduce':
      phases = [inside('reduce-scatter', bytes), across('all-reduce', bytes / perDomain), inside('all-gather', bytes)];
      break;
    case 'all-gather':
      phases = [across('all-gather', bytes / perDomain), inside('all-gather', bytes)];
      break;
    case 'reduce-scatter':
      phases = [inside('reduce-scatter', bytes), across('reduce-scatter', bytes / perDomain)];
      break;
    case 'all-to-all':
      concurrentPhases = true;
      phases = [
        inside('all-to-all', bytes / domains),
        { scope: 'scale-out', time: collectiveOnFabric('all-to-all', 'mesh', network, bytes)! },
      ];
      break;
  }
  const times = phases.map((phase) => phase.time.seconds);
  const seconds = concurrentPhases ? Math.max(...times) : times.reduce((sum, t) => sum + t, 0);
  const ranks = perDomain * domains;
  return {
    op,
    bytes,
    ranks,
    ranksPerDomain: perDomain,
    domains,
    phases,
    concurrentPhases,
    seconds,
    disconnected: phases.some((phase) => phase.time.disconnected),
    algorithmBandwidth: bytes > 0 && seconds > 0 && Number.isFinite(seconds) ? bytes / seconds : 0,
    busBandwidth: busBandwidth(op, ranks, bytes, seconds),
  };
}
