import type { TransformerShape } from './transformerShape';

const LLAMA3_COMMON = {
  gatedFfn: true,
  kvHeads: 8,
  vocabulary: 128_256,
  tiedEmbeddings: false,
  experts: 1,
  activeExperts: 1,
  sequenceLength: 8192,
  // Llama 3 405B's final batch: 16M tokens of 8,192 (§3.4.1). The 8B and 70B batches are not
  // published; the same batch keeps the three comparable.
  globalBatchSequences: 2048,
  source: ['Meta-Llama3' as const],
};

/** Published shapes a user starts from; every field is editable afterwards. */
export const TRANSFORMERS: readonly TransformerShape[] = [
  {
    id: 'llama3-8b',
    name: 'Llama 3 8B',
    layers: 32,
    hidden: 4096,
    ffn: 14_336,
    heads: 32,
    ...LLAMA3_COMMON,
    note: 'Global batch not published for 8B: 2,048 × 8,192 tokens assumed, as for 405B.',
  },
  {
    id: 'llama3-70b',
    name: 'Llama 3 70B',
    layers: 80,
    hidden: 8192,
    ffn: 28_672,
    heads: 64,
    ...LLAMA3_COMMON,
    note: 'Global batch not published for 70B: 2,048 × 8,192 tokens assumed, as for 405B.',
  },
  {
    id: 'llama3-405b',
    name: 'Llama 3 405B',
    layers: 126,
    hidden: 16_384,
    ffn: 53_248,
    heads: 128,
    ...LLAMA3_COMMON,
  },
  {
    id: 'gpt3-175b',
    name: 'GPT-3 175B',
    layers: 96,
    hidden: 12_288,
    ffn: 4 * 12_288,
    gatedFfn: false,
    heads: 96,
    kvHeads: 96,
    vocabulary: 50_257,
    tiedEmbeddings: true,
    experts: 1,
    activeExperts: 1,
    sequenceLength: 2048,
    // 3.2M tokens per batch (Table 2.1) ÷ 2,048 tokens.
    globalBatchSequences: 1536,
    source: ['Brown2020-GPT3'],
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8×7B (MoE)',
    layers: 32,
    hidden: 4096,
    ffn: 14_336,
    gatedFfn: true,
    heads: 32,
    kvHeads: 8,
    vocabulary: 32_000,
    tiedEmbeddings: false,
    experts: 8,
    activeExperts: 2,
    sequenceLength: 4096,
    globalBatchSequences: 1024,
    source: ['Mixtral-2024'],
    note: 'Training sequence length and batch are not published: 4,096 × 1,024 assumed.',
  },
];

export type TransformerId = string;

export function transformerById(id: string): TransformerShape | undefined {
  return TRANSFORMERS.find((t) => t.id === id);
}
