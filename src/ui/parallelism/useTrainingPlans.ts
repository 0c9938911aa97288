import { useEffect, useRef, useState } from 'react';
import type { ClusterConfig } from '../../model/config';
import { type ParallelismSettings, planTraining, type TrainingPlan } from '../../model/parallelism/trainingPlan';
import type { PlanRequest, PlanResponse } from './planMessages';

const planAll = (configs: readonly ClusterConfig[], settings: ParallelismSettings) =>
  configs.map((config) => planTraining(config, settings));

/**
 * Training plans for machines, searched in a Web Worker so a large cluster never blocks the
 * page; where there are no workers (tests, old browsers) they are computed in place. While new
 * plans are searched the previous ones stay, marked stale. `configs` should keep its identity
 * between renders unless a machine changed.
 */
export function useTrainingPlans(configs: readonly ClusterConfig[], settings: ParallelismSettings) {
  const [state, setState] = useState<{ plans: TrainingPlan[] | null; stale: boolean }>(() =>
    typeof Worker === 'undefined' ? { plans: planAll(configs, settings), stale: false } : { plans: null, stale: true },
  );
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const w = new Worker(new URL('./planWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<PlanResponse>) => {
      if (event.data.id === latest.current) setState({ plans: event.data.plans, stale: false });
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (typeof Worker === 'undefined') {
      setState({ plans: planAll(configs, settings), stale: false });
      return;
    }
    latest.current += 1;
    const request: PlanRequest = { id: latest.current, configs: [...configs], settings };
    setState((s) => ({ ...s, stale: true }));
    worker.current?.postMessage(request);
  }, [configs, settings]);

  return state;
}
