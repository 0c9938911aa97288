import { chipsPerUltraServer, type ClusterConfig } from '../config';
import { EFA_STEP_LATENCY, NEURONLINK_STEP_LATENCY, SWITCHED_STEP_LATENCY } from '../collectives/collectiveLatency';
import { resolveChip } from '../resolveChip';
import { torusShapeOf } from '../scaleUpDomain';

/**
 * One level of the wiring a parallel group can be laid on, innermost first:
 * - `ring`: one torus dimension; a chip has two links in it (a size-2 dimension has two
 *   parallel links), each `linkBandwidth` one way;
 * - `switch`: the scale-up switch (NVLink, NeuronSwitch): every chip reaches every other at
 *   `chipBandwidth` one way;
 * - `network`: the scale-out fabric (EFA, InfiniBand, DCN) at `chipBandwidth` per chip one way.
 */
export interface WiringDimension {
  name: string;
  kind: 'ring' | 'switch' | 'network';
  size: number;
  /** Ring: one link, one direction, bytes/s. */
  linkBandwidth: number;
  /** Switch and network: what one chip can send, one direction, bytes/s. Ring: both links. */
  chipBandwidth: number;
  /** Per message step, seconds. */
  latency: number;
}

/** What the step-time model needs of a machine: chips, their peak and memory, and the wiring. */
export interface TrainingMachine {
  chips: number;
  /** Dense BF16 peak per chip, FLOP/s: the MFU denominator used by Meta, Google and NVIDIA. */
  peakFlops: number;
  hbmBytes: number;
  hbmBandwidth: number;
  /** Innermost first; the product of sizes is `chips`. */
  dimensions: WiringDimension[];
}

const TORUS_AXES = ['X', 'Y', 'Z', 'W'];

/**
 * The configured cluster as a training machine. Per-link figures in ClusterConfig add both
 * directions (the project's convention), so one direction is half.
 */
export function trainingMachineOf(config: ClusterConfig): TrainingMachine {
  const chip = resolveChip(config);
  const dimensions: WiringDimension[] = [];
  if (config.fabric === 'torus') {
    const shape = torusShapeOf(config);
    shape.dims.forEach((size, i) => {
      const joinsInstances = config.instancesPerUltraServer > 1 && i === shape.dims.length - 1;
      const oneWay = shape.linkBandwidth[i]! / 2;
      dimensions.push({
        name: joinsInstances ? 'instance ring' : `${TORUS_AXES[i] ?? `D${i}`} ring`,
        kind: 'ring',
        size,
        linkBandwidth: oneWay,
        chipBandwidth: size > 1 ? 2 * oneWay : 0,
        latency: NEURONLINK_STEP_LATENCY.value,
      });
    });
  } else {
    dimensions.push({
      name: 'scale-up switch',
      kind: 'switch',
      size: chipsPerUltraServer(config),
      linkBandwidth: config.intraLinkBandwidth / 2,
      chipBandwidth: (config.linksPerChip * config.intraLinkBandwidth) / 2,
      latency: SWITCHED_STEP_LATENCY.value,
    });
  }
  dimensions.push({
    name: 'scale-out network',
    kind: 'network',
    size: config.ultraServers,
    linkBandwidth: config.scaleOutBandwidthPerChip,
    chipBandwidth: config.scaleOutBandwidthPerChip,
    latency: EFA_STEP_LATENCY.value,
  });
  return {
    chips: dimensions.reduce((n, d) => n * d.size, 1),
    peakFlops: chip.bf16Dense,
    hbmBytes: chip.hbmCapacity,
    hbmBandwidth: chip.hbmBandwidth,
    dimensions,
  };
}
