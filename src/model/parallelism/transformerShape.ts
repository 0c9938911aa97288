import type { SourceKey } from '../sources';

/**
 * A decoder-only transformer's shape, as its paper or published config gives it. Dense models
 * have one expert with one active; a mixture of experts replaces every layer's FFN by
 * `experts` FFNs of which `activeExperts` run per token.
 */
export interface TransformerShape {
  id: string;
  name: string;
  layers: number;
  /** Model (hidden) dimension d. */
  hidden: number;
  /** FFN inner dimension (per expert for a mixture of experts). */
  ffn: number;
  /** SwiGLU-style FFN with three matrices (Llama, Mixtral) rather than two (GPT-3). */
  gatedFfn: boolean;
  heads: number;
  /** Key/value heads: fewer than `heads` with grouped-query attention. */
  kvHeads: number;
  vocabulary: number;
  /** Input embedding and output projection share one matrix (GPT-3) or not (Llama). */
  tiedEmbeddings: boolean;
  experts: number;
  activeExperts: number;
  /** Tokens per sequence in training. */
  sequenceLength: number;
  /** Sequences per optimizer step, as the paper trained it. */
  globalBatchSequences: number;
  source: SourceKey[];
  note?: string;
}

/** Parameters of one layer's attention: Q and O are d×d, K and V are d×(kvHeads·d/heads). */
export function attentionParameters(shape: TransformerShape): number {
  const headDim = shape.hidden / shape.heads;
  return 2 * shape.hidden * shape.hidden + 2 * shape.hidden * shape.kvHeads * headDim;
}

/** Parameters of one expert's FFN: 3·d·f gated, 2·d·f plain. */
export function ffnParameters(shape: TransformerShape): number {
  return (shape.gatedFfn ? 3 : 2) * shape.hidden * shape.ffn;
}

export function embeddingParameters(shape: TransformerShape): number {
  return (shape.tiedEmbeddings ? 1 : 2) * shape.vocabulary * shape.hidden;
}

/** Every weight (norms and biases are under 0.01% and left out). */
export function totalParameters(shape: TransformerShape): number {
  const perLayer = attentionParameters(shape) + shape.experts * ffnParameters(shape);
  return shape.layers * perLayer + embeddingParameters(shape);
}

/** The weights one token touches: attention, its active experts and the embeddings. */
export function activeParameters(shape: TransformerShape): number {
  const perLayer = attentionParameters(shape) + shape.activeExperts * ffnParameters(shape);
  return shape.layers * perLayer + embeddingParameters(shape);
}

/**
 * Model FLOPs per trained token, the numerator of MFU as PaLM defines it (Chowdhery et al.
 * 2022, appendix B): 6 per active weight (2 forward, 4 backward) plus 12·L·d·s for attention
 * scores and values. The input embedding is a lookup, not a matmul, so its weights are not
 * counted; the output projection is. Recomputation is not model FLOPs and is not counted.
 */
export function modelFlopsPerToken(shape: TransformerShape): number {
  const lookupParameters = shape.tiedEmbeddings ? 0 : shape.vocabulary * shape.hidden;
  const matmulParameters = activeParameters(shape) - lookupParameters;
  return 6 * matmulParameters + 12 * shape.layers * shape.hidden * shape.sequenceLength;
}
