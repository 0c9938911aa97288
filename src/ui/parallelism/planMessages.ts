import type { ClusterConfig } from '../../model/config';
import type { ParallelismSettings, TrainingPlan } from '../../model/parallelism/trainingPlan';

export interface PlanRequest {
  id: number;
  config: ClusterConfig;
  settings: ParallelismSettings;
}

export interface PlanResponse {
  id: number;
  plan: TrainingPlan;
}
