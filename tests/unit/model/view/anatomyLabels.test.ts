import { describe, expect, it } from 'vitest';
import { CHIPS } from '../../../../src/model/chips/catalog';
import { chipAnatomy } from '../../../../src/model/wiring/chipAnatomy';
import { anatomyLabels } from '../../../../src/model/view/anatomyLabels';

describe('anatomyLabels', () => {
  it('names the Trainium2 chip’s two dies, its 8 NeuronCores, 4 HBM stacks and a port', () => {
    const chip = CHIPS.trainium2;
    const labels = anatomyLabels(chip, chipAnatomy(chip, 4));
    expect(labels.filter((l) => l.id.startsWith('die-')).map((l) => l.text)).toEqual([
      'Compute die 1',
      'Compute die 2',
    ]);
    expect(labels.find((l) => l.id === 'cores')?.text).toBe(`8 × ${chip.coreName}`);
    expect(labels.filter((l) => l.text === 'HBM').length).toBe(4);
    expect(labels.some((l) => l.id === 'port')).toBe(true);
  });
});
