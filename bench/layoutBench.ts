import { chipsPerUltraServer } from '../src/model/config';
import { layoutBuilding } from '../src/model/layout/layoutBuilding';
import { layoutCampus } from '../src/model/layout/layoutCampus';
import { layoutRacks } from '../src/model/layout/layoutRacks';
import { presetConfig } from '../src/model/presets/catalog';
import { INDIANA_SITE } from '../src/model/site/indianaSite';
import { planSite, type SitePlan } from '../src/model/site/sitePlan';

const CHIP_COUNTS = [1_000, 10_000, 100_000, 1_000_000];
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number {
  run(); // warm-up, so the JIT compiles before we measure
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Times site placement and each layout level for Rainier-style clusters (Trn2 UltraServers on
 * the Indiana site) of 1k to 1M chips: median of several runs, milliseconds.
 */
export function benchLayout(): Array<{ name: string; chips: number; ms: number }> {
  const results: Array<{ name: string; chips: number; ms: number }> = [];
  const base = presetConfig('rainier');
  for (const chips of CHIP_COUNTS) {
    const config = { ...base, ultraServers: Math.ceil(chips / chipsPerUltraServer(base)) };
    let plan: SitePlan = planSite(INDIANA_SITE, config);
    results.push({ name: 'planSite', chips, ms: time(() => (plan = planSite(INDIANA_SITE, config))) });
    results.push({ name: 'layoutCampus (with rack blocks)', chips, ms: time(() => layoutCampus(plan)) });
    results.push({ name: 'layoutBuilding (building 0)', chips, ms: time(() => layoutBuilding(plan, 0)) });
    results.push({ name: 'layoutRacks (every rack)', chips, ms: time(() => layoutRacks(plan)) });
    results.push({
      name: 'all levels together',
      chips,
      ms: time(() => {
        const p = planSite(INDIANA_SITE, config);
        layoutCampus(p);
        layoutBuilding(p, 0);
        layoutRacks(p);
      }),
    });
  }
  return results;
}
