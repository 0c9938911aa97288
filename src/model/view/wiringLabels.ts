import { coordsOf, nodeAt } from '../topology/torusGraph';
import type { DomainWiring } from '../wiring/wiring';
import type { ViewDomain } from './viewDomain';

/** One label the wiring view asks for: text at a world point, and how much it matters. */
export interface WiringLabel {
  id: string;
  text: string;
  /** A second, smaller line, dropped first when space is short. */
  detail?: string;
  /** World point the label names (the scene's frame). */
  position: [number, number, number];
  /** Higher wins a collision; the label layer hides, shortens or moves the loser. */
  priority: number;
  /** 'accent' for what the reader is following (the focus chip), 'muted' for background names. */
  tone?: 'accent' | 'muted';
}

export interface WiringLabelOptions {
  /** Chips the reader points at or selected: their coordinates win over every other chip's. */
  focus?: readonly number[];
  /** Chips shown (a slice hides the rest); null: all. */
  visible?: Uint8Array | null;
  /** Most chip-coordinate labels offered; the rest stay unlabelled. Default 128. */
  maxChipLabels?: number;
}

const AXIS_NAMES = ['X', 'Y', 'Z'] as const;

const chipPoint = (w: DomainWiring, chip: number): [number, number, number] => [
  w.chipPositions[chip * 3]!,
  w.chipPositions[chip * 3 + 1]!,
  w.chipPositions[chip * 3 + 2]!,
];

/**
 * What the wiring view labels: each dimension's name and ring length past the end of its first
 * row, the instance planes of an UltraServer, the switches of a switched domain, and chip
 * coordinates (focus chips first, then corner chips, then the rest) where the layer finds room.
 * Pure: the label layer projects, measures and keeps them apart.
 */
export function wiringLabels(view: ViewDomain, wiring: DomainWiring, options: WiringLabelOptions = {}): WiringLabel[] {
  const out: WiringLabel[] = [];
  const visible = options.visible ?? null;
  const shown = (chip: number) => !visible || visible[chip] === 1;
  const focus = (options.focus ?? []).filter((c) => Number.isInteger(c) && c >= 0 && c < wiring.chipCount && shown(c));

  if (view.fabric === 'switched') {
    out.push(...switchedLabels(view, wiring));
    for (const c of focus) out.push(chipLabel(wiring, c, `GPU ${c}`, 1000));
    return out;
  }

  if (!view.drawable) return out;
  const dims = view.dims.slice(0, 3);
  const k = [dims[0] ?? 1, dims[1] ?? 1, dims[2] ?? 1];

  // Dimension names, just past the last chip of the row through chip 0 (nudged outward along the row).
  for (let d = 0; d < dims.length; d++) {
    if (k[d]! < 2) continue;
    const coords = [0, 0, 0];
    coords[d] = k[d]! - 1;
    const last = chipPoint(wiring, nodeAt(coords, k));
    coords[d] = k[d]! - 2;
    const before = chipPoint(wiring, nodeAt(coords, k));
    const between = d === view.interInstanceDim ? 'between instances' : `${k[d]} chips per ring`;
    out.push({
      id: `dim-${d}`,
      text: `${AXIS_NAMES[d]} ring`,
      detail: between,
      position: [
        last[0] + (last[0] - before[0]) * 0.9,
        last[1] + (last[1] - before[1]) * 0.9,
        last[2] + (last[2] - before[2]) * 0.9,
      ],
      priority: 900 - d,
    });
  }

  // Instance planes of an UltraServer: one name per plane, beside its first chip.
  const planeDim = view.interInstanceDim;
  if (planeDim >= 0 && planeDim < 3) {
    for (let j = 0; j < k[planeDim]!; j++) {
      const coords = [0, 0, 0];
      coords[planeDim] = j;
      const chip = nodeAt(coords, k);
      if (!shown(chip)) continue;
      const [x, y, z] = chipPoint(wiring, chip);
      out.push({
        id: `plane-${j}`,
        text: `Instance ${j + 1}`,
        detail: `${AXIS_NAMES[planeDim]} = ${j}`,
        position: [x - wiring.chipSize[0] * 1.6, y, z],
        priority: 850 - j,
        tone: 'muted',
      });
    }
  }

  // Chip coordinates: the focus first, then the corners of the block, then every chip in order.
  const max = options.maxChipLabels ?? 128;
  const seen = new Set<number>();
  for (const c of focus) {
    seen.add(c);
    out.push(chipLabel(wiring, c, coordinateText(c, dims), 1000));
  }
  const corners: number[] = [];
  for (let i = 0; i < 8; i++) {
    const coords = [0, 1, 2].map((a) => ((i >> a) & 1 ? k[a]! - 1 : 0));
    corners.push(nodeAt(coords, k));
  }
  // Every chip only where there are few (an instance); bigger views name their corners and the focus.
  const rest =
    wiring.chipCount <= 16 && wiring.chipCount <= max ? Array.from({ length: wiring.chipCount }, (_, c) => c) : [];
  let offered = 0;
  for (const c of [...corners, ...rest]) {
    if (seen.has(c) || !shown(c) || offered >= max) continue;
    seen.add(c);
    offered++;
    const corner = corners.includes(c);
    out.push({
      ...chipLabel(wiring, c, coordinateText(c, dims), corner ? 300 : 100 - c / wiring.chipCount),
      tone: 'muted',
    });
  }
  return out;
}

