import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { build, type PreviewServer, preview } from 'vite';
import { chromiumArgs } from '../scripts/chromium.mjs';
import { ensureChromium, realMachine } from '../scripts/ensureChromium.mjs';

const PORT = 4319;
const VIEWPORT = { width: 1280, height: 720 };
const BASE = `http://127.0.0.1:${PORT}`;

export interface SceneFigures {
  scene: string;
  path: string;
  drawCalls: number;
  triangles: number;
  fps: number;
  heapMB: number;
}

/** The scenes to measure under auto-orbit at 1280×720. */
export const SCENES = [
  { scene: '4×4 torus (Trn2 instance)', path: '/?preset=trn2' },
  { scene: '4×4×4 torus (Trn2 UltraServer)', path: '/?preset=trn2-ultraserver' },
  { scene: '16×16×16 torus', path: '/?torus=16x16x16' },
  { scene: '16×20×28 torus (TPU v5p pod)', path: '/?preset=tpu-v5p-pod' },
  { scene: 'GB200 NVL72 (switched)', path: '/?preset=gb200-nvl72' },
  { scene: 'Campus, 10k chips', path: '/?v=1&preset=rainier&us=157&level=campus' },
  { scene: 'Campus, Rainier (500k chips)', path: '/?v=1&preset=rainier&level=campus' },
  { scene: 'Campus, 1M chips', path: '/?v=1&preset=rainier&us=15625&level=campus' },
  { scene: 'Building, Rainier', path: '/?v=1&preset=rainier&level=building&building=0' },
];

/** gzip size of the JavaScript the first page load fetches (entry and its preloads). */
export function initialJsGzipBytes(dist = 'dist'): number {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  // Asset paths are relative since the build can be hosted under any sub-path (`./assets/…`).
  const files = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(`${dist}/${f}`)).length, 0);
}

export function allJsGzipBytes(dist = 'dist'): number {
  return readdirSync(`${dist}/assets`)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(`${dist}/assets/${f}`)).length, 0);
}

/**
 * Builds what the benchmark measures, so a fresh clone needs no earlier step: the production site in
 * dist/ (its bundle is what users download) and the e2e build in dist-e2e/ (its scene probe reports
 * the first frame's time; it differs from production only by that probe).
 */
export async function buildSites(): Promise<void> {
  await build({ logLevel: 'warn' });
  await build({ mode: 'e2e', logLevel: 'warn', build: { outDir: 'dist-e2e' } });
}

/**
 * Serves the e2e build in this process, so closing it leaves nothing behind (a spawned `npx vite
 * preview` outlived its kill and answered the next run from the old build); strictPort makes a port
 * already taken an error rather than a silent measurement of someone else's server.
 */
function startServer(): Promise<PreviewServer> {
  return preview({
    logLevel: 'warn',
    build: { outDir: 'dist-e2e' },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

async function measureScene(page: Page, path: string, sampleMs: number) {
  await page.goto(`${BASE}${path}${path.includes('?') ? '&' : '?'}orbit=1&stats=1`);
  const stats = page.getByTestId('stats');
  await stats.waitFor();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="stats"]')?.getAttribute('data-draw-calls')) > 0,
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(2000); // warm-up: shaders compiled, camera settled
  const samples: number[] = [];
  const end = Date.now() + sampleMs;
  while (Date.now() < end) {
    await page.waitForTimeout(500);
    samples.push(Number(await stats.getAttribute('data-fps')));
  }
  samples.sort((a, b) => a - b);
  return {
    fps: samples[Math.floor(samples.length / 2)] ?? 0,
    drawCalls: Number(await stats.getAttribute('data-draw-calls')),
    triangles: Number(await stats.getAttribute('data-triangles')),
  };
}

/** Measures every scene in headless Chromium with software WebGL, plus load figures. */
export async function benchRender(sampleMs = 5000) {
  // The same browser set-up as npm test: found, or installed with one line saying so.
  const executablePath = ensureChromium(realMachine());
  if (!executablePath) throw new Error('The render benchmark needs a browser (see above); `--no-render` skips it.');
  const server = await startServer();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const scenes: SceneFigures[] = [];
    for (const s of SCENES) {
      const figures = await measureScene(page, s.path, sampleMs);
      scenes.push({ ...s, ...figures, heapMB: await heapAfterGc(page) });
    }
    await page.close(); // an orbiting page would steal the CPU from the next measurement
    // Time to first frame on a fresh page (navigation start → first rendered frame), median of 5.
    const times: number[] = [];
    let gl = '';
    for (let i = 0; i < 5; i++) {
      const fresh = await browser.newPage({ viewport: VIEWPORT });
      await fresh.goto(BASE);
      await fresh.waitForFunction(() => window.__clusterscope?.firstFrameAt != null, null, { timeout: 30_000 });
      times.push(await fresh.evaluate(() => window.__clusterscope!.firstFrameAt!));
      if (!gl) gl = await glRenderer(fresh);
      await fresh.close();
    }
    times.sort((a, b) => a - b);
    return { scenes, firstFrameMs: times[2]!, gl };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function glRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL';
  });
}
