import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

async function expectMetric(page: Page, key: string, text: string) {
  await expect(page.getByTestId(`metric-${key}`), key).toContainText(text);
}

const field = (page: Page, key: string) => page.getByTestId(`field-${key}`).locator('input').first();

test('editing torus dims, chip count and link bandwidth moves the metrics to the model’s values; nonsense is refused', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?preset=trn2-ultraserver');
  await page.getByTestId('tab-controls').click();
  // Torus dims 8×8 per instance: 4 instances of 64 = 256 chips in an 8×8×4 torus.
  await page.getByTestId('field-instanceDims').locator('input').fill('8x8');
  await expectMetric(page, 'chips', '256');
  await expectMetric(page, 'diameterHops', '10 hops'); // 4 + 4 + 2
  // Cut across the 4-instance ring: 2 × 64 links × 64 GB/s one way = 8.192 TB/s; across an 8-ring
  // inside instances: 2 × 32 links × 128 GB/s = 8.192 TB/s too.
  await expectMetric(page, 'bisectionBandwidth', '8.192 TB/s');

  // 100 UltraServers: 25,600 chips.
  await field(page, 'ultraServers').fill('100');
  await expectMetric(page, 'chips', '25,600');
  await expectMetric(page, 'fp8DenseFlops', '33.25 EFLOP/s'); // 25,600 × 1,299 TFLOP/s = 33,254 PFLOP/s
  await expectMetric(page, 'facilityPowerWatts', '22.07 MW'); // 25,600 × 756.25 W × 1.14 = 22,070,400 W

  // Twice the in-instance link bandwidth (typed in GB/s): 4 × 512 + 2 × 128 GB/s = 2.304 TB/s per chip.
  await field(page, 'intraLinkBandwidth').fill('512');
  await expectMetric(page, 'scaleUpBandwidthPerChip', '2.304 TB/s');
  await expectMetric(page, 'scaleUpBandwidthPerUltraServer', '589.8 TB/s'); // 256 × 2.304 TB/s

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
    await expectMetric(page, 'chips', '25,600');
  }
  await page.getByTestId('field-instanceDims').locator('input').fill('0x4');
  await expect(page.getByTestId('field-instanceDims').getByRole('alert')).toContainText('1–32');
  await expectMetric(page, 'chips', '25,600');
  // 65,536 UltraServers of 256 chips is past the model's 4M-chip ceiling: refused as a whole.
  await field(page, 'ultraServers').fill('65536');
  await expect(page.getByTestId('field-ultraServers').getByRole('alert')).toContainText('more than');
  await expectMetric(page, 'chips', '25,600');

  await page.getByTestId('reset-config').click();
  await expectMetric(page, 'chips', '64');
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
  // Compare opens on the seed article's first pair; the second is one click away.
  await expect(page.getByTestId('compare-table').locator('thead')).toContainText('Trn2 instance (trn2.48xlarge)');
  await page.getByTestId('compare-pair-1').click();
  const table = page.getByTestId('compare-table');
  for (const r of ['Accelerators', 'HBM', 'Memory BW', 'Interconnect BW', 'Dense FP8', 'Sparse FP8'])
    await expect(table).toContainText(r);
  const published = page.getByTestId('compare-published');
  await expect(published).toContainText('68TB/s');
  await expect(published).toContainText('332.8 petaFLOPS');
  await expect(published).toContainText('C3');
  await expect(published).toContainText('C1');
  expect(await page.getByTestId('compare-flag').count()).toBeGreaterThanOrEqual(2);

  // Equal chips, chosen from the keyboard: the UltraServer's 64 chips scale by 72 ÷ 64 to the NVL72's 72,
  // so dense FP8 reads 72 × 1,299 TFLOP/s = 93.53 PFLOP/s, 0.26× the NVL72's 360 PFLOP/s; the link keeps it.
  await page.getByTestId('compare-basis-configured').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('compare-basis-chips')).toBeChecked();
  await expect(page.getByTestId('compare-row-dense-fp8')).toContainText('93.53 PFLOP/s');
  await expect(page.getByTestId('compare-row-dense-fp8')).toContainText('0.26×');
  await expect.poll(() => page.url()).toContain('basis=chips');
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
