import { CHIPS } from '../chips/catalog';
import { chipsPerUltraServer, type ClusterConfig } from '../config';
import { torusShapeOf } from '../scaleUpDomain';
import { allAlgorithmTimes, chosenCollective, type AlgorithmPolicy } from './algorithmPolicy';
import { busBandwidth } from './busBandwidth';
import {
  networkCollectiveFabric,
  switchedCollectiveFabric,
  torusCollectiveFabric,
  type CollectiveFabric,
} from './collectiveFabric';
import { EFA_STEP_LATENCY, NEURONLINK_STEP_LATENCY, SWITCHED_STEP_LATENCY } from './collectiveLatency';
import { algorithmsFor } from './collectiveOnFabric';
import { COLLECTIVE_OPS, type CollectiveAlgorithm, type CollectiveOp, type CollectiveTime } from './collectiveTime';
import { hierarchicalCollective, type HierarchicalCollectiveTime } from './hierarchicalCollective';

export interface CollectiveOptions {
  /**
   * Default `auto`: the Neuron runtime's size ranges on AWS chips (Neuron's own rule), the
   * model's fastest algorithm elsewhere (NCCL and XLA choose by their own tuning, which we do
   * not model; Neuron's flat KangaRing would be a poor stand-in on an 8,960-chip TPU torus).
   */
  policy: AlgorithmPolicy | 'auto';
  /** Default: NEURONLINK_STEP_LATENCY on a torus, SWITCHED_STEP_LATENCY on a switch (seconds). */
  scaleUpStepLatency?: number;
  /** Default: EFA_STEP_LATENCY, ~15 µs (seconds). */
  scaleOutStepLatency?: number;
  /** Default 0: reductions overlap transfers (Neuron slices chunks to hide them). Seconds per byte. */
  reductionSecondsPerByte: number;
}

export const DEFAULT_COLLECTIVE_OPTIONS: CollectiveOptions = { policy: 'auto', reductionSecondsPerByte: 0 };

/** `auto` resolved for a configuration: Neuron's rule on Trainium, fastest elsewhere. */
export function resolvePolicy(config: ClusterConfig, policy: AlgorithmPolicy | 'auto'): AlgorithmPolicy {
  if (policy !== 'auto') return policy;
  return CHIPS[config.chip].vendor === 'AWS' ? 'neuron' : 'fastest';
}

/** One UltraServer's scale-up fabric, one rank per chip. */
export function scaleUpCollectiveFabric(config: ClusterConfig, stepLatency?: number): CollectiveFabric {
  if (config.fabric === 'switched') {
    return switchedCollectiveFabric(
      {
        nodes: chipsPerUltraServer(config),
        linksPerChip: config.linksPerChip,
        linkBandwidth: config.intraLinkBandwidth,
      },
      stepLatency ?? SWITCHED_STEP_LATENCY.value,
    );
  }
  return torusCollectiveFabric(torusShapeOf(config), stepLatency ?? NEURONLINK_STEP_LATENCY.value);
}

/** The scale-out network as one same-index group sees it: one rank per UltraServer, its chip's NIC. */
export function scaleOutCollectiveFabric(config: ClusterConfig, stepLatency?: number): CollectiveFabric {
  return networkCollectiveFabric(
    config.ultraServers,
    config.scaleOutBandwidthPerChip,
    stepLatency ?? EFA_STEP_LATENCY.value,
  );
}

export interface ScaleUpCollectives {
  fabric: CollectiveFabric;
  /** The algorithm the policy picks, per operation. */
  chosen: Record<CollectiveOp, CollectiveTime>;
  /** Every applicable algorithm, per operation (for a comparison table). */
  algorithms: Record<CollectiveOp, CollectiveTime[]>;
  busBandwidth: Record<CollectiveOp, number>;
}

export interface ClusterCollectives {
  bytes: number;
  /** The policy in force (`auto` resolved). */
  policy: AlgorithmPolicy;
  /** Inside one UltraServer. */
  scaleUp: ScaleUpCollectives;
  /** Over every chip of the cluster (equals scale-up when there is one UltraServer). */
  cluster: Record<CollectiveOp, HierarchicalCollectiveTime>;
}

