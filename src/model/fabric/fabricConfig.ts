import { figure, type Figure } from '../figure';

/** Tiers of a folded Clos: 1 = one switch, 2 = leaf–spine, 3 = leaf–aggregation–spine (k-ary fat-tree). */
export type FabricTiers = 1 | 2 | 3;

/**
 * The scale-out network (EFA for Trainium) as a folded Clos / fat-tree. Nothing here is
 * published by AWS beyond the NIC rate and the end-to-end latency: the shape is ours to vary.
 */
export interface FabricConfig {
  tiers: FabricTiers;
  /** Ports per switch, counted at the NIC's rate (a 25.6 Tbps switch has 128 ports of 200 Gbps). Even. */
  radix: number;
  /** Leaf down:up port ratio (1 = full bisection, 2 = 2:1). Tiers above the leaf are non-blocking. */
  oversubscription: number;
  /** Scale-out NICs per chip; each NIC is one endpoint on one leaf port. */
  nicsPerChip: number;
  /** One switch traversal, seconds. */
  switchLatency: number;
  /** Everything but the switches on one message (NIC, PCIe, HBM to HBM, software), seconds. */
  endpointLatency: number;
  /** Whether NIC-to-leaf links use optics (two transceivers each). Default false: copper in or beside the rack (assumed). */
  endpointLinksOptical: boolean;
}

const SWITCH_LATENCY = 0.5e-6;
/** AWS's ~15 µs is HBM to HBM; we read it as a path across the top tier of a 3-tier fabric (5 switches). */
const MEASURED_LATENCY = 15e-6;
const PATH_SWITCHES_ACROSS_3_TIERS = 5;

export const DEFAULT_FABRIC: FabricConfig = {
  tiers: 3,
  radix: 128,
  oversubscription: 1,
  nicsPerChip: 1,
  switchLatency: SWITCH_LATENCY,
  endpointLatency: MEASURED_LATENCY - PATH_SWITCHES_ACROSS_3_TIERS * SWITCH_LATENCY,
  endpointLinksOptical: false,
};

/** Where each fabric parameter comes from; `endpointLinksOptical` is a switch, not a figure (default copper, an assumption). */
export type FabricProvenance = Partial<Record<keyof FabricConfig, Figure>>;

export const FABRIC_PROVENANCE: FabricProvenance = {
  tiers: figure(3, 'count', 'clusterscope', 'U', {
    note: 'Assumption: AWS does not publish the EFA topology. Three tiers of radix-128 switches hold 524,288 NICs, just enough for Rainier.',
  }),
  radix: figure(128, 'count', 'clusterscope', 'U', {
    note: 'Assumption: a 25.6 Tbps switch chip as 128 ports of 200 Gbps (one EFAv3 NIC per port). AWS builds its own switches; their radix is not public.',
  }),
  oversubscription: figure(1, 'ratio', 'clusterscope', 'U', {
    note: 'Assumption: full bisection, as AI training fabrics are usually built. AWS publishes no oversubscription.',
  }),
  nicsPerChip: figure(1, 'count', ['AWS-Trn2', 'AWS-Coll'], 'H', {
    note: 'EFAv3: 16 × 200 Gbps per Trn2 instance, one NIC per chip.',
  }),
  switchLatency: figure(SWITCH_LATENCY, 's', 'clusterscope', 'U', {
    note: 'Assumption: a typical cut-through data-centre switch, under a microsecond per hop.',
  }),
  endpointLatency: figure(MEASURED_LATENCY - PATH_SWITCHES_ACROSS_3_TIERS * SWITCH_LATENCY, 's', 'AWS-Coll', 'D', {
    note: 'AWS measures ~15 µs HBM to HBM over EFA (minimal packet); minus 5 switch hops of a 3-tier path. The split is ours.',
  }),
};
