import { expect, test, type Page } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

/** The stats overlay's count of overlapping label pairs, once the camera has settled and labels followed it. */
async function labelOverlaps(page: Page): Promise<number> {
  const stats = page.getByTestId('stats');
  await expect(stats).toHaveAttribute('data-label-overlaps', /\d+/);
  await page.waitForTimeout(900); // the camera glides for 650 ms
  return Number(await stats.getAttribute('data-label-overlaps'));
}

test('a GB200 NVL72 occupies one rack, and no message says otherwise', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?v=1&preset=gb200-nvl72&level=rack');
  await waitForDrawing(page);
  // 18 compute trays × 4 GPUs, 9 NVLink switch trays, power shelves, liquid cooling: all in the one rack.
  await expect(page.getByTestId('rack-label-hosts')).toContainText('18 compute trays');
  await expect(page.getByTestId('rack-label-switch')).toContainText('9 NVLink switch trays');
  await expect(page.getByTestId('rack-label-cabinet')).toContainText('liquid-cooled');
  await expect(page.getByTestId('site-panel')).toContainText('1 (1 per UltraServer)');
  await expect(page.getByTestId('view-description')).toContainText('all in this rack');
  await expect(page.locator('body')).not.toContainText(/spread over|racks of \d+ kW/);
  expect(errors).toEqual([]);
});

test('the TPU v5p pod lives in its own hall: no view or breadcrumb mentions Indiana', async ({ page }) => {
  const errors = watchErrors(page);
  for (const level of ['campus', 'building', 'rack']) {
    await page.goto(`/?v=1&preset=tpu-v5p-pod&level=${level}`);
    await waitForDrawing(page);
    await expect(page.locator('.breadcrumb')).toContainText('TPU v5p pod hall');
    await expect(page.locator('.viewport')).not.toContainText(/Indiana|New Carlisle/);
    await expect(page.getByTestId('site-panel')).not.toContainText(/Indiana|New Carlisle/);
  }
  // 8,960 chips in 140 racks of one 4×4×4 cube each.
  await expect(page.getByTestId('site-panel')).toContainText('140 (140 per UltraServer)');
  expect(errors).toEqual([]);
});

for (const size of [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
]) {
  test(`campus and building labels never overlap at ${size.width}×${size.height}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    for (const level of ['campus', 'building']) {
      await page.goto(`/?v=1&level=${level}&stats=1`);
      await waitForDrawing(page);
      await expect(page.locator('[data-scene-label]').first()).toBeVisible();
      expect(await labelOverlaps(page), level).toBe(0);
    }
    if (size.width === 1920) {
      // 20,000 UltraServers × 64 = 1,280,000 chips: the campus still draws in a handful of instanced meshes.
      await page.goto('/?v=1&level=campus&us=20000&stats=1');
      await waitForDrawing(page);
      expect(await labelOverlaps(page)).toBe(0);
      expect(Number(await page.getByTestId('stats').getAttribute('data-draw-calls'))).toBeLessThanOrEqual(20);
    }
    expect(errors).toEqual([]);
  });
}

for (const theme of ['dark', 'light']) {
  test(`campus, building and rack pictures in the ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    for (const [preset, level] of [
      ['rainier', 'campus'],
      ['rainier', 'building'],
      ['gb200-nvl72', 'rack'],
    ]) {
      await page.goto(`/?v=1&preset=${preset}&level=${level}&theme=${theme}`);
      await waitForDrawing(page, theme === 'light' ? 0 : 0.02);
      await page.waitForTimeout(900);
      await expect(page.locator('.viewport .scene')).toHaveScreenshot(`${level}-${theme}.png`, {
        maxDiffPixelRatio: 0.02,
      });
    }
  });
}
