import type { ComponentCounts } from './componentCounts';
import type { ReliabilityConfig } from './reliabilityConfig';

/** Failures per second of the whole cluster, by what fails. */
export interface FailureRates {
  chips: number;
  hosts: number;
  scaleOut: number;
  software: number;
  scaleUpLinks: number;
  scaleUpSwitches: number;
  total: number;
}

/** Independent components add their rates: count / MTBF for each kind. */
export function failureRates(counts: ComponentCounts, reliability: ReliabilityConfig): FailureRates {
  const rate = (count: number, mtbf: number) => (count > 0 ? count / mtbf : 0);
  const rates = {
    chips: rate(counts.chips, reliability.chipMtbf),
    hosts: rate(counts.hosts, reliability.hostMtbf),
    scaleOut: rate(counts.chips, reliability.scaleOutMtbfPerChip),
    software: rate(counts.chips, reliability.softwareMtbfPerChip),
    scaleUpLinks: rate(counts.scaleUpLinks, reliability.scaleUpLinkMtbf),
    scaleUpSwitches: rate(counts.scaleUpSwitches, reliability.scaleUpSwitchMtbf),
  };
  const total = Object.values(rates).reduce((sum, r) => sum + r, 0);
  return { ...rates, total };
}

/** M_system = 1 / Σ rates (fact sheet §10.3); Infinity when nothing can fail. */
export function systemMtbf(rates: Pick<FailureRates, 'total'>): number {
  return rates.total > 0 ? 1 / rates.total : Infinity;
}
