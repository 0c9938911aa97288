/** Failure what-ifs on one torus domain: degraded graph, hops, connectivity, bisection by plane and moved minimum cuts. */
export * from './torusFailures';
export * from './seededRandom';
export * from './degradedTorus';
export * from './planeCutBisection';
export * from './shiftedMinimumCut';
export * from './failureImpact';
export * from './hopsFrom';
export * from './randomFailures';
