import { expect, test } from '@playwright/test';

test('changing MFU changes the days to train by the model’s ratio; nonsense is refused', async ({ page }) => {
  await page.goto('/?preset=trn2-ultraserver');
  await page.getByTestId('tab-training').click();
  const days = page.getByTestId('train-days');
  await expect(days).toBeVisible();
  const at40 = Number(await days.getAttribute('data-value'));
  // The default run, by hand: 6 FLOP × 405e9 parameters × 15.6e12 tokens = 3.7908 × 10²⁵ FLOP, on 64 Trainium2
  // at 667 TFLOP/s dense BF16 × 40% MFU = 1.70752 × 10¹⁶ FLOP/s: 2.2201 × 10⁹ s = 25,695 days with nothing failing.
  const expected = (6 * 405e9 * 15.6e12) / (64 * 667e12 * 0.4) / 86_400;
  expect(at40).toBeCloseTo(expected, 6);

  const mfu = page.getByTestId('train-mfu');
  await mfu.fill('20');
  await expect(days).not.toHaveAttribute('data-value', String(at40));
  expect(Number(await days.getAttribute('data-value'))).toBeCloseTo(at40 * 2, 6);

  await mfu.fill('-5');
  await expect(page.getByRole('alert').first()).toContainText('allowed');
  expect(Number(await days.getAttribute('data-value'))).toBeCloseTo(at40 * 2, 6);
  await expect(page.getByTestId('goodput-fraction')).toBeVisible();
});
