import type { NumberSpec } from '../settingsSpec';
import type { GroupName } from './parallelLayout';
import type { TransformerShape } from './transformerShape';

/** The shape fields a user may edit, with bounds wide enough for any published model. */
export type ShapeNumberKey = Exclude<
  keyof TransformerShape,
  'id' | 'name' | 'source' | 'note' | 'gatedFfn' | 'tiedEmbeddings'
>;

const whole = (label: string, max: number): NumberSpec => ({ label, unit: 'count', min: 1, max, integer: true });

export const SHAPE_NUMBER_SPECS: Readonly<Record<ShapeNumberKey, NumberSpec>> = {
  layers: whole('Layers', 1024),
  hidden: whole('Hidden size', 1 << 17),
  ffn: whole('FFN size', 1 << 19),
  heads: whole('Attention heads', 1024),
  kvHeads: whole('Key/value heads', 1024),
  vocabulary: whole('Vocabulary', 1 << 22),
  experts: whole('Experts', 1024),
  activeExperts: whole('Active experts', 64),
  sequenceLength: whole('Sequence length (tokens)', 1 << 22),
  globalBatchSequences: whole('Global batch (sequences)', 1 << 24),
};

/** Parallel factors a user may fix; absent means the search chooses. */
export const FACTOR_SPECS: Readonly<Record<GroupName, NumberSpec>> = {
  tp: whole('Tensor parallel (TP)', 1024),
  pp: whole('Pipeline parallel (PP)', 1024),
  dp: whole('Data parallel (DP)', 1 << 21),
  cp: whole('Context parallel (CP)', 1024),
  ep: whole('Expert parallel (EP)', 1024),
};

/** Why a shape cannot be a transformer (beyond its bounds), or null. */
export function shapeProblem(shape: TransformerShape): string | null {
  if (shape.hidden % shape.heads !== 0) return `${shape.heads} heads do not divide the hidden size ${shape.hidden}`;
  if (shape.heads % shape.kvHeads !== 0)
    return `${shape.kvHeads} key/value heads do not divide the ${shape.heads} heads`;
  if (shape.activeExperts > shape.experts)
    return `${shape.activeExperts} active experts exceed the ${shape.experts} experts`;
  return null;
}
