import { expect, test } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

/** Paul Tol's muted scheme, as the picture colours parallel groups (src/scene/palette.ts GROUP_COLORS). */
const GROUP_COLOURS = [
  '#cc6677',
  '#332288',
  '#ddcc77',
  '#117733',
  '#88ccee',
  '#882255',
  '#44aa99',
  '#999933',
  '#aa4499',
];

test('a model laid on Rainier: batch that splits, TP fixed, chips coloured by group, step breakdown; the link restores it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?v=1&preset=rainier&panel=training');
  await waitForDrawing(page);

  // Llama 3 70B's 2,048 sequences cannot split over 499,968 = 2⁸·3²·7·31 chips: the panel says so
  // and offers the nearest batch that does.
  await page.getByTestId('parallel-model').selectOption('llama3-70b');
  await expect(page.getByTestId('parallel-problem')).toContainText('No split of 499,968 chips works');
  await page.getByTestId('parallel-use-batch').click();

  // TP 8 fixed: the search fills in the rest and says why it won.
  await page.getByTestId('parallel-tp').fill('8');
  await expect(page.getByTestId('parallel-layout')).toContainText('TP 8 ×');
  await expect(page.getByTestId('parallel-explanation')).toContainText('is the fastest of');
  await expect(page.getByTestId('step-breakdown')).toContainText('Compute');
  await expect(page.getByTestId('link-load')).toContainText('scale-out network');
  const mfu = Number(await page.getByTestId('parallel-mfu').getAttribute('data-value'));
  expect(mfu).toBeGreaterThan(0);
  expect(mfu).toBeLessThanOrEqual(0.65);

  // TP is placed innermost: chips 0–7 of the instance are one TP group, chips 8–15 the next.
  const colourOf = (chip: number) => page.evaluate((c) => window.__clusterscope?.chipColor(c) ?? null, chip);
  await expect.poll(() => colourOf(0)).toBe(GROUP_COLOURS[0]);
  expect(await colourOf(7)).toBe(GROUP_COLOURS[0]);
  expect(await colourOf(8)).toBe(GROUP_COLOURS[1]);

  // The address bar carries all of it.
  await expect.poll(() => page.url()).toContain('tp=8');
  const link = page.url();
  expect(link).toContain('model=llama3-70b');
  const layout = await page.getByTestId('parallel-layout').textContent();
  await page.goto(link);
  await expect(page.getByTestId('parallel-layout')).toHaveText(layout ?? '');
  await expect.poll(() => colourOf(8)).toBe(GROUP_COLOURS[1]);
  expect(errors).toEqual([]);
});
