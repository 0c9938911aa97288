import type { Metrics } from '../../model/index';

export type PowerPart = 'chips' | 'hosts' | 'network' | 'cooling';

/** The parts a facility's power is split into, in stacking order. */
export const POWER_PARTS: ReadonlyArray<{ key: PowerPart; label: string }> = [
  { key: 'chips', label: 'Accelerators' },
  { key: 'hosts', label: 'Hosts (CPUs, DRAM, NICs, fans)' },
  { key: 'network', label: 'Network and overhead' },
  { key: 'cooling', label: 'Cooling and facility (PUE)' },
];

export interface PowerBreakdown {
  label: string;
  /** Watts per part; they add up to `total`. */
  values: Record<PowerPart, number>;
  /** Facility power, watts (per chip when scale is 'per-chip'). */
  total: number;
  scale: 'total' | 'per-chip';
}

/**
 * Splits facility power into chips, hosts, network/overhead and cooling (facility − IT, i.e.
 * what the PUE adds). 'per-chip' divides by the chip count, so an 8-GPU box and a
 * 500,000-chip cluster fit on one axis.
 */
export function powerBreakdown(label: string, metrics: Metrics, scale: 'total' | 'per-chip' = 'total'): PowerBreakdown {
  const divisor = scale === 'per-chip' ? Math.max(1, metrics.chips) : 1;
  const values: Record<PowerPart, number> = {
    chips: metrics.chipPowerWatts / divisor,
    hosts: metrics.hostPowerWatts / divisor,
    network: metrics.overheadPowerWatts / divisor,
    cooling: (metrics.facilityPowerWatts - metrics.itPowerWatts) / divisor,
  };
  return { label, values, total: metrics.facilityPowerWatts / divisor, scale };
}
