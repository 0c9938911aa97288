import { CHIP_IDS } from './chips/catalog';
import type { ChipFigureKey, ClusterConfig } from './config';
import { chipsPerUltraServer } from './config';
import { LIMITS } from './limits';
import type { Unit } from './figure';

/**
 * The one description of every configurable number: its bounds, unit and group. The control
 * panel builds its fields from it, the URL codec validates against it, the CLI reuses both.
 */
export interface NumberFieldSpec<K extends string = string> {
  key: K;
  label: string;
  group: 'Chip' | 'Instance' | 'UltraServer' | 'Cluster' | 'Network' | 'Power and site';
  unit: Unit;
  min: number;
  max: number;
  integer: boolean;
  /** One line on what it means, shown under the field. */
  help: string;
}

export type ConfigNumberKey = {
  [K in keyof ClusterConfig]: ClusterConfig[K] extends number ? K : never;
}[keyof ClusterConfig];

/** Total chips a configuration may have: past a million and beyond Rainier's 1M-chip target, but finite. */
export const MAX_TOTAL_CHIPS = 2 ** 22;
/** Chips in one scale-up domain. */
export const MAX_DOMAIN_CHIPS = 65_536;

export const CONFIG_NUMBER_FIELDS: readonly NumberFieldSpec<ConfigNumberKey>[] = [
  {
    key: 'instancesPerUltraServer',
    label: 'Instances per UltraServer',
    group: 'UltraServer',
    unit: 'count',
    min: 1,
    max: 64,
    integer: true,
    help: 'Joined by a ring per chip position (torus) or by the switch.',
  },
  {
    key: 'ultraServers',
    label: 'UltraServers',
    group: 'Cluster',
    unit: 'count',
    min: 1,
    max: 65_536,
    integer: true,
    help: 'Scale-up domains in the cluster, joined by the scale-out network.',
  },
  {
    key: 'intraLinkBandwidth',
    label: 'Link bandwidth in an instance',
    group: 'Instance',
    unit: 'B/s',
    min: 1e6,
    max: 1e13,
    integer: false,
    help: 'One link, both directions added.',
  },
  {
    key: 'interLinkBandwidth',
    label: 'Link bandwidth between instances',
    group: 'UltraServer',
    unit: 'B/s',
    min: 0,
    max: 1e13,
    integer: false,
    help: 'One Z-ring link, both directions added.',
  },
  {
    key: 'linksPerChip',
    label: 'Switch links per chip',
    group: 'UltraServer',
    unit: 'count',
    min: 1,
    max: 72,
    integer: true,
    help: 'Switched fabrics: ports from each chip to the switches.',
  },
  {
    key: 'switchesPerUltraServer',
    label: 'Switch chips',
    group: 'UltraServer',
    unit: 'count',
    min: 0,
    max: 256,
    integer: true,
    help: 'Switched fabrics: drawn in the view.',
  },
  {
    key: 'scaleOutBandwidthPerChip',
    label: 'Scale-out bandwidth per chip',
    group: 'Network',
    unit: 'B/s',
    min: 0,
    max: 1e12,
    integer: false,
    help: 'EFA / InfiniBand / Ethernet, one direction.',
  },
  {
    key: 'chipsPerHost',
    label: 'Chips per host',
    group: 'Instance',
    unit: 'count',
    min: 1,
    max: 1024,
    integer: true,
    help: 'How many accelerators share one host (CPUs, DRAM, NICs).',
  },
  {
    key: 'hostMemoryPerHost',
    label: 'Host memory per host',
    group: 'Instance',
    unit: 'B',
    min: 0,
    max: 1e14,
    integer: false,
    help: 'CPU DRAM.',
  },
  {
    key: 'hostPowerWatts',
    label: 'Host power',
    group: 'Power and site',
    unit: 'W',
    min: 0,
    max: 1e6,
    integer: false,
    help: 'Per host: CPUs, DRAM, NICs, fans.',
  },
  {
    key: 'overheadPowerPerChipWatts',
    label: 'Overhead power per chip',
    group: 'Power and site',
    unit: 'W',
    min: 0,
    max: 1e5,
    integer: false,
    help: 'Share of switches, optics, storage and conversion losses.',
  },
  {
    key: 'pue',
    label: 'PUE',
    group: 'Power and site',
    unit: 'ratio',
    min: 1,
    max: 3,
    integer: false,
    help: 'Facility power ÷ IT power (AWS fleet: 1.14).',
  },
];

