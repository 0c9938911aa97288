import { evaluate } from '../src/model/evaluate';
import { PRESET_IDS } from '../src/model/presets/preset';
import { PRESETS, presetConfig } from '../src/model/presets/catalog';
import type { ClusterConfig } from '../src/model/config';
import { torusBisection } from '../src/model/topology/torusBisection';

/** Median time of one call, in microseconds: batches of calls so the timer's resolution does not matter. */
export function microseconds(run: () => unknown, batch = 2000, batches = 15): number {
  for (let i = 0; i < batch; i++) run(); // warm-up: let the JIT compile first
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run();
    samples.push(((performance.now() - start) * 1000) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** evaluate() for every preset, and for Trn2 clusters from 1k to 1M chips. */
export function benchEvaluate() {
  const perPreset = PRESET_IDS.map((id) => {
    const config = PRESETS[id].config;
    return { preset: id, chips: evaluate(config).chips, microseconds: microseconds(() => evaluate(config)) };
  });
  const bySize = [1_000, 10_000, 100_000, 1_000_000].map((chips) => {
    const config: ClusterConfig = { ...presetConfig('rainier'), ultraServers: Math.ceil(chips / 64) };
    return { chips: evaluate(config).chips, microseconds: microseconds(() => evaluate(config)) };
  });
  return { perPreset, bySize };
}

/**
 * The exact torus bisection, uncached (a fresh bandwidth each run), for shapes that take the
 * closed-form path (all even), the slice programme (odd, up to ~7,000 chips) and the bound path.
 * Median of a few runs, milliseconds.
 */
export function benchBisection() {
  const shapes = [
    [4, 4, 4],
    [4, 4, 5],
    [16, 20, 28],
    [15, 15, 15],
    [17, 17, 17],
    [9, 21, 27],
    [31, 31, 31],
  ];
  let salt = 1;
  return shapes.map((dims) => {
    const samples: number[] = [];
    let exact = false;
    for (let run = 0; run < 5; run++) {
      const shape = { dims, linkBandwidth: [2, 2, 1 + salt++ / 1e6] };
      const start = performance.now();
      exact = torusBisection(shape).exact;
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return { dims: dims.join('×'), exact, ms: samples[2]! };
  });
}
