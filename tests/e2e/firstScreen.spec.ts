import { expect, test } from '@playwright/test';
import { evaluate, PRESETS, type PresetId } from '../../src/model/index';
import { METRIC_ROWS, formatMetric } from '../../src/ui/metricRows';
import { waitForDrawing, watchErrors } from './helpers';

/** The panel must show exactly what the model computes, formatted as the UI formats it. */
async function expectPanelShowsModel(page: import('@playwright/test').Page, id: PresetId) {
  const metrics = evaluate(PRESETS[id].config);
  for (const row of METRIC_ROWS) {
    await expect(page.getByTestId(`metric-${row.key}`).first(), row.key).toContainText(formatMetric(row, metrics));
  }
}

test('opens on Project Rainier with a drawn 4×4 torus and the model’s numbers, without console errors', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByTestId('preset-picker')).toHaveValue('rainier');
  await expect(page.getByTestId('view-description')).toContainText('4×4 2D torus');
  await waitForDrawing(page);
  await expectPanelShowsModel(page, 'rainier');
  await expect(page.getByTestId('metric-chips')).toContainText('499,968');
  expect(errors).toEqual([]);
});

test('?preset= opens another system and the panel follows the model', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?preset=gb200-nvl72');
  await expect(page.getByTestId('preset-picker')).toHaveValue('gb200-nvl72');
  await waitForDrawing(page);
  await expectPanelShowsModel(page, 'gb200-nvl72');
  await expect(page.getByTestId('metric-fp8DenseFlops')).toContainText('360 PFLOP/s');

  // Choosing a preset from the picker recomputes at once.
  await page.getByTestId('preset-picker').selectOption('trn2-ultraserver');
  await expectPanelShowsModel(page, 'trn2-ultraserver');
  await expect(page.getByTestId('metric-diameterHops')).toContainText('6 hops');
  await expect(page.getByTestId('metric-averageHops')).toContainText('3.05 hops');
  expect(errors).toEqual([]);
});

test('an unknown preset in the link is reported and the app keeps working', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?preset=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  const notice = page.getByTestId('notices');
  await expect(notice).toContainText('Unknown preset');
  await expect(notice).toContainText('<script>alert(1)</script>');
  await expect(page.locator('.notice script')).toHaveCount(0);
  await expect(page.getByTestId('preset-picker')).toHaveValue('rainier');
  await waitForDrawing(page);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toHaveCount(0);
  expect(errors).toEqual([]);
});
