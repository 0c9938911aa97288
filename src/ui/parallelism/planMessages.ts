import type { ClusterConfig } from '../../model/config';
import type { ParallelismSettings, TrainingPlan } from '../../model/parallelism/trainingPlan';

/** Plans for several machines at once (the one on screen, or each compared system). */
export interface PlanRequest {
  id: number;
  configs: ClusterConfig[];
  settings: ParallelismSettings;
}

export interface PlanResponse {
  id: number;
  plans: TrainingPlan[];
}
