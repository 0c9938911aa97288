import { expect, test, type Page } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

/**
 * Project Rainier's panel, every figure derived by hand from the sourced per-chip figures (Trainium2:
 * 1,299 TFLOP/s dense FP8, 2,563 sparse, 667 BF16, 181 FP32, 96 GiB HBM at 2.9 TB/s, 4 links of
 * 256 GB/s and 2 of 128 GB/s; 16 chips and 2 TiB per host, 2,500 W; 100 W overhead; PUE 1.14).
 */
const RAINIER: Record<string, string> = {
  chips: '499,968', // 7,812 UltraServers × 64 chips
  chipsPerUltraServer: '64', // 4 instances × 4×4 chips
  ultraServers: '7,812',
  hosts: '31,248', // 7,812 × 4 hosts of 16 chips
  fp8DenseFlops: '649.5 EFLOP/s', // 499,968 × 1,299 TFLOP/s = 649,458,432 TFLOP/s
  fp8SparseFlops: '1.281 ZFLOP/s', // 499,968 × 2,563 TFLOP/s = 1.2814 × 10²¹ FLOP/s
  bf16DenseFlops: '333.5 EFLOP/s', // 499,968 × 667 TFLOP/s = 333,478,656 TFLOP/s
  fp32DenseFlops: '90.49 EFLOP/s', // 499,968 × 181 TFLOP/s = 90,494,208 TFLOP/s
  hbmBytes: '46,870 TiB (51.54 PB)', // 499,968 × 96 GiB = 47,996,928 GiB = 46,872 TiB = 5.1536 × 10¹⁶ B
  hbmBandwidth: '1.45 EB/s', // 499,968 × 2.9 TB/s = 1,449,907 TB/s
  hostMemoryBytes: '62,500 TiB (68.72 PB)', // 31,248 hosts × 2 TiB = 62,496 TiB → four digits 62,500
  scaleUpBandwidthPerChip: '1.28 TB/s', // 4 × 256 GB/s + 2 × 128 GB/s
  scaleUpBandwidthPerUltraServer: '81.92 TB/s', // 64 × 1.28 TB/s
  bisectionBandwidth: '2.048 TB/s', // cut across the 4-instance ring: 2 × 16 links × 64 GB/s one way
  diameterHops: '6 hops', // ⌊4/2⌋ × 3 dimensions
  averageHops: '3.05 hops', // 3 rings of 4 averaging 1 hop, × 64/63 over distinct pairs = 3.048
  scaleOutBandwidthPerChip: '25 GB/s', // EFA 200 Gb/s per chip = 25 GB/s one way
  scaleOutBandwidth: '12.5 PB/s', // 499,968 × 25 GB/s = 12,499.2 TB/s
  chipPowerWatts: '250 MW', // 499,968 × 500 W = 249.98 MW
  itPowerWatts: '378.1 MW', // × (500 + 2,500/16 + 100) W = 756.25 W per chip
  facilityPowerWatts: '431 MW', // 378.1 MW × PUE 1.14 = 431.03 MW
};

async function expectPanel(page: Page, expected: Record<string, string>) {
  for (const [key, text] of Object.entries(expected))
    await expect(page.getByTestId(`metric-${key}`).first(), key).toContainText(text);
}

test('opens on Project Rainier with a drawn 4×4 torus and the model’s numbers, without console errors', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByTestId('preset-picker')).toHaveValue('rainier');
  await expect(page.getByTestId('view-description')).toContainText('4×4 2D torus');
  await waitForDrawing(page);
  await expectPanel(page, RAINIER);
  expect(errors).toEqual([]);
});

test('?preset= opens another system and the panel follows the model', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?preset=gb200-nvl72');
  await expect(page.getByTestId('preset-picker')).toHaveValue('gb200-nvl72');
  await waitForDrawing(page);
  // 72 GB200 GPUs × 5 PFLOP/s dense FP8 (10 sparse), 186 GB HBM at 8 TB/s each; 18 NVLink switches.
  await expectPanel(page, {
    chips: '72',
    fp8DenseFlops: '360 PFLOP/s',
    fp8SparseFlops: '720 PFLOP/s',
    hbmBandwidth: '576 TB/s', // 72 × 8 TB/s
    scaleUpBandwidthPerChip: '1.8 TB/s', // NVLink 5, both directions
    diameterHops: '2 hops', // chip → switch → chip
  });

  // Choosing a preset from the picker recomputes at once.
  await page.getByTestId('preset-picker').selectOption('trn2-ultraserver');
  await expectPanel(page, {
    chips: '64',
    fp8DenseFlops: '83.14 PFLOP/s', // 64 × 1,299 TFLOP/s = 83,136 TFLOP/s
    hbmBytes: '6,144 GiB', // 64 × 96 GiB, as AWS prints it
    facilityPowerWatts: '55.18 kW', // 64 × 756.25 W × 1.14 = 55,176 W
    diameterHops: '6 hops',
    averageHops: '3.05 hops',
  });
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
