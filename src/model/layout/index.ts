/** Scene geometry as typed arrays, by level of detail: campus, one building, one rack, or all racks. */
export * from './boxInstances';
export * from './siteFrame';
export * from './layoutCampus';
export * from './layoutBuilding';
export * from './layoutRacks';
export * from './layoutRack';
export * from './layoutSiteWorks';
