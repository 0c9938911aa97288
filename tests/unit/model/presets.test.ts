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
        expect(error, `${preset.id} ${p.label}: ${computed} vs ${p.figure.value}`).toBeLessThan(0.02);
      }
    }
  });

  it('hand out copies that cannot change the catalog', () => {
    const copy = presetConfig('trn2');
    copy.instanceDims[0] = 99;
    expect(PRESETS.trn2.config.instanceDims[0]).toBe(4);
  });
});
