import { expect, test } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

// A browser without WebGL: Chromium with its GPU and software rasterizer turned off.
test.use({ launchOptions: { executablePath: findChromium(), args: chromiumArgs({ webgl: false }) } });

test('without WebGL the app says so, draws a flat picture and keeps every number', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/?preset=trn2-ultraserver');
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') === null)).toBe(true);
  await expect(page.getByTestId('webgl-note')).toContainText('WebGL is not available');
  await expect(page.getByTestId('flat-drawing')).toBeVisible();
  expect(await page.getByTestId('flat-drawing').locator('rect').count()).toBe(64);
  await expect(page.getByTestId('metric-chips')).toContainText('64');
  await expect(page.getByTestId('metric-fp8DenseFlops')).toContainText('83.14 PFLOP/s');
  // The 3D renderer is never downloaded.
  expect(requests.some((u) => u.includes('ClusterCanvas'))).toBe(false);
  // The chip level draws the chip; the campus draws the site plan.
  await page.getByTestId('level-chip').click();
  await expect(page.getByTestId('flat-drawing')).toHaveAttribute('aria-label', /one chip/);
  await page.getByTestId('crumb-campus').click();
  await expect(page.getByTestId('flat-drawing')).toHaveAttribute('aria-label', /campus/);
});
