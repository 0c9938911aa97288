import { FACTOR_SPECS, type GroupName, SHAPE_NUMBER_SPECS, type ShapeNumberKey } from '../../model/index';
import type { FieldSpec } from '../controls/NumberField';

const SHAPE_HELP: Record<ShapeNumberKey, string> = {
  layers: 'Transformer blocks.',
  hidden: 'Model dimension d.',
  ffn: 'Feed-forward inner size (per expert).',
  heads: 'Query heads; TP must divide them.',
  kvHeads: 'Key/value heads (fewer with grouped-query attention).',
  vocabulary: 'Tokens in the vocabulary.',
  experts: 'Experts per layer; 1 for a dense model.',
  activeExperts: 'Experts each token runs through.',
  sequenceLength: 'Tokens per training sequence.',
  globalBatchSequences: 'Sequences per optimizer step.',
};

const FACTOR_HELP: Record<GroupName, string> = {
  tp: 'Splits every layer’s matmuls; all-reduces per layer, on the fastest links.',
  pp: 'Splits the layers into stages; costs a pipeline bubble.',
  dp: 'Replicas of the model; gradients reduced once per step.',
  cp: 'Splits each sequence; keys and values exchanged per layer.',
  ep: 'Splits the experts; all-to-all per layer.',
};

export const SHAPE_FIELDS: readonly (FieldSpec & { key: ShapeNumberKey })[] = (
  Object.keys(SHAPE_NUMBER_SPECS) as ShapeNumberKey[]
).map((key) => {
  const spec = SHAPE_NUMBER_SPECS[key];
  return { key, label: spec.label, unit: 'count', min: spec.min, max: spec.max, integer: true, help: SHAPE_HELP[key] };
});

export const FACTOR_FIELDS: readonly (FieldSpec & { key: GroupName })[] = (['tp', 'pp', 'dp', 'cp', 'ep'] as const).map(
  (key) => {
    const spec = FACTOR_SPECS[key];
    return {
      key,
      label: spec.label,
      unit: 'count',
      min: spec.min,
      max: spec.max,
      integer: true,
      help: FACTOR_HELP[key],
    };
  },
);
