import { expect, test } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

test('failing a link of the 4×4 torus reroutes an affected pair: its hop count goes from 1 to 3', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?preset=trn2');
  await waitForDrawing(page);
  await page.getByTestId('chip-input').fill('0');
  // Chip 0's −x neighbor is chip 3, over the wrap-around link.
  await page.getByRole('button', { name: 'Path from chip 0 to chip 3' }).click();
  await expect(page.getByTestId('path-hops')).toHaveText('1');

  await page.getByTestId('fail-link-3-0').click();
  await expect(page.getByTestId('path-hops')).toHaveText('3');
  await expect(page.getByTestId('model-distance')).toHaveText('3');
  await expect(page.getByTestId('failure-impact')).toContainText('1 link, 0 chips');
  await expect(page.getByTestId('failure-impact')).toContainText('Reachable pairs');
  // One link down on a 4×4 cut: the bisection bound on an all-reduce rises.
  await expect(page.getByTestId('failure-allreduce')).toContainText('→');
  await waitForDrawing(page);

  await page.getByTestId('repair-all').click();
  await expect(page.getByTestId('path-hops')).toHaveText('1');
  expect(errors).toEqual([]);
});
