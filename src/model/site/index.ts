/** The site: buildings, halls, rows and racks, and where a cluster's UltraServers go. */
export * from './siteConfig';
export * from './indianaSite';
export * from './sitePlan';
export * from './rackAddress';
export * from './rackSpec';
export * from './systemHomes';
