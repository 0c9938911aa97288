/** Time to train: 6ND FLOPs on a configuration, with and without failures; energy and cost. */
export * from './trainingConfig';
export * from './trainingFlops';
export * from './estimateTraining';
