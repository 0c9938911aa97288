/// <reference lib="webworker" />
import { planTraining } from '../../model/parallelism/trainingPlan';
import type { PlanRequest, PlanResponse } from './planMessages';

/** The layout search runs here so the page never blocks on it: a few thousand closed-form steps per machine. */
self.onmessage = (event: MessageEvent<PlanRequest>) => {
  const { id, configs, settings } = event.data;
  const response: PlanResponse = { id, plans: configs.map((config) => planTraining(config, settings)) };
  self.postMessage(response);
};
