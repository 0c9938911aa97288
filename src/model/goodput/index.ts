/** Reliability and goodput: failure rates, cluster MTBF, checkpoint interval (Young, Daly), useful work. */
export * from './reliabilityConfig';
export * from './componentCounts';
export * from './systemMtbf';
export * from './checkpoint';
export * from './checkpointInterval';
export * from './usefulWorkFraction';
export * from './goodput';