/** Every collective for one buffer size on a configuration: what the UI's collectives panel shows. */
export function clusterCollectives(
  config: ClusterConfig,
  bytes: number,
  options: Partial<CollectiveOptions> = {},
): ClusterCollectives {
  const { scaleUpStepLatency, scaleOutStepLatency, reductionSecondsPerByte, ...rest } = {
    ...DEFAULT_COLLECTIVE_OPTIONS,
    ...options,
  };
  const policy = resolvePolicy(config, rest.policy);
  const domain = scaleUpCollectiveFabric(config, scaleUpStepLatency);
  const network = scaleOutCollectiveFabric(config, scaleOutStepLatency);
  const perOp = <T>(f: (op: CollectiveOp) => T) =>
    Object.fromEntries(COLLECTIVE_OPS.map((op) => [op, f(op)])) as Record<CollectiveOp, T>;
  const chosen = perOp((op) => chosenCollective(op, domain, bytes, policy, reductionSecondsPerByte));
  return {
    bytes,
    policy,
    scaleUp: {
      fabric: domain,
      chosen,
      algorithms: perOp((op) => allAlgorithmTimes(op, domain, bytes, reductionSecondsPerByte)),
      busBandwidth: perOp((op) => busBandwidth(op, domain.ranks, bytes, chosen[op].seconds)),
    },
    cluster: perOp((op) => hierarchicalCollective(op, bytes, domain, network, policy, reductionSecondsPerByte)),
  };
}

/** Powers of two from `minBytes` to `maxBytes` (defaults 1 KiB … 4 GiB), `perDoubling` points per factor 2. */
export function messageSizes(minBytes = 2 ** 10, maxBytes = 2 ** 32, perDoubling = 1): number[] {
  const sizes: number[] = [];
  const lo = Math.log2(minBytes);
  const count = Math.floor((Math.log2(maxBytes) - lo) * perDoubling + 1e-9);
  for (let i = 0; i <= count; i++) sizes.push(2 ** (lo + i / perDoubling));
  return sizes;
}

/** Plain arrays over message size, one point per entry of `bytes`: ready for a log–log chart. */
export interface CollectiveSweep {
  op: CollectiveOp;
  /** The policy in force (`auto` resolved). */
  policy: AlgorithmPolicy;
  bytes: number[];
  /** Scale-up algorithms priced, in the order of `scaleUpSecondsByAlgorithm`. */
  algorithms: CollectiveAlgorithm[];
  scaleUpSecondsByAlgorithm: Partial<Record<CollectiveAlgorithm, number[]>>;
  /** The policy's pick at each size, inside one UltraServer. */
  chosenAlgorithm: CollectiveAlgorithm[];
  scaleUpSeconds: number[];
  scaleUpBusBandwidth: number[];
  /** Over the whole cluster (hierarchical). */
  clusterSeconds: number[];
  clusterBusBandwidth: number[];
}

export function collectiveSweep(
  config: ClusterConfig,
  op: CollectiveOp,
  options: Partial<CollectiveOptions> & { sizes?: readonly number[] } = {},
): CollectiveSweep {
  const { scaleUpStepLatency, scaleOutStepLatency, reductionSecondsPerByte, ...rest } = {
    ...DEFAULT_COLLECTIVE_OPTIONS,
    ...options,
  };
  const policy = resolvePolicy(config, rest.policy);
  const bytes = [...(options.sizes ?? messageSizes())];
  const domain = scaleUpCollectiveFabric(config, scaleUpStepLatency);
  const network = scaleOutCollectiveFabric(config, scaleOutStepLatency);
  const algorithms = algorithmsFor(op, domain);
  const scaleUpSecondsByAlgorithm: Partial<Record<CollectiveAlgorithm, number[]>> = {};
  for (const algorithm of algorithms) scaleUpSecondsByAlgorithm[algorithm] = [];
  const sweep: CollectiveSweep = {
    op,
    policy,
    bytes,
    algorithms,
    scaleUpSecondsByAlgorithm,
    chosenAlgorithm: [],
    scaleUpSeconds: [],
    scaleUpBusBandwidth: [],
    clusterSeconds: [],
    clusterBusBandwidth: [],
  };
  for (const size of bytes) {
    for (const time of allAlgorithmTimes(op, domain, size, reductionSecondsPerByte)) {
      scaleUpSecondsByAlgorithm[time.algorithm]?.push(time.seconds);
    }
    const chosen = chosenCollective(op, domain, size, policy, reductionSecondsPerByte);
    sweep.chosenAlgorithm.push(chosen.algorithm);
    sweep.scaleUpSeconds.push(chosen.seconds);
    sweep.scaleUpBusBandwidth.push(busBandwidth(op, domain.ranks, size, chosen.seconds));
    const cluster = hierarchicalCollective(op, size, domain, network, policy, reductionSecondsPerByte);
    sweep.clusterSeconds.push(cluster.seconds);
    sweep.clusterBusBandwidth.push(cluster.busBandwidth);
  }
  return sweep;
}
