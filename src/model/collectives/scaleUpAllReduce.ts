import type { ClusterConfig } from '../config';
import { allAlgorithmTimes, fastestOf } from './algorithmPolicy';
import { scaleUpCollectiveFabric } from './clusterCollectives';
import type { CollectiveTime } from './collectiveTime';

/**
 * The quickest all-reduce of `bytes` per rank inside one scale-up domain, over every algorithm the
 * model prices (one rank per chip, default step latency, reductions overlapped). On a domain that
 * is not connected the result has `disconnected: true` and an infinite time.
 */
export function scaleUpAllReduce(config: ClusterConfig, bytes: number): CollectiveTime {
  return fastestOf(allAlgorithmTimes('all-reduce', scaleUpCollectiveFabric(config), bytes));
}
