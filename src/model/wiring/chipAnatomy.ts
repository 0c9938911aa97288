import type { ChipSpec } from '../chips/chipSpec';

/** Boxes of one kind inside the chip view: centers and one shared size. */
export interface AnatomyPart {
  /** x, y, z per box. */
  positions: Float32Array;
  size: readonly [number, number, number];
}

/**
 * What the chip level draws: the package, its compute dies with their cores, the HBM stacks
 * beside them and one port per scale-up link around the edge. Proportions are schematic.
 */
export interface ChipAnatomy {
  package: AnatomyPart;
  dies: AnatomyPart;
  cores: AnatomyPart;
  hbm: AnatomyPart;
  ports: AnatomyPart;
  radius: number;
}

const part = (positions: number[], size: readonly [number, number, number]): AnatomyPart => ({
  positions: Float32Array.from(positions),
  size,
});

/** Lays out a chip with `ports` scale-up link ports (its degree in the domain). */
export function chipAnatomy(chip: ChipSpec, ports: number): ChipAnatomy {
  const dieCount = chip.vendor === 'Google' ? 1 : 2;
  const cores = chip.cores.value;
  const hbmStacks = chip.hbmStacks.value;
  const dieWidth = 3.2;
  const dieDepth = 4.4;
  const gap = 0.3;
  const dies: number[] = [];
  for (let d = 0; d < dieCount; d++) dies.push((d - (dieCount - 1) / 2) * (dieWidth + gap), 0.35, 0);

  // Cores in a 2-column grid on each die.
  const perDie = Math.ceil(cores / dieCount);
  const rows = Math.ceil(perDie / 2);
  const coreWidth = 1.2;
  const coreDepth = Math.min(1.2, (dieDepth - 0.4) / rows - 0.2);
  const corePositions: number[] = [];
  for (let c = 0; c < cores; c++) {
    const die = Math.floor(c / perDie);
    const local = c % perDie;
    const col = local % 2;
    const row = Math.floor(local / 2);
    corePositions.push(
      dies[die * 3]! + (col - 0.5) * (coreWidth + 0.25),
      0.62,
      (row - (rows - 1) / 2) * (coreDepth + 0.2),
    );
  }

  // HBM stacks in columns left and right of the dies.
  const dieSpan = (dieCount * (dieWidth + gap)) / 2;
  const perSide = Math.ceil(hbmStacks / 2);
  const hbmDepth = Math.min(1.6, (dieDepth + 0.4) / perSide - 0.25);
  const hbm: number[] = [];
  for (let h = 0; h < hbmStacks; h++) {
    const side = h % 2 === 0 ? -1 : 1;
    const row = Math.floor(h / 2);
    hbm.push(side * (dieSpan + 1.0), 0.55, (row - (perSide - 1) / 2) * (hbmDepth + 0.25));
  }

  // Ports evenly around the package edge.
  const halfW = dieSpan + 2.1;
  const halfD = dieDepth / 2 + 1.1;
  const perimeter = 4 * (halfW + halfD);
  const portPositions: number[] = [];
  for (let p = 0; p < ports; p++) {
    // Walk the perimeter from the back-left corner: back edge, right edge, front edge, left edge.
    const t = ((p + 0.5) / ports) * perimeter;
    const back = 2 * halfW;
    const right = back + 2 * halfD;
    const front = right + 2 * halfW;
    let x: number, z: number;
    if (t < back) {
      x = -halfW + t;
      z = -halfD;
    } else if (t < right) {
      x = halfW;
      z = -halfD + (t - back);
    } else if (t < front) {
      x = halfW - (t - right);
      z = halfD;
    } else {
      x = -halfW;
      z = halfD - (t - front);
    }
    portPositions.push(x, 0.3, z);
  }

  return {
    package: part([0, 0, 0], [2 * halfW, 0.3, 2 * halfD]),
    dies: part(dies, [dieWidth, 0.3, dieDepth]),
    cores: part(corePositions, [coreWidth, 0.22, coreDepth]),
    hbm: part(hbm, [1.3, 0.9, hbmDepth]),
    ports: part(portPositions, [0.45, 0.45, 0.45]),
    radius: Math.hypot(halfW, halfD) + 1,
  };
}
