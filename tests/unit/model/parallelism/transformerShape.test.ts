import { describe, expect, it } from 'vitest';
import { transformerById } from '../../../../src/model/parallelism/transformerCatalog';
import {
  activeParameters,
  modelFlopsPerToken,
  totalParameters,
} from '../../../../src/model/parallelism/transformerShape';

describe('parameter counts from the published shapes', () => {
  it('Llama 3 405B has 405.85 billion weights, the "405B" of its name', () => {
    // Per layer: Q and O 2·16,384² = 536,870,912; K and V 2·16,384·(8 heads·128) = 33,554,432;
    // SwiGLU 3·16,384·53,248 = 2,617,245,696; together 3,187,671,040, × 126 layers = 401,646,551,040.
    // Untied embeddings 2·128,256·16,384 = 4,202,692,608. Sum 405,849,243,648.
    expect(totalParameters(transformerById('llama3-405b')!)).toBe(405_849_243_648);
  });

  it('GPT-3 has 174.6 billion weights, within 0.3% of the paper’s 175.0B (biases and norms left out)', () => {
    // 12·d² per layer (4d² attention + 8d² FFN) × 96 + tied embedding 50,257·12,288.
    const expected = 12 * 12_288 ** 2 * 96 + 50_257 * 12_288;
    expect(totalParameters(transformerById('gpt3-175b')!)).toBe(expected);
    expect(expected / 175.0e9).toBeGreaterThan(0.997);
  });

  it('Mixtral 8×7B: 46.7B weights of which 12.9B are active per token (Mixtral paper, Table 1)', () => {
    const mixtral = transformerById('mixtral-8x7b')!;
    expect(totalParameters(mixtral) / 1e9).toBeCloseTo(46.7, 1);
    expect(activeParameters(mixtral) / 1e9).toBeCloseTo(12.9, 1);
  });

  it('model FLOPs per token are PaLM’s 6N + 12·L·d·s, without the input embedding lookup', () => {
    // 6 × (405,849,243,648 − 128,256·16,384) + 12 · 126 · 16,384 · 8,192.
    const expected = 6 * (405_849_243_648 - 128_256 * 16_384) + 12 * 126 * 16_384 * 8192;
    expect(modelFlopsPerToken(transformerById('llama3-405b')!)).toBe(expected);
  });
});
