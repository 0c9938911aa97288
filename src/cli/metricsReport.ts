import { DEFAULT_ALLREDUCE_BYTES, evaluate, scaleUpAllReduce, scaleUpDomain, type ClusterConfig } from '../model/index';
import { roundSignificant } from './roundSignificant';

/**
 * What `npm run metrics` prints for a configuration: evaluate()'s Metrics, how sure the bisection
 * is, and the quickest all-reduce of the default size inside one scale-up domain; every number
 * rounded to 12 significant digits. A disconnected domain has no all-reduce time (null).
 */
export function metricsReport(config: ClusterConfig) {
  const domain = scaleUpDomain(config);
  const allReduce = scaleUpAllReduce(config, DEFAULT_ALLREDUCE_BYTES);
  return roundSignificant({
    ...evaluate(config),
    bisectionBound: domain.bisectionBound,
    bisectionLowerBound: domain.bisectionLowerBound,
    scaleUpConnected: domain.connected,
    allReduceBytes: DEFAULT_ALLREDUCE_BYTES,
    allReduceSeconds: allReduce.disconnected ? null : allReduce.seconds,
    allReduceAlgorithm: allReduce.disconnected ? null : allReduce.algorithm,
  });
}
