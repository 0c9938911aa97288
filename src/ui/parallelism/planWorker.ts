/// <reference lib="webworker" />
import { planTraining } from '../../model/parallelism/trainingPlan';
import type { PlanRequest, PlanResponse } from './planMessages';

/** The layout search runs here so the page never blocks on it: a few thousand closed-form steps. */
self.onmessage = (event: MessageEvent<PlanRequest>) => {
  const { id, config, settings } = event.data;
  const response: PlanResponse = { id, plan: planTraining(config, settings) };
  self.postMessage(response);
};
