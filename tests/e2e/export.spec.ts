import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { waitForDrawing } from './helpers';

/** Largest difference, per channel, between a colour seen on screen and the same colour in an export. */
const TOLERANCE = 3;

type Rgb = [number, number, number];

function pixel(png: PNG, x: number, y: number): Rgb {
  const i = (png.width * y + x) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

const close = (a: Rgb, b: Rgb, tolerance = TOLERANCE) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/**
 * The colours that cover the most of the on-screen canvas besides the background: the chips'
 * faces (flat-shaded, so each face is one exact colour) and the links. Each covers at least
 * 0.2% of the canvas.
 */
function dominantColours(png: PNG, background: Rgb): Rgb[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const c: Rgb = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (close(c, background, 8)) continue;
    const key = (c[0] << 16) | (c[1] << 8) | c[2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const floor = png.width * png.height * 0.002;
  return [...counts.entries()]
    .filter(([, n]) => n >= floor)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([key]) => [key >> 16, (key >> 8) & 255, key & 255]);
}

/** Share of the picture's pixels within TOLERANCE of `colour`. */
function coverage(png: PNG, colour: Rgb): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (close([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], colour)) n++;
  return n / (png.width * png.height);
}

async function save(page: Page, testId: string): Promise<{ path: string; name: string }> {
  // Software WebGL draws a 4K picture in seconds, more while other tests share the machine.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 45_000 }),
    page.getByTestId(testId).click({ timeout: 45_000 }),
  ]);
  return { path: (await download.path())!, name: download.suggestedFilename() };
}

async function chipGroupsIn(page: Page, svgText: string): Promise<number | string> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return error ? (error.textContent ?? 'parse error') : doc.querySelectorAll('g[data-chip]').length;
  }, svgText);
}

// Chip counts derived by hand: a Trn2 instance is a 4×4 torus = 16; an UltraServer is 4 instances
// of 16 = 64; a 16×16×16 torus is 16³ = 4,096; the TPU v5p pod is 16 × 20 × 28 = 8,960.
const VIEWS = [
  { name: 'instance', link: '/?preset=trn2', chips: 16 },
  { name: 'UltraServer', link: '/?v=1&preset=rainier&level=ultraserver', chips: 64 },
  { name: '16×16×16 torus', link: '/?torus=16x16x16', chips: 4096 },
  { name: 'TPU v5p pod', link: '/?preset=tpu-v5p-pod', chips: 8960 },
];

for (const view of VIEWS) {
  test(`${view.name}: the exported PNG has the screen's colours, the SVG one group per chip`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(view.link);
    await waitForDrawing(page);
    // The canvas's own pixels: hide the panels laid over it (toolbar, legend, description) for the screenshot.
    const overlays = await page.addStyleTag({
      content: '.viewport > :not(:has(canvas)) { visibility: hidden !important; }',
    });
    const screen = PNG.sync.read(await page.locator('.viewport canvas').screenshot());
    await overlays.evaluate((style) => (style as HTMLElement).remove());
    const background = pixel(screen, screen.width - 3, 3);
    const colours = dominantColours(screen, background);
    expect(colours.length).toBeGreaterThan(0);

    await page.getByTestId('share-button').click();
    await page.getByTestId('png-scale').selectOption('1920x1080');
    const png = PNG.sync.read(readFileSync((await save(page, 'save-png')).path));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    // The top right corner holds neither title, legend nor credit: it is background.
    expect(
      close(pixel(png, png.width - 3, 3), background),
      `background ${pixel(png, png.width - 3, 3)} vs ${background}`,
    ).toBe(true);
    for (const colour of colours)
      expect(coverage(png, colour), `on-screen colour rgb(${colour}) in the export`).toBeGreaterThan(0.0005);

    const svg = readFileSync((await save(page, 'save-svg')).path, 'utf8');
    expect(await chipGroupsIn(page, svg)).toBe(view.chips);
  });
}

