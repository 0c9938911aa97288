import { expect, test, type Page } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

/** Waits for the stats overlay to have counted the labels after the camera settled, and returns the count. */
async function labelOverlaps(page: Page): Promise<number> {
  const stats = page.getByTestId('stats');
  await expect(stats).toHaveAttribute('data-label-overlaps', /\d+/);
  await page.waitForTimeout(900); // the camera glides for 650 ms; labels follow it
  return Number(await stats.getAttribute('data-label-overlaps'));
}

for (const size of [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
]) {
  test(`campus and building labels never overlap at ${size.width}×${size.height}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    await page.goto('/?v=1&level=campus&stats=1');
    await waitForDrawing(page);
    await expect(page.locator('[data-scene-label]').first()).toBeVisible();
    expect(await labelOverlaps(page)).toBe(0);
    await page.screenshot({ path: `/tmp/homes-campus/campus-${size.width}.png` });

    await page.goto('/?v=1&level=building&stats=1');
    await waitForDrawing(page);
    expect(await labelOverlaps(page)).toBe(0);
    await page.screenshot({ path: `/tmp/homes-campus/building-${size.width}.png` });
    expect(errors).toEqual([]);
  });
}
