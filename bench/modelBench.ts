import { evaluate } from '../src/model/evaluate';
import { PRESET_IDS } from '../src/model/presets/preset';
import { PRESETS, presetConfig } from '../src/model/presets/catalog';
import type { ClusterConfig } from '../src/model/config';

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
