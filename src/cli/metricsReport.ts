import {
  DEFAULT_ALLREDUCE_BYTES,
  DEFAULT_PARALLELISM,
  evaluate,
  layoutText,
  type ParallelismSettings,
  planTraining,
  scaleUpAllReduce,
  scaleUpDomain,
  type ClusterConfig,
} from '../model/index';
import { roundSignificant } from './roundSignificant';

/**
 * What `npm run metrics` prints for a configuration: evaluate()'s Metrics, how sure the bisection
 * is, and the quickest all-reduce of the default size inside one scale-up domain; every number
 * rounded to 12 significant digits. A disconnected domain has no all-reduce time (null).
 * Then the training step of the link's model (Llama 3 405B by default) on the best layout the
 * search finds with the link's fixed factors; null where no layout can run.
 */
export function metricsReport(config: ClusterConfig, parallelism: ParallelismSettings = DEFAULT_PARALLELISM) {
  const domain = scaleUpDomain(config);
  const plan = planTraining(config, parallelism);
  const step = plan.chosen;
  const allReduce = scaleUpAllReduce(config, DEFAULT_ALLREDUCE_BYTES);
  return roundSignificant({
    ...evaluate(config),
    bisectionBound: domain.bisectionBound,
    scaleUpConnected: domain.connected,
    allReduceBytes: DEFAULT_ALLREDUCE_BYTES,
    allReduceSeconds: allReduce.disconnected ? null : allReduce.seconds,
    allReduceAlgorithm: allReduce.disconnected ? null : allReduce.algorithm,
    trainingModel: plan.shape.id,
    trainingLayout: step ? layoutText(step.layout) : null,
    stepSeconds: step ? step.result.stepSeconds : null,
    tokensPerSecond: step ? step.result.tokensPerSecond : null,
    mfu: step ? step.result.mfu : null,
    memoryPerChipBytes: step ? step.result.memory.total : null,
    fits: step ? step.result.fits : null,
    trainingProblem: plan.problem,
  });
}
