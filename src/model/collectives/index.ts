/** Collectives in the α–β model: ring, torus, switched, RDH, hierarchical; Neuron's algorithm choice. */
export * from './collectiveTime';
export * from './alphaBetaCost';
export * from './ring';
export * from './recursiveHalvingDoubling';
export * from './collectiveLatency';
export * from './collectiveFabric';
export * from './collectiveOnFabric';
export * from './shapeCollectives';
export * from './algorithmPolicy';
export * from './busBandwidth';
export * from './hierarchicalCollective';
export * from './clusterCollectives';
export * from './collectiveLowerBound';
export * from './scaleUpAllReduce';
export * from './torusRings';
export * from './torusRecursiveHalving';
