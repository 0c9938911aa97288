import { expect, test } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

test('no request leaves the page’s own origin, and the built page carries a content security policy', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/?preset=trn2-ultraserver');
  await waitForDrawing(page);
  // Visit the lazily loaded views too.
  for (const tab of ['controls', 'compare', 'metrics']) await page.getByTestId(`tab-${tab}`).click();
  await expect(page.getByTestId('metric-chips')).toBeVisible();
  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(2);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
});

test('a lost WebGL context shows a flat drawing and the 3D view comes back without a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?preset=trn2');
  await waitForDrawing(page);
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
  });
  await expect(page.getByTestId('webgl-note')).toContainText('lost its graphics context');
  await expect(page.getByTestId('flat-drawing')).toBeVisible();
  await expect(page.getByTestId('metric-chips')).toContainText('16');
  // The flat drawing sits under the view controls, which keep working while the context is lost.
  await page.getByTestId('level-chip').click();
  await expect(page.getByTestId('crumb-current')).toContainText('Chip');
  await page.getByTestId('level-instance').click();
  await expect(page.getByTestId('crumb-current')).toHaveText('Instance');

  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(page.getByTestId('webgl-note')).toHaveCount(0);
  // Nudge a frame: the restored renderer redraws on demand.
  await page.getByTestId('reset-view').click();
  await waitForDrawing(page);
  expect(errors.filter((e) => !/context/i.test(e))).toEqual([]);
});
