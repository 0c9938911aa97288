import { expect, test, type Page } from '@playwright/test';
import { torusDistance } from '../../src/model/index';
import { waitForDrawing, watchErrors } from './helpers';

/** Where a chip is drawn, in page coordinates. */
async function chipPoint(page: Page, chip: number) {
  const box = (await page.locator('canvas').first().boundingBox())!;
  const p = await page.evaluate((c) => window.__clusterscope!.chipOnScreen(c), chip);
  expect(p, `chip ${chip} is on screen`).not.toBeNull();
  return { x: box.x + p!.x, y: box.y + p!.y };
}

async function drawCalls(page: Page) {
  const stats = page.getByTestId('stats');
  await expect(stats).toHaveAttribute('data-draw-calls', /[1-9]/);
  return Number(await stats.getAttribute('data-draw-calls'));
}

test('hover and click chips of the 4×4 torus; the path’s hop count is the model’s distance', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?preset=trn2');
  await waitForDrawing(page);
  // Let the camera finish framing the view.
  await page.waitForTimeout(900);

  const a = await chipPoint(page, 12);
  await page.mouse.move(a.x, a.y);
  const tooltip = page.getByTestId('hover-tooltip');
  await expect(tooltip).toContainText(/Chip \d+ \(\d, \d\)/);
  const hovered = Number((await tooltip.textContent())!.match(/Chip (\d+)/)![1]);

  await page.mouse.click(a.x, a.y);
  await expect(page.getByTestId('selected-chip')).toContainText(`Chip ${hovered}`);

  const b = await chipPoint(page, 3);
  await page.mouse.click(b.x, b.y);
  const summary = page.getByTestId('path-summary');
  await expect(summary).toBeVisible();
  const text = (await summary.textContent())!;
  const [from, to] = text
    .match(/Chip (\d+) → chip (\d+)/)!
    .slice(1)
    .map(Number);
  const expected = torusDistance([4, 4], from!, to!);
  expect(expected).toBeGreaterThan(0);
  await expect(page.getByTestId('path-hops')).toHaveText(String(expected));
  await expect(page.getByTestId('model-distance')).toHaveText(String(expected));
  expect(errors).toEqual([]);
});

test('the keyboard reaches every chip and link through the inspector', async ({ page }) => {
  await page.goto('/?preset=trn2-ultraserver');
  await waitForDrawing(page);
  await page.getByTestId('chip-input').fill('5');
  await expect(page.getByTestId('selected-chip')).toContainText('Chip 5 at (1, 1, 0)');
  const neighbors = page.getByTestId('neighbors').getByRole('button', { name: /^Select chip/ });
  await expect(neighbors).toHaveCount(6);
  // Chip 5 is (1,1,0): its −z neighbor wraps around to the fourth instance, (1,1,3) = chip 53.
  await page.getByRole('button', { name: 'Path from chip 5 to chip 53' }).click();
  await expect(page.getByTestId('path-hops')).toHaveText('1');
  // The inspector now shows chip 53; its first neighbor (+x) is (2,1,3) = chip 54, one key press away.
  await expect(page.getByTestId('selected-chip')).toContainText('Chip 53');
  await page.getByRole('button', { name: /^Select chip 54/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('selected-chip')).toContainText('Chip 54 at (2, 1, 3)');
});

test('levels switch and each one draws; a 16×16×16 torus costs the draw calls of a 4×4 plus its fixed ring overlay', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?preset=trn2-ultraserver&stats=1');
  await waitForDrawing(page);
  const ultraServerCalls = await drawCalls(page);

  await page.getByTestId('level-instance').click();
  await expect(page.getByTestId('view-description')).toContainText('4×4 2D torus');
  await waitForDrawing(page);
  const instanceCalls = await drawCalls(page);

  await page.getByTestId('level-chip').click();
  await expect(page.getByTestId('view-description')).toContainText('up close');
  await waitForDrawing(page);

  await page.getByTestId('level-ultraserver').click();
  await expect(page.getByTestId('view-description')).toContainText('4×4×4 3D torus');

  await expect(page.getByTestId('torus-dims')).toHaveAttribute('placeholder', '4×4');
  await page.getByTestId('torus-dims').fill('16x16x16');
  await page.keyboard.press('Enter');
  // It says what it replaces before it does: the 4-instance UltraServer becomes one 4,096-chip domain.
  await expect(page.getByTestId('torus-warning')).toContainText('4×4 instance torus');
  await expect(page.getByTestId('torus-warning')).toContainText('one 4,096-chip 16×16×16 domain');
  await page.getByTestId('torus-confirm').click();
  await expect(page.getByTestId('view-description')).toContainText('4,096');
  await waitForDrawing(page);
  await page.waitForTimeout(800);
  const bigCalls = await drawCalls(page);
  // A dense torus adds one fixed overlay, the rings through its focus chip (straight and wrap-around sets):
  // two draw calls, whatever the chip count.
  expect(bigCalls).toBe(instanceCalls + 2);
  expect(ultraServerCalls).toBe(instanceCalls);
  await expect(page.getByTestId('metric-diameterHops')).toContainText('24 hops');

  // Nonsense is refused at the field and the torus in view stays.
  await page.getByTestId('torus-dims').fill('0x4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('1–32');
  await expect(page.getByTestId('view-description')).toContainText('4,096');
  expect(errors).toEqual([]);
});

test('a ring all-reduce steps over the links with the model’s step count; the donut draws', async ({ page }) => {
  await page.goto('/?preset=trn2');
  await waitForDrawing(page);
  await page.getByTestId('collective-kind').selectOption('ring');
  await expect(page.getByTestId('collective-step')).toHaveText('Step 1 of 30');
  await page.getByTestId('collective-next').click();
  await expect(page.getByTestId('collective-step')).toHaveText('Step 2 of 30');
  await page.getByTestId('collective-kind').selectOption('torus');
  // Per-dimension rings on 4×4: 2 × (3 + 3) steps.
  await expect(page.getByTestId('collective-step')).toHaveText('Step 1 of 12');
  await page.getByTestId('collective-play').click();
  await expect(page.getByTestId('collective-step')).not.toHaveText('Step 1 of 12', { timeout: 5000 });

  await page.getByTestId('donut-toggle').check();
  await waitForDrawing(page);
});
