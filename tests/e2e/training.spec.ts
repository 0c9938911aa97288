import { expect, test } from '@playwright/test';
import { estimateTraining, DEFAULT_TRAINING, DEFAULT_RELIABILITY, PRESETS } from '../../src/model/index';

test('changing MFU changes the days to train by the model’s ratio; nonsense is refused', async ({ page }) => {
  await page.goto('/?preset=trn2-ultraserver');
  await page.getByTestId('tab-training').click();
  const days = page.getByTestId('train-days');
  await expect(days).toBeVisible();
  const at40 = Number(await days.getAttribute('data-value'));
  const expected = estimateTraining(PRESETS['trn2-ultraserver'].config, DEFAULT_TRAINING, DEFAULT_RELIABILITY).ideal
    .days;
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
