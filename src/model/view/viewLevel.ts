import { chipsPerInstance, chipsPerUltraServer, type ClusterConfig } from '../config';
import type { DomainScope } from './viewDomain';

/** Every level the explorer can show, from the campus down to one chip. */
export const VIEW_LEVELS = ['campus', 'building', 'rack', 'ultraserver', 'instance', 'chip'] as const;
export type ViewLevel = (typeof VIEW_LEVELS)[number];

/** The levels that draw the scale-up wiring (or one chip of it): the others draw the site. */
export const isWiringLevel = (level: ViewLevel): boolean =>
  level === 'ultraserver' || level === 'instance' || level === 'chip';

/** The wiring a level shows: the whole UltraServer, or one instance (the chip level zooms into a chip of it). */
export const scopeOfLevel = (level: ViewLevel): DomainScope => (level === 'ultraserver' ? 'ultraserver' : 'instance');

/**
 * How many chips a level's selection and failure what-ifs may name (chip numbers 0 … n − 1 in
 * the order that level's wiring numbers them): the UltraServer's chips at the UltraServer level,
 * one instance's at the instance and chip levels, none at the site levels, which draw no chips.
 */
export function levelChipCount(config: ClusterConfig, level: ViewLevel): number {
  if (!isWiringLevel(level)) return 0;
  return scopeOfLevel(level) === 'ultraserver' ? chipsPerUltraServer(config) : chipsPerInstance(config);
}

/** The chip the chip level shows names a chip of the UltraServer at every level. */
export const focusChipCount = (config: ClusterConfig): number => chipsPerUltraServer(config);
