import { describe, expect, it } from 'vitest';
import { decodeShareState } from '../../../src/share/decodeShareState';
import { encodeShareState } from '../../../src/share/encodeShareState';

describe('training-on-the-wiring link parameters', () => {
  it('model, shape edits and fixed factors restore, and the rest stays automatic', () => {
    const { state, problems } = decodeShareState('v=1&preset=rainier&model=llama3-70b&seq=4096&gbs=512&tp=8&pp=auto');
    expect(problems).toEqual([]);
    expect(state.parallelism).toEqual({
      model: 'llama3-70b',
      shape: { sequenceLength: 4096, globalBatchSequences: 512 },
      fixed: { tp: 8 },
      colourBy: 'tp',
    });
    const again = decodeShareState(encodeShareState(state)).state.parallelism;
    expect(again).toEqual(state.parallelism);
  });

  it('an unknown model and a factor out of bounds are reported, and the link still opens', () => {
    const { state, problems } = decodeShareState('v=1&model=gpt5&tp=0');
    expect(state.parallelism.model).toBe('llama3-405b');
    expect(problems.map((p) => p.parameter)).toEqual(['model', 'tp']);
    expect(problems[0]!.message).toContain('use one of llama3-8b');
  });
});
