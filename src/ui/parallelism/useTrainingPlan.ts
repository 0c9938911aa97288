import { useEffect, useRef, useState } from 'react';
import type { ClusterConfig } from '../../model/config';
import { type ParallelismSettings, planTraining, type TrainingPlan } from '../../model/parallelism/trainingPlan';
import type { PlanRequest, PlanResponse } from './planMessages';

/**
 * The training plan for a configuration, searched in a Web Worker so a large cluster never
 * blocks the page; where there are no workers (tests, old browsers) it is computed in place.
 * While a new plan is being searched the previous one stays, marked stale.
 */
export function useTrainingPlan(config: ClusterConfig, settings: ParallelismSettings) {
  const [state, setState] = useState<{ plan: TrainingPlan | null; stale: boolean }>(() =>
    typeof Worker === 'undefined'
      ? { plan: planTraining(config, settings), stale: false }
      : { plan: null, stale: true },
  );
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const w = new Worker(new URL('./planWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<PlanResponse>) => {
      if (event.data.id === latest.current) setState({ plan: event.data.plan, stale: false });
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (typeof Worker === 'undefined') {
      setState({ plan: planTraining(config, settings), stale: false });
      return;
    }
    latest.current += 1;
    const request: PlanRequest = { id: latest.current, config, settings };
    setState((s) => ({ ...s, stale: true }));
    worker.current?.postMessage(request);
  }, [config, settings]);

  return state;
}
