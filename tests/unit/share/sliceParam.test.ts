import { describe, expect, it } from 'vitest';
import { decodeShareState, encodeShareState } from '../../../src/share/index';

describe('slice= in links', () => {
  it('reads one plane or a range of planes across a dimension of the torus in view', () => {
    // The TPU v5p pod's torus is 16×20×28: Z planes run 0..27.
    const one = decodeShareState('v=1&preset=tpu-v5p-pod&slice=z3');
    expect(one.problems).toEqual([]);
    expect(one.state.view.slice).toEqual({ dim: 2, from: 3, to: 3 });
    const range = decodeShareState('v=1&preset=tpu-v5p-pod&slice=y2-19');
    expect(range.state.view.slice).toEqual({ dim: 1, from: 2, to: 19 });
  });

  it('writes what it reads, and nothing when there is no slice', () => {
    const { state } = decodeShareState('v=1&preset=tpu-v5p-pod&slice=x0-7');
    const link = encodeShareState(state);
    expect(link).toContain('slice=x0-7');
    expect(decodeShareState(link).state).toEqual(state);
    state.view.slice = null;
    expect(encodeShareState(state)).not.toContain('slice');
  });

  it('drops a slice the torus does not have, saying why', () => {
    // The Trn2 instance is a 4×4 2D torus: no Z, and X planes stop at 3.
    const noZ = decodeShareState('v=1&preset=trn2&slice=z1');
    expect(noZ.state.view.slice).toBeNull();
    expect(noZ.problems.map((p) => p.message).join(' ')).toMatch(/slice=.*2 drawn dimensions/);
    const tooFar = decodeShareState('v=1&preset=trn2&slice=x2-9');
    expect(tooFar.state.view.slice).toBeNull();
    expect(tooFar.problems.map((p) => p.message).join(' ')).toMatch(/0 to 3/);
    const garbage = decodeShareState('v=1&preset=trn2&slice=diagonal');
    expect(garbage.state.view.slice).toBeNull();
    expect(garbage.problems.length).toBe(1);
  });
});
