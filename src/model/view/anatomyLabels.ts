import type { ChipSpec } from '../chips/chipSpec';
import type { ChipAnatomy } from '../wiring/chipAnatomy';
import type { WiringLabel } from './wiringLabels';

/**
 * Names of the chip level's parts, for the label layer: each compute die, the core type on the
 * first die, each HBM stack, and one scale-up port. Positions sit on top of each part.
 */
export function anatomyLabels(chip: ChipSpec, anatomy: ChipAnatomy): WiringLabel[] {
  const out: WiringLabel[] = [];
  const top = (part: ChipAnatomy['dies'], i: number): [number, number, number] => [
    part.positions[i * 3]!,
    part.positions[i * 3 + 1]! + part.size[1] / 2,
    part.positions[i * 3 + 2]!,
  ];
  const dies = anatomy.dies.positions.length / 3;
  for (let d = 0; d < dies; d++) {
    const [x, y, z] = top(anatomy.dies, d);
    // On the die's near edge, so the cores' label can sit on the die itself.
    out.push({
      id: `die-${d}`,
      text: dies > 1 ? `Compute die ${d + 1}` : 'Compute die',
      position: [x, y, z + anatomy.dies.size[2] / 2],
      priority: 900 - d,
    });
  }
  if (anatomy.cores.positions.length > 0)
    out.push({
      id: 'cores',
      text: `${chip.cores.value} × ${chip.coreName}`,
      position: top(anatomy.cores, 0),
      priority: 800,
    });
  const stacks = anatomy.hbm.positions.length / 3;
  for (let h = 0; h < stacks; h++)
    out.push({ id: `hbm-${h}`, text: 'HBM', position: top(anatomy.hbm, h), priority: 700 - h, tone: 'muted' });
  if (anatomy.ports.positions.length > 0)
    out.push({ id: 'port', text: 'Link port', position: top(anatomy.ports, 0), priority: 600, tone: 'muted' });
  return out;
}
