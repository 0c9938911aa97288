/** Training on the wiring: a model's parallel layout placed on tori, switches and the network. */
export * from './transformerShape';
export * from './transformerCatalog';
export * from './parallelLayout';
export * from './trainingMachine';
export * from './groupPlacement';
export * from './groupCollectives';
export * from './memoryPerChip';
export * from './stepAssumptions';
export * from './stepTime';
export * from './autoLayout';
export * from './trainingPlan';
export * from './parallelismSpec';
export * from './chipGroups';
