import { expect, test, type Page } from '@playwright/test';
import { evaluate, PRESETS, type ClusterConfig } from '../../src/model/index';
import { METRIC_ROWS, formatMetric } from '../../src/ui/metricRows';
import { watchErrors } from './helpers';

const row = (key: string) => METRIC_ROWS.find((r) => r.key === key)!;

async function expectMetric(page: Page, key: string, config: ClusterConfig) {
  await expect(page.getByTestId(`metric-${key}`)).toContainText(formatMetric(row(key), evaluate(config)));
}

const field = (page: Page, key: string) => page.getByTestId(`field-${key}`).locator('input').first();

test('editing torus dims, chip count and link bandwidth moves the metrics to the model’s values; nonsense is refused', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?preset=trn2-ultraserver');
  await page.getByTestId('tab-controls').click();
  const base = PRESETS['trn2-ultraserver'].config;

  // Torus dims 8×8 per instance (256 chips in the UltraServer).
  await page.getByTestId('field-instanceDims').locator('input').fill('8x8');
  let config: ClusterConfig = { ...base, instanceDims: [8, 8] };
  await expectMetric(page, 'chips', config);
  await expectMetric(page, 'diameterHops', config);
  await expectMetric(page, 'bisectionBandwidth', config);

  // 100 UltraServers.
  await field(page, 'ultraServers').fill('100');
  config = { ...config, ultraServers: 100 };
  await expectMetric(page, 'chips', config);
  await expectMetric(page, 'fp8DenseFlops', config);
  await expectMetric(page, 'facilityPowerWatts', config);

  // Twice the in-instance link bandwidth (typed in GB/s).
  await field(page, 'intraLinkBandwidth').fill('512');
  config = { ...config, intraLinkBandwidth: 512e9 };
  await expectMetric(page, 'scaleUpBandwidthPerChip', config);
  await expectMetric(page, 'scaleUpBandwidthPerUltraServer', config);

  // Refusals: each shows the allowed range at the field, and the last valid value stays in force.
  for (const [key, text] of [
    ['ultraServers', '-5'],
    ['ultraServers', 'abc'],
    ['ultraServers', '1e12'],
    ['ultraServers', 'NaN'],
    ['pue', '0.5'],
  ] as const) {
    await field(page, key).fill(text);
    await expect(page.getByTestId(`field-${key}`).getByRole('alert')).toContainText('allowed');
    await expectMetric(page, 'chips', config);
  }
  await page.getByTestId('field-instanceDims').locator('input').fill('0x4');
  await expect(page.getByTestId('field-instanceDims').getByRole('alert')).toContainText('1–32');
  await expectMetric(page, 'chips', config);
  // 65,536 UltraServers of 256 chips is past the model's 4M-chip ceiling: refused as a whole.
  await field(page, 'ultraServers').fill('65536');
  await expect(page.getByTestId('field-ultraServers').getByRole('alert')).toContainText('more than');
  await expectMetric(page, 'chips', config);

  await page.getByTestId('reset-config').click();
  await expectMetric(page, 'chips', base);
  expect(errors).toEqual([]);
});

test('the article’s 4× sparse speed-up gives 83.2 / 332.8 PFLOP/s, and reset returns to AWS’s figure', async ({
  page,
}) => {
  await page.goto('/?preset=trn2-ultraserver');
  await page.getByTestId('tab-controls').click();
  await page.getByTestId('field-sparseSpeedup').locator('input').fill('4');
  await expect(page.getByTestId('metric-fp8SparseFlops')).toContainText('332.5 PFLOP/s');
  await page.getByTestId('field-fp8Sparse').getByRole('button', { name: /Reset/ }).click();
  await expect(page.getByTestId('metric-fp8SparseFlops')).toContainText('164 PFLOP/s');
});

test('comparing the Trn2 UltraServer with GB200 NVL72 shows the article’s rows and flags its differences', async ({
  page,
}) => {
  await page.goto('/?preset=trn2-ultraserver');
  await page.getByTestId('tab-compare').click();
  const table = page.getByTestId('compare-table');
  for (const r of ['Accelerators', 'HBM', 'Memory BW', 'Interconnect BW', 'Dense FP8', 'Sparse FP8'])
    await expect(table).toContainText(r);
  const published = page.getByTestId('compare-published');
  await expect(published).toContainText('68TB/s');
  await expect(published).toContainText('332.8 petaFLOPS');
  await expect(published).toContainText('C3');
  await expect(published).toContainText('C1');
  expect(await page.getByTestId('compare-flag').count()).toBeGreaterThanOrEqual(2);
});

test('site power and buildings are editable, and the binding limit follows', async ({ page }) => {
  await page.goto('/?v=1&preset=rainier&level=campus');
  await expect(page.getByTestId('site-binding')).toHaveText('power');
  await page.getByTestId('tab-controls').click();
  await page.getByTestId('field-sitePowerLimitWatts').locator('input').first().fill('100000');
  await page.getByTestId('field-buildings').locator('input').first().fill('0');
  await expect(page.getByTestId('field-buildings').getByRole('alert')).toContainText('allowed');
  await page.getByTestId('tab-metrics').click();
  await expect(page.getByTestId('site-binding')).toHaveText('floor space');
  await expect(page.getByTestId('crumb-current')).toHaveText('New Carlisle, Indiana');
});
