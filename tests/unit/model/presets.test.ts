import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/model/evaluate';
import { PRESETS, presetConfig } from '../../../src/model/presets/catalog';
import { PRESET_IDS } from '../../../src/model/presets/preset';

describe('presets', () => {
  it('have exactly the ids the issue names', () => {
    expect([...PRESET_IDS].sort()).toEqual(
      [
        'rainier',
        'trn2',
        'trn2-ultraserver',
        'dgx-b200',
        'gb200-nvl72',
        'trn3-ultraserver',
        'tpu-v5p-pod',
        'dgx-h100',
      ].sort(),
    );
    for (const id of PRESET_IDS) expect(PRESETS[id].id).toBe(id);
  });

  it('are the named machines', () => {
    const chips = Object.fromEntries(PRESET_IDS.map((id) => [id, evaluate(PRESETS[id].config).chips]));
    expect(chips).toEqual({
      rainier: 499_968,
      trn2: 16,
      'trn2-ultraserver': 64,
      'dgx-b200': 8,
      // DGX H100: 8 GPUs (NVIDIA DGX H100 user guide).
      'dgx-h100': 8,
      'gb200-nvl72': 72,
      'trn3-ultraserver': 144,
      'tpu-v5p-pod': 8960,
    });
  });

  it('compute every published system figure within 2%', () => {
    for (const preset of Object.values(PRESETS)) {
      const m = evaluate(preset.config);
      for (const p of preset.published) {
        const computed = m[p.metric];
        expect(computed, `${preset.id} ${p.label}`).not.toBeNull();
        const error = Math.abs((computed as number) - p.figure.value) / p.figure.value;
        // 2%: the widest rounding among the sources, the scaling book's 4.5e14 for a 459 TF chip
        // (459 / 450 − 1 = 2.0%, so the v5p peak sits exactly on it); vendor totals are closer.
        expect(error, `${preset.id} ${p.label}: ${computed} vs ${p.figure.value}`).toBeLessThanOrEqual(0.02 + 1e-12);
      }
    }
  });

  it('publish only figures a source states: none from the project itself, none derived or assumed', () => {
    for (const preset of Object.values(PRESETS)) {
      for (const p of preset.published) {
        const where = `${preset.id} ${p.label}`;
        expect(p.figure.source, where).not.toContain('clusterscope');
        expect(p.figure.source.length, where).toBeGreaterThan(0);
        // D is "derived by arithmetic", U "an assumption of ours": neither is a published figure.
        expect(['H', 'M', 'L'], where).toContain(p.figure.confidence);
      }
    }
  });

  it("gives the TPU v5p pod the scaling book's peak, not the model's own product", () => {
    const peak = PRESETS['tpu-v5p-pod'].published.find((p) => p.metric === 'bf16DenseFlops')!;
    // Scaling book (tpus.md): 8,960 chips × 4.5e14 FLOP/s = 4.032e18. The model's 459 TF gives 4.11e18.
    expect(peak.figure.value).toBe(4.032e18);
    expect(peak.figure.value).not.toBe(8960 * 459e12);
  });

  it('hand out copies that cannot change the catalog', () => {
    const copy = presetConfig('trn2');
    copy.instanceDims[0] = 99;
    expect(PRESETS.trn2.config.instanceDims[0]).toBe(4);
  });
});
