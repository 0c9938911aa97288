import { expect, test, type Page } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

/** Clicks the box with this id of a named instanced mesh (buildings, racks, trays). */
async function clickBox(page: Page, name: string, id: number) {
  const canvas = (await page.locator('canvas').first().boundingBox())!;
  let p: { x: number; y: number } | null = null;
  await expect
    .poll(
      async () =>
        (p = await page.evaluate(([n, i]) => window.__clusterscope!.boxOnScreen(n as string, i as number), [name, id])),
    )
    .not.toBeNull();
  await page.waitForTimeout(800); // the camera glides for 650 ms
  p = await page.evaluate(([n, i]) => window.__clusterscope!.boxOnScreen(n as string, i as number), [name, id]);
  await page.mouse.click(canvas.x + p!.x, canvas.y + p!.y);
}

test('descend from the campus to one chip by clicks, and climb back by breadcrumb and Escape', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await waitForDrawing(page);

  await page.getByTestId('crumb-campus').click();
  await expect(page.getByTestId('crumb-current')).toHaveText('New Carlisle, Indiana');
  await expect(page.getByTestId('site-binding')).toHaveText('power');
  await expect(page.getByTestId('building-label-0')).toContainText('chips');
  await waitForDrawing(page);

  await clickBox(page, 'buildings', 1);
  await expect(page.getByTestId('crumb-current')).toContainText('Building 2');
  await waitForDrawing(page);

  await clickBox(page, 'racks', 3000);
  await expect(page.getByTestId('crumb-current')).toContainText(/Row \d+, rack \d+/);
  await expect(page.getByTestId('view-description')).toContainText('UltraServer 1501');
  await waitForDrawing(page);

  await clickBox(page, 'trays', 0);
  await expect(page.getByTestId('crumb-current')).toHaveText('UltraServer 1501');
  await expect(page.getByTestId('view-description')).toContainText('4×4×4 3D torus');

  await page.getByTestId('level-instance').click();
  await page.getByTestId('level-chip').click();
  await expect(page.getByTestId('crumb-current')).toHaveText('Chip 0');
  await waitForDrawing(page);

  // Back up: Escape climbs one level at a time, the breadcrumb jumps.
  await page.locator('body').press('Escape');
  await expect(page.getByTestId('crumb-current')).toHaveText('Instance');
  await page.getByTestId('crumb-rack').click();
  await expect(page.getByTestId('crumb-current')).toContainText(/Row \d+, rack \d+/);
  await page.getByTestId('crumb-campus').click();
  await expect(page.getByTestId('crumb-current')).toHaveText('New Carlisle, Indiana');
  expect(errors).toEqual([]);
});
