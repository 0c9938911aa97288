import { expect, test, type Page } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

/**
 * Records the longest main-thread task (Long Tasks API) from the page's first script on, so a
 * test can read it after the clicks or the load it cares about.
 */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longestTask: number };
    w.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longestTask = Math.max(w.__longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}
const longestTask = (page: Page) => page.evaluate(() => (window as unknown as { __longestTask: number }).__longestTask);
const resetLongestTask = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __longestTask: number }).__longestTask = 0;
  });

/** Where a chip is drawn once the camera has stopped moving (framing eases in over a second or so). */
async function chipPoint(page: Page, chip: number) {
  const box = (await page.locator('canvas').first().boundingBox())!;
  const at = () => page.evaluate((c) => window.__clusterscope!.chipOnScreen(c), chip);
  let p = await at();
  await expect
    .poll(
      async () => {
        const before = p;
        await page.waitForTimeout(250);
        p = await at();
        return before !== null && p !== null && Math.hypot(p.x - before.x, p.y - before.y) < 0.5;
      },
      { message: `chip ${chip} is on screen and still`, timeout: 15_000 },
    )
    .toBe(true);
  return { x: box.x + p!.x, y: box.y + p!.y };
}

/**
 * Issue #16's budget: no task may block the main thread for more than 200 ms. This is a
 * timing figure, which the project's tests otherwise never assert on; the issue asks for this
 * check, so it is made with a wide margin: here WebGL is software (SwiftShader or llvmpipe) on
 * two cores shared with other jobs, where compiling a new shader alone can take 250 ms. The
 * freezes it guards against blocked for 6 s (three clicks) and 84 s (a link).
 */
const LONGEST_TASK_BUDGET_MS = 200;
const SOFTWARE_GL_MARGIN = 3;

/** Records a measured figure in the test report, whatever the assertion says. */
const report = (type: string, value: number, unit: string) =>
  test.info().annotations.push({ type, description: `${Math.round(value)} ${unit}` });

test('the three-click freeze: chip 63, chip 0, then the Chip button in the Trn2 UltraServer view', async ({ page }) => {
  const errors = watchErrors(page);
  await watchLongTasks(page);
  await page.goto('/?v=1&preset=trn2-ultraserver&level=ultraserver');
  await waitForDrawing(page);
  // Chip 63 is the far corner of the 4×4×4 torus; chip 0 the near one. The clock starts once
  // the view rests (its settled frame is drawn with a heavier antialiasing pass).
  const far = await chipPoint(page, 63);
  await page.waitForTimeout(1000);
  await resetLongestTask(page);
  await page.mouse.click(far.x, far.y);
  await expect(page.getByTestId('selected-chip')).toContainText('Chip 63');
  const near = await chipPoint(page, 0);
  await page.mouse.click(near.x, near.y);
  await expect(page.getByTestId('path-summary')).toContainText('Chip 63 → chip 0');
  await page.getByTestId('level-chip').click();

  await expect(page.getByTestId('crumb-current')).toHaveText('Chip 0');
  // The chip level belongs to one instance (chips 0–15): chip 63 is dropped, and a notice says so.
  await expect(page.getByTestId('notices')).toContainText(
    'Dropped chip 63 from the selection: the chip view belongs to one instance, chips 0–15.',
  );
  await expect(page.getByText('hit a problem')).toHaveCount(0);
  await waitForDrawing(page);
  // The address bar now links to what is on screen, which no longer carries chip 63.
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('0');
  const longest = await longestTask(page);
  report('longest task during the clicks', longest, 'ms');
  expect(longest).toBeLessThan(LONGEST_TASK_BUDGET_MS * SOFTWARE_GL_MARGIN);
  expect(errors).toEqual([]);
});

test('the links the three clicks used to write open without freezing, and say what they left out', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?v=1&preset=trn2-ultraserver&level=instance&sel=63,0');
  await waitForDrawing(page);
  await expect(page.getByTestId('notices')).toContainText('Ignored 1 of 2 entries in sel="63,0"');
  await expect(page.getByTestId('selected-chip')).toContainText('Chip 0');

  await page.goto('/?v=1&preset=rainier&level=chip&focus=63&sel=63,0&failchips=63');
  await waitForDrawing(page);
  await expect(page.getByTestId('crumb-current')).toHaveText('Chip 63');
  await expect(page.getByTestId('notices')).toContainText('failchips');
  // Before the fix these never reached a first frame: the path walk looped inside the render.
  await expect(page.getByText('hit a problem')).toHaveCount(0);
  expect(errors).toEqual([]);
});
