import { describe, expect, it } from 'vitest';
import { domainWiring } from '../../../../src/model/wiring/domainWiring';
import { viewDomain } from '../../../../src/model/view/viewDomain';
import { wiringLabels } from '../../../../src/model/view/wiringLabels';
import { presetConfig } from '../../../../src/model/presets/catalog';

const labelsOf = (
  preset: Parameters<typeof presetConfig>[0],
  scope: 'instance' | 'ultraserver',
  focus: number[] = [],
) => {
  const view = viewDomain(presetConfig(preset), scope);
  return wiringLabels(view, domainWiring(view), { focus });
};

describe('wiringLabels', () => {
  it('names both rings of a Trn2 instance and all 16 chips by coordinates', () => {
    const labels = labelsOf('trn2', 'instance');
    // 4×4 torus: an X and a Y ring name, and (x, y) for every chip.
    expect(labels.filter((l) => l.id.startsWith('dim-')).map((l) => l.text)).toEqual(['X ring', 'Y ring']);
    expect(labels.filter((l) => l.id.startsWith('chip-')).length).toBe(16);
    expect(labels.find((l) => l.id === 'chip-5')?.text).toBe('(1, 1)');
  });

  it('names the four instance planes of an UltraServer and only its 8 corners, the focus chip first', () => {
    const labels = labelsOf('trn2-ultraserver', 'ultraserver', [21]);
    expect(labels.filter((l) => l.id.startsWith('plane-')).map((l) => l.text)).toEqual([
      'Instance 1',
      'Instance 2',
      'Instance 3',
      'Instance 4',
    ]);
    const chips = labels.filter((l) => l.id.startsWith('chip-'));
    // Chip 21 = (1, 1, 1) is not a corner: 8 corners + the focus.
    expect(chips.length).toBe(9);
    const focus = chips.find((l) => l.id === 'chip-21')!;
    expect(focus.text).toBe('(1, 1, 1)');
    expect(Math.max(...labels.map((l) => l.priority))).toBe(focus.priority);
  });

  it('names an NVL72 by its two rows and 18 trays, not one label per switch', () => {
    const labels = labelsOf('gb200-nvl72', 'ultraserver');
    // 18 compute trays of 4 GPUs (gb200Nvl72 preset) over 18 NVLink switch chips: two group names + 18 tray numbers.
    expect(labels.map((l) => l.text).slice(0, 2)).toEqual(['18 switch chips', '18 compute trays']);
    expect(labels.filter((l) => l.id.startsWith('tray-')).map((l) => l.text)[17]).toBe('Tray 18');
    expect(labels.length).toBe(20);
    // The group names win collisions over tray numbers.
    const trayPriority = Math.max(...labels.filter((l) => l.id.startsWith('tray-')).map((l) => l.priority));
    expect(labels.slice(0, 2).every((l) => l.priority > trayPriority)).toBe(true);
  });
});