test('exports have the pixel sizes asked for: 2× the view, 16:9 and 4:3 slides, a custom size', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?preset=trn2-ultraserver');
  await waitForDrawing(page);
  const canvas = (await page.locator('.viewport canvas').boundingBox())!;
  await page.getByTestId('share-button').click();
  // The page is dark (playwright.config emulates it), so a light picture switches the theme for a moment.
  await page.getByTestId('png-background').selectOption('light');
  const sizes: [string, number, number][] = [
    ['2x', Math.round(canvas.width * 2), Math.round(canvas.height * 2)],
    ['3840x2160', 3840, 2160],
    ['1600x1200', 1600, 1200],
  ];
  for (const [choice, width, height] of sizes) {
    await page.getByTestId('png-scale').selectOption(choice);
    const { path, name } = await save(page, 'save-png');
    const png = PNG.sync.read(readFileSync(path));
    expect([png.width, png.height], choice).toEqual([width, height]);
    expect(name).toBe(`clusterscope-trn2-ultraserver-ultraserver-${width}x${height}-light.png`);
  }
  // The light pictures were taken; the page is dark again and still follows the system.
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'light');
  // The address bar follows within its 300 ms debounce; the picture's moment in the other theme may have reached it.
  await expect.poll(() => page.url()).not.toContain('theme=');
  await page.getByTestId('png-scale').selectOption('custom');
  await page.getByTestId('png-custom-size').fill('1000x500');
  await page.getByTestId('png-background').selectOption('transparent');
  const png = PNG.sync.read(readFileSync((await save(page, 'save-png')).path));
  expect([png.width, png.height]).toEqual([1000, 500]);
  expect(png.data[(png.width - 3) * 4 + 3]).toBe(0); // a corner pixel is see-through
  await page.getByTestId('png-custom-size').fill('99999x5');
  await page.getByTestId('save-png').click();
  await expect(page.getByTestId('picture-status')).toContainText('outside');
});

test('the metrics as CSV and JSON', async ({ page }) => {
  await page.goto('/?preset=gb200-nvl72');
  await waitForDrawing(page);
  await page.getByTestId('share-button').click();
  const text = readFileSync((await save(page, 'save-csv')).path, 'utf8');
  expect(text.split('\n')[0]).toBe('key,label,value,unit');
  expect(text).toContain('fp8DenseFlops,"Dense FP8",360000000000000000,"FLOP/s"');

  const doc = JSON.parse(readFileSync((await save(page, 'save-json')).path, 'utf8'));
  expect(doc.metrics.chips).toBe(72);
  expect(doc.units.hbmBandwidth).toBe('B/s');
});

test('presentation mode steps from one chip to the campus with the arrow keys', async ({ page }) => {
  await page.goto('/');
  await waitForDrawing(page);
  await page.getByTestId('share-button').click();
  await page.getByTestId('start-presentation').click();
  const caption = page.getByTestId('presentation');
  await expect(caption).toContainText('One Trainium2');
  await expect(page.locator('.sidebar')).toBeHidden();
  for (const title of [
    'An instance: a 4×4 torus',
    'The UltraServer: a 4×4×4 torus',
    'rack',
    'The cluster',
    'The campus',
  ]) {
    await page.keyboard.press('ArrowRight');
    await expect(caption).toContainText(title);
  }
  await expect(page.getByTestId('tour-caption')).toContainText('GW');
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toContainText('The cluster');
  await page.keyboard.press('Escape');
  await expect(caption).toHaveCount(0);
  await expect(page.locator('.sidebar')).toBeVisible();
});

test('npm run render writes the picture of a link, and rejects a bad link in one line', async () => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(join(tmpdir(), 'clusterscope-render-'));
  const run = (...args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'render', '--', ...args], { encoding: 'utf8', timeout: 110_000 });
  // dist-e2e is the build Playwright's web server has just made.
  const good = run(
    '--url',
    '/?preset=trn2',
    '--out',
    join(folder, 'trn2.png'),
    '--size',
    '800x450',
    '--dist',
    'dist-e2e',
  );
  expect(good.status, good.stderr).toBe(0);
  const png = PNG.sync.read(readFileSync(join(folder, 'trn2.png')));
  expect([png.width, png.height]).toEqual([800, 450]);

  const bad = run('--url', '/?preset=nonsense', '--out', join(folder, 'bad.png'));
  expect(bad.status).toBe(2);
  expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  expect(bad.stderr).toContain('preset');
  expect(bad.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(join(folder, 'bad.png'))).toBe(false);
});
