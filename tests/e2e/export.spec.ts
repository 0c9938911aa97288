import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { waitForDrawing } from './helpers';

test('a 2× PNG export has twice the view’s pixel size, and drew something', async ({ page }) => {
  await page.goto('/?preset=trn2-ultraserver');
  await waitForDrawing(page);
  const canvas = (await page.locator('.viewport canvas').boundingBox())!;
  await page.getByTestId('share-button').click();
  await page.getByTestId('png-scale').selectOption('2');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-png').click()]);
  const png = PNG.sync.read(readFileSync((await download.path())!));
  expect(png.width).toBe(Math.round(canvas.width * 2));
  expect(png.height).toBe(Math.round(canvas.height * 2));
  let drawn = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! > 200) drawn++;
  expect(drawn / (png.width * png.height)).toBeGreaterThan(0.02);
  expect(download.suggestedFilename()).toMatch(/^clusterscope-trn2-ultraserver-ultraserver-\d+x\d+-dark\.png$/);
});

test('a slide-sized transparent PNG, and the metrics as CSV and JSON', async ({ page }) => {
  await page.goto('/?preset=gb200-nvl72');
  await waitForDrawing(page);
  await page.getByTestId('share-button').click();
  await page.getByTestId('png-scale').selectOption('slide');
  await page.getByTestId('png-background').selectOption('transparent');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-png').click()]);
  const image = PNG.sync.read(readFileSync((await png.path())!));
  expect([image.width, image.height]).toEqual([1920, 1080]);
  expect(image.data[3]).toBe(0); // a corner pixel is see-through

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-csv').click()]);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.split('\n')[0]).toBe('key,label,value,unit');
  expect(text).toContain('fp8DenseFlops,"Dense FP8",360000000000000000,"FLOP/s"');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-json').click()]);
  const doc = JSON.parse(readFileSync((await json.path())!, 'utf8'));
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
