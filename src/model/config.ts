import type { ChipId } from './chips/chipSpec';

/** The chip figures a user may override (issue: "chip figures are editable too"). */
export type ChipFigureKey =
  | 'fp8Dense'
  | 'fp8Sparse'
  | 'bf16Dense'
  | 'bf16Sparse'
  | 'fp32Dense'
  | 'hbmCapacity'
  | 'hbmBandwidth'
  | 'tdp';

/**
 * Everything that defines a machine. Plain data, SI base units: it is what a link encodes,
 * what the control panel edits and what `evaluate()` reads.
 *
 * The scale-up domain is the UltraServer: instances (each a torus or a group of chips on a
 * switch) joined into one domain — by a ring along a new dimension (torus) or by the switch.
 */
export interface ClusterConfig {
  chip: ChipId;
  /** Sourced chip figures replaced by the user, in SI units. */
  chipOverrides: Partial<Record<ChipFigureKey, number>>;
  fabric: 'torus' | 'switched';
  /** Torus: the instance's torus dimensions (4×4 for Trn2). Switched: [chips per instance]. */
  instanceDims: number[];
  /** Instances joined into one UltraServer (the Z ring for a torus). */
  instancesPerUltraServer: number;
  /** UltraServers in the cluster, joined by the scale-out network. */
  ultraServers: number;
  /** One link inside an instance (torus) or chip-to-switch (switched), both directions, bytes/s. */
  intraLinkBandwidth: number;
  /** One link joining instances (torus Z ring), both directions, bytes/s. */
  interLinkBandwidth: number;
  /** Switched fabric: links from each chip to the switches. */
  linksPerChip: number;
  /** Switched fabric: switch chips per UltraServer (drawn; not in the bandwidth math). */
  switchesPerUltraServer: number;
  /** Scale-out network per chip, one direction, bytes/s. */
  scaleOutBandwidthPerChip: number;
  /** Chips served by one host (CPU head node or tray). */
  chipsPerHost: number;
  /** Host memory per host, bytes. */
  hostMemoryPerHost: number;
  /** Per host: CPUs, DRAM, NICs, fans, watts. */
  hostPowerWatts: number;
  /** Per chip: its share of switches, optics, storage and power conversion, watts. */
  overheadPowerPerChipWatts: number;
  /** Power usage effectiveness: facility power ÷ IT power. */
  pue: number;
}

export const chipsPerInstance = (config: ClusterConfig): number =>
  config.instanceDims.reduce((product, k) => product * k, 1);

export const chipsPerUltraServer = (config: ClusterConfig): number =>
  chipsPerInstance(config) * config.instancesPerUltraServer;

export const totalChips = (config: ClusterConfig): number => chipsPerUltraServer(config) * config.ultraServers;
