import { describe, expect, it } from 'vitest';
import { chipGroupIndex } from '../../../../src/model/parallelism/chipGroups';
import type { ParallelLayout } from '../../../../src/model/parallelism/parallelLayout';

// 16 chips: TP 2 innermost, then PP 4, then DP 2 (CP and EP 1).
const layout: ParallelLayout = {
  tp: 2,
  pp: 4,
  dp: 2,
  cp: 1,
  ep: 1,
  microbatch: 1,
  virtualStages: 1,
  sharding: 'optimizer',
  recompute: 'full',
  order: ['tp', 'cp', 'ep', 'pp', 'dp'],
};
const all = (group: 'tp' | 'pp' | 'dp') => Array.from({ length: 16 }, (_, rank) => chipGroupIndex(layout, group, rank));

describe('chip colours by parallel group', () => {
  it('TP pairs share a colour: chips 0–1, 2–3, … are groups 0, 1, …', () => {
    expect(all('tp')).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7]);
  });
  it('PP stage is the rank’s digit above TP: ⌊rank / 2⌋ mod 4', () => {
    expect(all('pp')).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 0, 0, 1, 1, 2, 2, 3, 3]);
  });
  it('DP replica is the outermost digit: ⌊rank / 8⌋', () => {
    expect(all('dp')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
  });
  it('with PP innermost, a TP group strides over the stages: TP group of rank r is (r mod 4) + 4·⌊r/8⌋', () => {
    const ppFirst = { ...layout, order: ['pp', 'tp', 'cp', 'ep', 'dp'] as ParallelLayout['order'] };
    const tp = Array.from({ length: 16 }, (_, rank) => chipGroupIndex(ppFirst, 'tp', rank));
    expect(tp).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 4, 5, 6, 7, 4, 5, 6, 7]);
  });
});