export const CHIP_FIGURE_FIELDS: readonly NumberFieldSpec<ChipFigureKey>[] = [
  {
    key: 'fp8Dense',
    label: 'Dense FP8',
    group: 'Chip',
    unit: 'FLOP/s',
    min: 1e9,
    max: 1e18,
    integer: false,
    help: 'Per chip.',
  },
  {
    key: 'fp8Sparse',
    label: 'Sparse FP8',
    group: 'Chip',
    unit: 'FLOP/s',
    min: 1e9,
    max: 1e18,
    integer: false,
    help: 'Per chip, structured sparsity.',
  },
  {
    key: 'bf16Dense',
    label: 'Dense BF16',
    group: 'Chip',
    unit: 'FLOP/s',
    min: 1e9,
    max: 1e18,
    integer: false,
    help: 'Per chip.',
  },
  {
    key: 'bf16Sparse',
    label: 'Sparse BF16',
    group: 'Chip',
    unit: 'FLOP/s',
    min: 1e9,
    max: 1e18,
    integer: false,
    help: 'Per chip.',
  },
  {
    key: 'fp32Dense',
    label: 'FP32',
    group: 'Chip',
    unit: 'FLOP/s',
    min: 1e9,
    max: 1e18,
    integer: false,
    help: 'Per chip.',
  },
  {
    key: 'hbmCapacity',
    label: 'HBM capacity',
    group: 'Chip',
    unit: 'B',
    min: 1e6,
    max: 1e13,
    integer: false,
    help: 'Per chip.',
  },
  {
    key: 'hbmBandwidth',
    label: 'HBM bandwidth',
    group: 'Chip',
    unit: 'B/s',
    min: 1e6,
    max: 1e14,
    integer: false,
    help: 'Per chip.',
  },
  {
    key: 'tdp',
    label: 'Chip power (TDP)',
    group: 'Chip',
    unit: 'W',
    min: 1,
    max: 1e5,
    integer: false,
    help: 'Per chip.',
  },
];

/** Why a value is refused, or null when it is allowed. */
export function checkNumber(spec: NumberFieldSpec, value: number): string | null {
  if (!Number.isFinite(value)) return `${spec.label} must be a number.`;
  if (spec.integer && !Number.isInteger(value)) return `${spec.label} must be a whole number.`;
  if (value < spec.min || value > spec.max)
    return `${spec.label} must be between ${spec.min.toLocaleString('en-US')} and ${spec.max.toLocaleString('en-US')}.`;
  return null;
}

/**
 * Everything wrong with a configuration, in words; empty when it is valid. Checks each field's
 * bounds and the rules that tie fields together (chip counts, torus sizes).
 */
export function validateConfig(config: ClusterConfig): string[] {
  const problems: string[] = [];
  if (!CHIP_IDS.includes(config.chip)) problems.push(`Unknown chip "${String(config.chip)}".`);
  if (config.fabric !== 'torus' && config.fabric !== 'switched') problems.push('Fabric must be torus or switched.');
  const dims = config.instanceDims;
  const { torusRadix, torusDims } = LIMITS;
  if (!Array.isArray(dims) || dims.length < torusDims.min || dims.length > torusDims.max) {
    problems.push(`An instance has ${torusDims.min} to ${torusDims.max} torus dimensions.`);
  } else if (dims.some((k) => !Number.isInteger(k) || k < torusRadix.min || k > torusRadix.max)) {
    problems.push(`Each torus dimension is a whole number from ${torusRadix.min} to ${torusRadix.max}.`);
  }
  for (const spec of CONFIG_NUMBER_FIELDS) {
    const problem = checkNumber(spec, config[spec.key]);
    if (problem) problems.push(problem);
  }
  for (const spec of CHIP_FIGURE_FIELDS) {
    const value = config.chipOverrides?.[spec.key];
    if (value === undefined) continue;
    const problem = checkNumber(spec, value);
    if (problem) problems.push(problem);
  }
  if (problems.length === 0) {
    const domain = chipsPerUltraServer(config);
    if (domain > MAX_DOMAIN_CHIPS)
      problems.push(
        `${domain.toLocaleString('en-US')} chips in one UltraServer is more than ${MAX_DOMAIN_CHIPS.toLocaleString('en-US')}.`,
      );
    const total = domain * config.ultraServers;
    if (total > MAX_TOTAL_CHIPS)
      problems.push(
        `${total.toLocaleString('en-US')} chips is more than the ${MAX_TOTAL_CHIPS.toLocaleString('en-US')} clusterscope models.`,
      );
  }
  return problems;
}
