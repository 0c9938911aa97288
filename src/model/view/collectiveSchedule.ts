import type { ViewDomain } from './viewDomain';

/** The all-reduce size per chip the explorer shows by default: 256 MiB, a typical gradient bucket. */
export const DEFAULT_ALLREDUCE_BYTES = 256 * 2 ** 20;

/** The collective the view animates. */
export type CollectiveKind = 'ring' | 'torus';

/** A run of identical steps: the same links carry the same amount each step. */
export interface CollectivePhase {
  label: string;
  /** Torus dimension whose rings carry this phase; -1 for the single ring over all chips. */
  dim: number;
  steps: number;
  /** Bytes each link carries per step, one direction. */
  bytesPerLinkPerStep: number;
}

export interface CollectiveSchedule {
  kind: CollectiveKind;
  phases: CollectivePhase[];
  totalSteps: number;
  /** Bytes each chip sends over the whole all-reduce. */
  bytesSentPerChip: number;
  /** Ring order of the chips (kind 'ring'), each chip sending to the next. */
  ringOrder: Uint32Array | null;
  /** True when the ring's consecutive chips are all direct neighbors (a Hamiltonian cycle). */
  ringUsesOnlyNeighbors: boolean;
}

/**
 * Boustrophedon (snake) order over a mixed-radix grid: consecutive chips differ by one step in
 * one dimension. It closes into a cycle over a wrap-around link when each dimension's sweep count
 * is even (true of 4×4 and 4×4×4), so the ring uses only neighbor links.
 */
export function snakeOrder(dims: readonly number[]): { order: Uint32Array; closesOnNeighbor: boolean } {
  const n = dims.reduce((p, k) => p * k, 1);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let rest = i;
    let node = 0;
    let stride = 1;
    const digits: number[] = [];
    for (const k of dims) {
      digits.push(rest % k);
      rest = Math.floor(rest / k);
    }
    // Reflect each digit when the digits above it have an odd sum (reflected mixed-radix Gray code).
    let higher = 0;
    for (let d = dims.length - 1; d >= 0; d--) {
      const k = dims[d]!;
      const digit = higher % 2 === 1 ? k - 1 - digits[d]! : digits[d]!;
      digits[d] = digit;
      higher += digits[d]!;
    }
    for (let d = 0; d < dims.length; d++) {
      node += digits[d]! * stride;
      stride *= dims[d]!;
    }
    order[i] = node;
  }
  const first = order[0]!;
  const last = order[n - 1]!;
  let differing = 0;
  let neighbor = true;
  let stride = 1;
  for (const k of dims) {
    const a = Math.floor(first / stride) % k;
    const b = Math.floor(last / stride) % k;
    if (a !== b) {
      differing++;
      if ((a + 1) % k !== b && (b + 1) % k !== a) neighbor = false;
    }
    stride *= k;
  }
  return { order, closesOnNeighbor: n <= 2 || (differing === 1 && neighbor) };
}

/**
 * The step-by-step schedule of an all-reduce of `bytes` per chip over the view's chips:
 * - ring: reduce-scatter then all-gather around one ring, 2(p−1) steps of bytes/p per link;
 * - torus: the same per dimension (rings along dim 0, then dim 1, …), each phase on a shard
 *   k times smaller, then all-gathers in reverse: Σ 2(kᵢ−1) steps, the same bytes per chip.
 * One direction per ring; a bidirectional variant halves the time, not the step count.
 */
export function collectiveSchedule(view: ViewDomain, kind: CollectiveKind, bytes: number): CollectiveSchedule {
  const p = view.chips;
  const bytesSentPerChip = p > 1 ? (2 * (p - 1) * bytes) / p : 0;
  if (kind === 'ring' || view.fabric !== 'torus') {
    const snake =
      view.fabric === 'torus'
        ? snakeOrder(view.dims)
        : { order: Uint32Array.from({ length: p }, (_, i) => i), closesOnNeighbor: true };
    const steps = Math.max(p - 1, 0);
    return {
      kind: 'ring',
      phases: [
        { label: 'Reduce-scatter around the ring', dim: -1, steps, bytesPerLinkPerStep: bytes / p },
        { label: 'All-gather around the ring', dim: -1, steps, bytesPerLinkPerStep: bytes / p },
      ],
      totalSteps: 2 * steps,
      bytesSentPerChip,
      ringOrder: snake.order,
      ringUsesOnlyNeighbors: snake.closesOnNeighbor,
    };
  }
  const reduce: CollectivePhase[] = [];
  let shard = bytes;
  view.dims.forEach((k, d) => {
    if (k < 2) return;
    shard /= k;
    reduce.push({
      label: `Reduce-scatter along dimension ${d + 1} (${k}-chip rings)`,
      dim: d,
      steps: k - 1,
      bytesPerLinkPerStep: shard,
    });
  });
  const gather = reduce
    .slice()
    .reverse()
    .map((phase) => ({ ...phase, label: phase.label.replace('Reduce-scatter', 'All-gather') }));
  const phases = [...reduce, ...gather];
  return {
    kind: 'torus',
    phases,
    totalSteps: phases.reduce((n, ph) => n + ph.steps, 0),
    bytesSentPerChip,
    ringOrder: null,
    ringUsesOnlyNeighbors: true,
  };
}

/** The phase a global step (0-based) falls in, and the step within it. */
export function phaseAt(
  schedule: CollectiveSchedule,
  step: number,
): { phase: CollectivePhase; index: number; stepInPhase: number } | null {
  let rest = step;
  for (let i = 0; i < schedule.phases.length; i++) {
    const phase = schedule.phases[i]!;
    if (rest < phase.steps) return { phase, index: i, stepInPhase: rest };
    rest -= phase.steps;
  }
  return null;
}
