import type { ClusterConfig } from '../config';
import { type AutoLayoutResult, autoLayout, type FixedFactors, type RankedLayout } from './autoLayout';
import { DEFAULT_ORDER, type GroupName, type ParallelLayout } from './parallelLayout';
import { shapeProblem } from './parallelismSpec';
import { DEFAULT_STEP_ASSUMPTIONS, type StepAssumptions } from './stepAssumptions';
import { stepTime } from './stepTime';
import { type TrainingMachine, trainingMachineOf } from './trainingMachine';
import { TRANSFORMERS, transformerById } from './transformerCatalog';
import type { TransformerShape } from './transformerShape';

/** What a user picks: a published model, optionally re-shaped, and any factors they want fixed. */
export interface ParallelismSettings {
  model: string;
  /** Overrides of the model's published shape (sequence length, global batch, layers…). */
  shape: Partial<Omit<TransformerShape, 'id' | 'name' | 'source' | 'note'>>;
  fixed: FixedFactors;
  /** Which groups the picture colours chips by, when the plan is on screen; absent: the usual colours. */
  colourBy?: GroupName;
}

export const DEFAULT_PARALLELISM: ParallelismSettings = { model: 'llama3-405b', shape: {}, fixed: {}, colourBy: 'tp' };

export interface TrainingPlan {
  shape: TransformerShape;
  machine: TrainingMachine;
  search: AutoLayoutResult;
  /** The best layout with the user's fixed factors, or their fully fixed layout even when it does not fit. */
  chosen: RankedLayout | null;
  /** Why nothing can be shown, when `chosen` is null. */
  problem: string | null;
}

export function resolveShape(settings: ParallelismSettings): TransformerShape {
  const base = transformerById(settings.model) ?? TRANSFORMERS[0]!;
  return { ...base, ...settings.shape };
}

const FACTORS = ['tp', 'pp', 'dp', 'cp', 'ep'] as const;

/** The model on the configured machine: search, then the user's choice. Pure and bounded. */
export function planTraining(
  config: ClusterConfig,
  settings: ParallelismSettings,
  assumptions: StepAssumptions = DEFAULT_STEP_ASSUMPTIONS,
): TrainingPlan {
  const shape = resolveShape(settings);
  const machine = trainingMachineOf(config);
  const invalid = shapeProblem(shape);
  if (invalid) {
    const search: AutoLayoutResult = { best: null, runnerUp: null, fitting: 0, tried: 0, explanation: invalid };
    return { shape, machine, search, chosen: null, problem: `The model's shape does not work: ${invalid}.` };
  }
  const search = autoLayout(shape, machine, assumptions, settings.fixed);
  if (search.best) return { shape, machine, search, chosen: search.best, problem: null };

  // Every factor fixed and nothing fits: still price that layout, so the user sees by how much.
  if (FACTORS.every((f) => settings.fixed[f] !== undefined)) {
    const layout: ParallelLayout = {
      tp: settings.fixed.tp!,
      pp: settings.fixed.pp!,
      dp: settings.fixed.dp!,
      cp: settings.fixed.cp!,
      ep: settings.fixed.ep!,
      microbatch: 1,
      virtualStages: 1,
      sharding: 'optimizer',
      recompute: 'full',
      order: [...DEFAULT_ORDER],
    };
    const result = stepTime(shape, layout, machine, assumptions);
    if (result.ok) return { shape, machine, search, chosen: { layout, result }, problem: null };
    return { shape, machine, search, chosen: null, problem: result.reason };
  }
  return { shape, machine, search, chosen: null, problem: search.explanation };
}
