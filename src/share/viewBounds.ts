import { chipsPerUltraServer, type ClusterConfig, type SiteConfig } from '../model/index';

/** Chips of the scale-up domain: every chip number the wiring views use is below this. */
export function domainChipCount(config: ClusterConfig): number {
  return chipsPerUltraServer(config);
}

/**
 * Rack positions the site's floor plan names (buildings × halls × rows × racks per row): an
 * upper bound on a site-wide rack index that needs no placement. The store may narrow it to
 * the powered positions (`rackCapacity`).
 */
export function siteRackPositions(site: SiteConfig): number {
  return site.buildings * site.hallsPerBuilding * site.rowsPerHall * site.racksPerRow;
}

/** Steps of the longest all-reduce the view animates (a ring over every chip: 2 (n − 1)). */
export function maxCollectiveStep(config: ClusterConfig): number {
  return 2 * Math.max(0, domainChipCount(config) - 1);
}
