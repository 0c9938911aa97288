/** Failure what-ifs on one torus domain: degraded graph, hops, connectivity, plane-cut bisection. */
export * from './torusFailures';
export * from './seededRandom';
export * from './degradedTorus';
export * from './planeCutBisection';
export * from './failureImpact';
export * from './hopsFrom';
export * from './randomFailures';
