import { describe, expect, it } from 'vitest';
import { presetConfig } from '../../../src/model/presets/catalog';
import type { ComparedSystem } from '../../../src/ui/compare/comparisonRows';
import { FLAG_THRESHOLD, publishedChecks } from '../../../src/ui/compare/publishedChecks';

const system = (id: Parameters<typeof presetConfig>[0], label = id): ComparedSystem => ({
  label,
  config: presetConfig(id),
  presetId: id,
});

describe('publishedChecks', () => {
  it('skips systems without a preset', () => {
    expect(publishedChecks([{ label: 'custom', config: presetConfig('trn2') }])).toEqual([]);
  });

  it('lists the vendor figures and then the article cells of each preset', () => {
    const [section] = publishedChecks([system('trn2-ultraserver')]);
    expect(section!.presetName).toBe('Trn2 UltraServer');
    expect(section!.configIsPreset).toBe(true);
    expect(section!.checks.filter((c) => c.origin === 'vendor')).toHaveLength(8);
    expect(section!.checks.filter((c) => c.origin === 'article').map((c) => c.publishedText)).toEqual([
      '64x Trainium2',
      '6.1TB',
      '186TB/s',
      '68TB/s',
      '83.2 petaFLOPS',
      '332.8 petaFLOPS',
    ]);
  });

  it('flags the article’s 68 TB/s (C3, unexplained) and 332.8 PF sparse (C1) with their explanations', () => {
    const checks = publishedChecks([system('trn2-ultraserver')])[0]!.checks;
    const flagged = checks.filter((c) => c.flagged);
    expect(flagged.map((c) => c.publishedText)).toEqual(['6.1TB', '68TB/s', '332.8 petaFLOPS']);
    const interconnect = flagged[1]!;
    expect(interconnect).toMatchObject({
      status: 'unexplained',
      conflict: 'C3',
      computedText: '81.92 TB/s',
      differenceText: '+20%',
    });
    expect(interconnect.explanation).toMatch(/81\.9 TB\/s/);
    const sparse = flagged[2]!;
    expect(sparse).toMatchObject({
      status: 'explained',
      conflict: 'C1',
      computedText: '164 PFLOP/s',
      differenceText: '−51%',
    });
    expect(sparse.explanation).toMatch(/4:1/);
    expect(flagged[0]!.status).toBe('explained'); // GiB printed as GB
  });

  it('does not flag the vendor’s rounded 83.2 PF dense FP8 (−0.08%)', () => {
    const checks = publishedChecks([system('trn2-ultraserver')])[0]!.checks;
    const dense = checks.filter((c) => c.metric === 'fp8DenseFlops');
    expect(dense).toHaveLength(2);
    for (const c of dense) {
      expect(c.flagged).toBe(false);
      expect(Math.abs(c.difference!)).toBeLessThan(FLAG_THRESHOLD);
    }
  });

  it('flags the Trn2 instance’s sparse 83.2 PF (C1) and lists the CPU cells as not modelled', () => {
    const checks = publishedChecks([system('trn2')])[0]!.checks;
    const sparse = checks.find((c) => c.origin === 'article' && c.metric === 'fp8SparseFlops')!;
    expect(sparse.flagged).toBe(true);
    expect(sparse.computedText).toBe('41.01 PFLOP/s');
    const cpus = checks.find((c) => c.publishedText.includes('Sapphire Rapids'))!;
    expect(cpus).toMatchObject({
      status: 'not-modelled',
      flagged: false,
      difference: null,
      computedText: 'not modelled',
    });
  });

  it('finds every GB200 NVL72 figure within 2%', () => {
    const checks = publishedChecks([system('gb200-nvl72')])[0]!.checks;
    expect(checks.length).toBeGreaterThan(6);
    expect(checks.filter((c) => c.flagged)).toEqual([]);
  });

  it('notes when the compared config is no longer the preset', () => {
    const changed = { ...system('rainier'), config: { ...presetConfig('rainier'), ultraServers: 10 } };
    const [section] = publishedChecks([changed]);
    expect(section!.configIsPreset).toBe(false);
    // Checks stay those of the preset as published.
    expect(section!.checks[0]!.computedValue).toBe(499_968);
  });
});
