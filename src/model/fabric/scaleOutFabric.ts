import { chipsPerUltraServer, totalChips, type ClusterConfig } from '../config';
import { closFabric, pathBetweenEndpoints, type ClosFabric, type FabricPath } from './closFabric';
import { DEFAULT_FABRIC, type FabricConfig } from './fabricConfig';

/** The cluster's scale-out network: the Clos sized for its NICs, seen from the UltraServers. */
export interface ScaleOutFabric extends ClosFabric {
  nicsPerUltraServer: number;
  /** One UltraServer's NICs together, one direction, bytes/s (Trn2: 64 × 200 Gbps = 12.8 Tbps). */
  bandwidthPerUltraServer: number;
  /** Whole UltraServers under one leaf; 0 when one UltraServer's NICs span several leaves. */
  ultraServersPerLeaf: number;
  /** Whole UltraServers under one pod (3 tiers) or the whole fabric (fewer tiers). */
  ultraServersPerPod: number;
}

/**
 * Sizes the EFA (or InfiniBand/Ethernet) fabric for a configuration. NICs are numbered
 * UltraServer by UltraServer, so an UltraServer's NICs sit on neighbouring leaf ports.
 */
export function scaleOutFabric(config: ClusterConfig, fabric: FabricConfig = DEFAULT_FABRIC): ScaleOutFabric {
  const nicsPerChip = Math.max(1, Math.floor(fabric.nicsPerChip));
  const nicsPerUltraServer = chipsPerUltraServer(config) * nicsPerChip;
  const clos = closFabric(totalChips(config) * nicsPerChip, config.scaleOutBandwidthPerChip / nicsPerChip, fabric);
  const perUltraServer = (endpoints: number) =>
    nicsPerUltraServer > 0 ? Math.floor(endpoints / nicsPerUltraServer) : 0;
  return {
    ...clos,
    nicsPerUltraServer,
    bandwidthPerUltraServer: nicsPerUltraServer * clos.portBandwidth,
    ultraServersPerLeaf: perUltraServer(clos.endpointsPerLeaf),
    ultraServersPerPod: perUltraServer(clos.endpointsPerPod),
  };
}

/**
 * Path between UltraServers a and b, taken between their first NICs: with rail-aligned traffic
 * (NIC i talks to NIC i) every NIC pair of the two UltraServers sees the same class when an
 * UltraServer fills whole leaves. a === b gives the same-leaf path.
 */
export function pathBetweenUltraServers(fabric: ScaleOutFabric, a: number, b: number): FabricPath {
  return pathBetweenEndpoints(fabric, a * fabric.nicsPerUltraServer, b * fabric.nicsPerUltraServer);
}
