/** The scale-out fabric: a folded Clos sized for the cluster's NICs. */
export * from './fabricConfig';
export * from './closFabric';
export * from './scaleOutFabric';
