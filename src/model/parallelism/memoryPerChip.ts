import type { DataSharding, ParallelLayout, Recompute } from './parallelLayout';
import { attentionParameters, embeddingParameters, ffnParameters, type TransformerShape } from './transformerShape';

/**
 * Mixed-precision Adam, as ZeRO counts it (Rajbhandari et al. 2020, §3.1): 2 bytes of BF16/FP16
 * weights, 2 of gradients and K = 12 of FP32 optimizer state (master weights, momentum,
 * variance) per parameter: 16 bytes in all.
 */
export const WEIGHT_BYTES = 2;
export const GRADIENT_BYTES = 2;
export const OPTIMIZER_BYTES = 12;

export interface MemoryBreakdown {
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  total: number;
}

/** Bytes of weights, gradients and optimizer state for `parameters` held by a chip, sharded over `shards`. */
export function stateBytes(
  parameters: number,
  sharding: DataSharding,
  shards: number,
): Omit<MemoryBreakdown, 'activations' | 'total'> {
  const shardedIf = (yes: boolean) => (yes ? parameters / shards : parameters);
  return {
    weights: WEIGHT_BYTES * shardedIf(sharding === 'full'),
    gradients: GRADIENT_BYTES * shardedIf(sharding === 'gradients' || sharding === 'full'),
    optimizer: OPTIMIZER_BYTES * shardedIf(sharding !== 'none'),
  };
}

/**
 * Activation bytes of one layer for one microbatch, Korthikanti et al. 2022, Table 2, with
 * tensor and sequence parallelism over t chips: s·b·h·(34/t + 5·a·s/(h·t)) without
 * recomputation, s·b·h·34/t with selective (attention) recomputation, and 2·s·b·h/t, only the
 * layer's input, with full recomputation. s is the sequence each chip holds (divided by the
 * context-parallel degree). The constants are for GPT-style layers; gated FFNs and grouped-query
 * attention change them by a few per cent.
 */
export function layerActivationBytes(shape: TransformerShape, layout: ParallelLayout, recompute: Recompute): number {
  const s = shape.sequenceLength / layout.cp;
  const sbh = s * layout.microbatch * shape.hidden;
  const t = layout.tp;
  if (recompute === 'full') return (2 * sbh) / t;
  if (recompute === 'selective') return (34 * sbh) / t;
  return sbh * (34 / t + (5 * shape.heads * s) / (shape.hidden * t));
}

/** Layers on the busiest pipeline stage. */
export const layersPerStage = (shape: TransformerShape, layout: ParallelLayout): number =>
  Math.ceil(shape.layers / layout.pp);

/**
 * Memory of the busiest chip: the first pipeline stage, which holds the input embedding and,
 * under 1F1B, activations of up to pp microbatches in flight, ×(1 + (p − 1)/(p·v)) with v > 1
 * interleaved stages (Korthikanti et al. 2022, §4.2.3). Dense weights are split by tp·pp and
 * synchronised over dp·ep chips; expert weights are split by tp·pp·ep and synchronised over dp.
 */
export function memoryPerChip(shape: TransformerShape, layout: ParallelLayout, microbatches: number): MemoryBreakdown {
  const stageLayers = layersPerStage(shape, layout);
  const embedding = embeddingParameters(shape) / (shape.tiedEmbeddings ? 1 : 2);
  const dense = (stageLayers * attentionParameters(shape) + embedding) / layout.tp;
  const experts = (stageLayers * shape.experts * ffnParameters(shape)) / (layout.tp * layout.ep);
  const denseState = stateBytes(dense, layout.sharding, layout.dp * layout.ep);
  const expertState = stateBytes(experts, layout.sharding, layout.dp);
  const pp = layout.pp;
  const interleave = layout.virtualStages > 1 ? 1 + (pp - 1) / (pp * layout.virtualStages) : 1;
  const inFlight = Math.min(microbatches, pp) * interleave;
  const activations = stageLayers * inFlight * layerActivationBytes(shape, layout, layout.recompute);
  const weights = denseState.weights + expertState.weights;
  const gradients = denseState.gradients + expertState.gradients;
  const optimizer = denseState.optimizer + expertState.optimizer;
  return { weights, gradients, optimizer, activations, total: weights + gradients + optimizer + activations };
}
