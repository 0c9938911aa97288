/**
 * npm run bench: prints the figures that say whether clusterscope stays fast, and writes them
 * to bench/results/latest.json so runs can be compared. Timings only; nothing here passes or fails.
 * Pass --no-render to skip the browser part.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchBisection, benchEvaluate } from './modelBench';
import { benchLayout } from './layoutBench';
import { allJsGzipBytes, benchRender, buildSites, initialJsGzipBytes } from './renderBench';

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const results: Record<string, unknown> = { date: new Date().toISOString() };

console.log('\n== evaluate() — median per call ==');
const evaluation = benchEvaluate();
console.table(evaluation.perPreset.map((r) => ({ preset: r.preset, chips: r.chips, µs: round(r.microseconds, 3) })));
console.table(evaluation.bySize.map((r) => ({ chips: r.chips, µs: round(r.microseconds, 3) })));
results.evaluate = evaluation;

console.log('\n== torus bisection, uncached — median ms ==');
const bisection = benchBisection();
console.table(bisection.map((r) => ({ shape: r.dims, exact: r.exact, ms: round(r.ms, 2) })));
results.bisection = bisection;

console.log('\n== site placement and layout() — median ms ==');
const layout = benchLayout();
console.table(layout.map((r) => ({ step: r.name, chips: r.chips, ms: round(r.ms, 3) })));
results.layout = layout;

if (!process.argv.includes('--no-render')) {
  console.log('\n== bundle (building dist/ and dist-e2e/ first) ==');
  await buildSites();
  const bundle = {
    initialJsGzipKB: round(initialJsGzipBytes() / 1024, 1),
    allJsGzipKB: round(allJsGzipBytes() / 1024, 1),
  };
  console.table([bundle]);
  results.bundle = bundle;

  console.log('\n== rendering: 1280×720, auto-orbit, headless Chromium, software WebGL ==');
  const render = await benchRender();
  console.log(`WebGL renderer: ${render.gl}`);
  console.table(
    render.scenes.map((s) => ({
      scene: s.scene,
      'draw calls': s.drawCalls,
      triangles: s.triangles,
      fps: s.fps,
      'heap MB (after GC)': round(s.heapMB, 1),
    })),
  );
  console.log(`Time to first frame: ${round(render.firstFrameMs, 0)} ms`);
  results.render = render;
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results/latest.json');
