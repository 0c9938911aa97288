import { describe, expect, it } from 'vitest';
import { planTraining } from '../../../../src/model/parallelism/trainingPlan';
import { PRESETS } from '../../../../src/model/presets/catalog';

describe('planning a run on a configured system', () => {
  it('fixed factors are kept and the search fills in the rest', () => {
    // One Trn2 UltraServer: 64 chips. TP 16 fixed; Llama 3 8B's 32 heads allow it.
    const plan = planTraining(PRESETS['trn2-ultraserver'].config, { model: 'llama3-8b', shape: {}, fixed: { tp: 16 } });
    expect(plan.chosen?.layout.tp).toBe(16);
    const l = plan.chosen!.layout;
    expect(l.tp * l.pp * l.dp * l.cp * l.ep).toBe(64);
  });

  it('a fully fixed layout that does not fit is still priced and marked as not fitting', () => {
    // Llama 3 405B on one UltraServer with no sharding room: TP 1 × PP 1 × DP 64 keeps all
    // 405.8B weights, gradients and optimizer state (≥ 4 bytes each) on every chip: ≥ 1.6 TB > 96 GiB.
    const plan = planTraining(PRESETS['trn2-ultraserver'].config, {
      model: 'llama3-405b',
      shape: {},
      fixed: { tp: 1, pp: 1, dp: 64, cp: 1, ep: 1 },
    });
    expect(plan.chosen?.result.fits).toBe(false);
    expect(plan.chosen!.result.memory.total).toBeGreaterThan(1.6e12);
  });

  it('a chip count that no factorization can serve is explained, not answered', () => {
    // All of Rainier: 499,968 = 2⁸ · 3² · 7 · 31 chips; DP must divide 2,048 sequences and PP ≤ 126.
    const plan = planTraining(PRESETS.rainier.config, { model: 'llama3-405b', shape: {}, fixed: {} });
    expect(plan.chosen).toBeNull();
    expect(plan.problem).toMatch(/No split of 499,968 chips works/);
  });
});

describe('a batch that splits', () => {
  it('all of Rainier serves Llama 3 405B at 2,046 sequences a step, the workable batch nearest 2,048', () => {
    // 499,968 chips = 2⁸·3²·7·31; TP ≤ 64 and CP ≤ 16 are powers of two, PP ≤ 126, and DP must
    // divide the batch. 2,048 = 2¹¹ would leave PP to absorb 3²·7·31 = 1,953 > 126; 2,047 = 23·89
    // and 2,049 = 3·683 leave at most 3 replicas, so TP·CP·PP ≥ 166,656 > 64·16·126 = 129,024;
    // 2,050 = 2·5²·41 likewise. 2,046 = 11 × 186 works: TP 64 × CP 2 × PP 21 = 2,688 and
    // 499,968 ÷ 2,688 = 186 replicas.
    const plan = planTraining(PRESETS.rainier.config, { model: 'llama3-405b', shape: {}, fixed: {} });
    expect(plan.problem).toContain('2,046 sequences would split');
    const withBatch = planTraining(PRESETS.rainier.config, {
      model: 'llama3-405b',
      shape: { globalBatchSequences: 2046 },
      fixed: {},
    });
    expect(withBatch.chosen).not.toBeNull();
    const l = withBatch.chosen!.layout;
    expect(l.tp * l.pp * l.dp * l.cp * l.ep).toBe(499_968);
  });
});
