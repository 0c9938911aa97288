import { chipsPerInstance, type ClusterConfig } from '../config';
import { torusShapeOf } from '../scaleUpDomain';
import { MAX_DRAWN_DIMS } from '../wiring/wiring';

/** How much of the scale-up domain the wiring view shows. */
export type DomainScope = 'instance' | 'ultraserver';

/** The chips and links in view: one instance, or the whole UltraServer. */
export interface ViewDomain {
  scope: DomainScope;
  fabric: 'torus' | 'switched';
  /** Torus: the dims drawn. Switched: [chips per instance, instances]. */
  dims: number[];
  /** Torus: one link of each dim, both directions, bytes/s. */
  linkBandwidth: number[];
  /** The dim whose links join instances (-1: none in view). */
  interInstanceDim: number;
  chips: number;
  chipsPerInstance: number;
  /** Switched: switch chips drawn. */
  switches: number;
  /** Switched: links from each chip to the switches, and their bandwidth (both directions). */
  linksPerChip: number;
  switchLinkBandwidth: number;
  /** False when the torus has more dimensions than the view can draw (then only numbers are shown). */
  drawable: boolean;
}

export function viewDomain(config: ClusterConfig, scope: DomainScope): ViewDomain {
  const perInstance = chipsPerInstance(config);
  const base = {
    scope,
    fabric: config.fabric,
    chipsPerInstance: perInstance,
    linksPerChip: config.linksPerChip,
    switchLinkBandwidth: config.intraLinkBandwidth,
  };
  if (config.fabric === 'switched') {
    const instances = scope === 'instance' ? 1 : config.instancesPerUltraServer;
    return {
      ...base,
      dims: [perInstance, instances],
      linkBandwidth: [],
      interInstanceDim: -1,
      chips: perInstance * instances,
      switches: config.switchesPerUltraServer,
      drawable: true,
    };
  }
  const shape =
    scope === 'instance'
      ? { dims: [...config.instanceDims], linkBandwidth: config.instanceDims.map(() => config.intraLinkBandwidth) }
      : torusShapeOf(config);
  const joinsInstances = scope === 'ultraserver' && config.instancesPerUltraServer > 1;
  return {
    ...base,
    dims: [...shape.dims],
    linkBandwidth: [...shape.linkBandwidth],
    interInstanceDim: joinsInstances ? shape.dims.length - 1 : -1,
    chips: shape.dims.reduce((p, k) => p * k, 1),
    switches: 0,
    drawable: shape.dims.length <= MAX_DRAWN_DIMS,
  };
}