function coordinateText(chip: number, dims: readonly number[]): string {
  return `(${coordsOf(chip, dims).join(', ')})`;
}

function chipLabel(wiring: DomainWiring, chip: number, text: string, priority: number): WiringLabel {
  return {
    id: `chip-${chip}`,
    text,
    position: chipPoint(wiring, chip),
    priority,
    tone: priority >= 1000 ? 'accent' : undefined,
  };
}

/**
 * A switched domain's names: one for the switch row and one for the compute row (group labels,
 * first), then each compute tray's number above it where the layer finds room — not one per switch.
 */
function switchedLabels(view: ViewDomain, wiring: DomainWiring): WiringLabel[] {
  const out: WiringLabel[] = [];
  const [perTray, trays] = [view.dims[0]!, view.dims[1]!];
  const lowest = (points: Float32Array) => points.reduce((m, v, i) => (i % 3 === 1 ? Math.min(m, v) : m), Infinity);
  const highest = (points: Float32Array) => points.reduce((m, v, i) => (i % 3 === 1 ? Math.max(m, v) : m), -Infinity);
  if (wiring.switchCount > 0) {
    out.push({
      id: 'switch-row',
      text: `${wiring.switchCount} switch chips`,
      detail: 'each linked to every chip',
      position: [0, lowest(wiring.switchPositions) - 1.4, 0],
      priority: 900,
      tone: 'muted',
    });
  }
  if (trays > 1 && wiring.chipCount > 0) {
    const top = highest(wiring.chipPositions);
    out.push({
      id: 'compute-row',
      text: `${trays} compute trays`,
      detail: `${perTray} chips each`,
      position: [0, top + 3, 0],
      priority: 890,
      tone: 'muted',
    });
    for (let t = 0; t < trays; t++) {
      // Above the middle of the tray's back edge, clear of the links that leave it downwards.
      let x = 0;
      let z = Infinity;
      for (let c = t * perTray; c < (t + 1) * perTray; c++) {
        x += wiring.chipPositions[c * 3]!;
        z = Math.min(z, wiring.chipPositions[c * 3 + 2]!);
      }
      out.push({
        id: `tray-${t}`,
        text: `Tray ${t + 1}`,
        position: [x / perTray, top + 1, z],
        priority: 400 - t,
        tone: 'muted',
      });
    }
  }
  return out;
}
