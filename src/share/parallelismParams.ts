import { FACTOR_SPECS, type GroupName, SHAPE_NUMBER_SPECS, type ShapeNumberKey, TRANSFORMERS } from '../model/index';
import { choiceParam, optionalNumberParam, type ShareParam } from './shareParam';

/** Link names of the model's shape fields; absent or `model`: the published value. */
export const SHAPE_PARAM_NAMES: Readonly<Record<ShapeNumberKey, string>> = {
  layers: 'layers',
  hidden: 'hidden',
  ffn: 'ffn',
  heads: 'heads',
  kvHeads: 'kvheads',
  vocabulary: 'vocab',
  experts: 'experts',
  activeExperts: 'active',
  sequenceLength: 'seq',
  globalBatchSequences: 'gbs',
};

const FACTORS: readonly GroupName[] = ['tp', 'pp', 'dp', 'cp', 'ep'];

const COLOUR_CHOICES = ['tp', 'pp', 'dp', 'cp', 'ep', 'none'] as const;

/** The model trained on the wiring (`model`), its shape edits, and the parallel factors the user fixed (`auto`: searched). */
export const PARALLELISM_PARAMS: readonly ShareParam[] = [
  choiceParam(
    'model',
    'training',
    TRANSFORMERS.map((t) => t.id),
    {
      get: (s) => s.parallelism.model,
      set: (s, model) => {
        s.parallelism.model = model;
      },
    },
  ),
  ...(Object.keys(SHAPE_PARAM_NAMES) as ShapeNumberKey[]).map((key) =>
    optionalNumberParam(
      SHAPE_PARAM_NAMES[key],
      'training',
      SHAPE_NUMBER_SPECS[key],
      {
        get: (s) => s.parallelism.shape[key] ?? null,
        set: (s, value) => {
          if (value === null) delete s.parallelism.shape[key];
          else s.parallelism.shape[key] = value;
        },
      },
      'model',
    ),
  ),
  choiceParam('colourby', 'training', COLOUR_CHOICES, {
    get: (s) => s.parallelism.colourBy ?? 'none',
    set: (s, choice) => {
      if (choice === 'none') delete s.parallelism.colourBy;
      else s.parallelism.colourBy = choice;
    },
  }),
  ...FACTORS.map((group) =>
    optionalNumberParam(
      group,
      'training',
      FACTOR_SPECS[group],
      {
        get: (s) => s.parallelism.fixed[group] ?? null,
        set: (s, value) => {
          if (value === null) delete s.parallelism.fixed[group];
          else s.parallelism.fixed[group] = value;
        },
      },
      'auto',
    ),
  ),
];
