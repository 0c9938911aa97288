import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

// Chromium with its GPU and software rasterizer off, as in noWebgl.spec.ts.
test.use({ launchOptions: { executablePath: findChromium(), args: chromiumArgs({ webgl: false }) } });

test('without WebGL the SVG export saves the flat drawing, one rectangle per chip; PNG is off', async ({ page }) => {
  await page.goto('/?preset=trn2-ultraserver');
  await expect(page.getByTestId('flat-drawing')).toBeVisible();
  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('save-png')).toBeDisabled();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-svg').click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  // An UltraServer is 4 instances × 16 chips = 64 rectangles.
  const rects = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return doc.querySelector('parsererror') ? -1 : doc.querySelectorAll('rect').length;
  }, svg);
  expect(rects).toBe(64);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
});
