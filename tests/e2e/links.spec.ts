import { expect, test } from '@playwright/test';
import { sampleAdversarialLinks } from '../fixtures/adversarialLinks';
import { waitForDrawing, watchErrors } from './helpers';

test('a link taken after configuring restores the same numbers and view in a fresh browser', async ({
  page,
  browser,
}) => {
  await page.goto('/?preset=trn2-ultraserver');
  await waitForDrawing(page);
  await page.getByTestId('tab-controls').click();
  await page.getByTestId('field-instanceDims').locator('input').fill('4x8');
  await page.getByTestId('field-ultraServers').locator('input').first().fill('12');
  await page.getByTestId('tab-metrics').click();
  await page.getByTestId('level-ultraserver').click();
  await page.getByTestId('chip-input').fill('9');
  await page.getByRole('button', { name: 'Path from chip 9 to chip 10', exact: true }).click();
  await expect(page.getByTestId('path-hops')).toHaveText('1');

  await page.getByTestId('share-button').click();
  await expect.poll(async () => page.getByTestId('share-link').inputValue()).toContain('us=12');
  const link = await page.getByTestId('share-link').inputValue();
  expect(link.length).toBeLessThan(2000);
  const originalChips = await page.getByTestId('metric-chips').textContent();

  const fresh = await (await browser.newContext()).newPage();
  const errors = watchErrors(fresh);
  await fresh.goto(link);
  // 4×8 instances, 4 per UltraServer, 12 UltraServers: 12 × 128 = 1,536 Trainium2 chips.
  const expected: Record<string, string> = {
    chips: '1,536',
    chipsPerUltraServer: '128',
    hosts: '96', // 1,536 ÷ 16 chips per host
    fp8DenseFlops: '1.995 EFLOP/s', // 1,536 × 1,299 TFLOP/s = 1,995,264 TFLOP/s
    hbmBytes: '144 TiB', // 1,536 × 96 GiB = 147,456 GiB = 144 TiB
    bisectionBandwidth: '4.096 TB/s', // cut across the 8-ring: 2 × 16 links × 128 GB/s one way
    diameterHops: '8 hops', // 2 + 4 + 2
    facilityPowerWatts: '1.324 MW', // 1,536 × 756.25 W × 1.14 = 1,324,224 W
  };
  for (const [key, text] of Object.entries(expected))
    await expect(fresh.getByTestId(`metric-${key}`), key).toContainText(text);
  await expect(fresh.getByTestId('metric-chips')).toHaveText(originalChips!);
  await expect(fresh.getByTestId('crumb-current')).toContainText('UltraServer');
  await expect(fresh.getByTestId('view-description')).toContainText('4×8×4 3D torus');
  await expect(fresh.getByTestId('path-summary')).toContainText('Chip 9 → chip 10');
  await waitForDrawing(fresh);
  expect(errors).toEqual([]);
});

test('a link focused on a rack reopens that rack', async ({ page }) => {
  await page.goto('/?v=1&preset=rainier&level=rack&building=1&rack=3000');
  await expect(page.getByTestId('crumb-current')).toContainText(/Row \d+, rack \d+/);
  const crumb = await page.getByTestId('crumb-current').textContent();
  await expect(page.getByTestId('view-description')).toContainText('UltraServer 1501');
  await page.reload();
  await expect(page.getByTestId('crumb-current')).toHaveText(crumb!);
  await waitForDrawing(page);
});

test('a mangled link shows one notice naming what was rejected, and the app works', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(
    '/?v=1&preset=trn2&us=-4&pue=NaN&dims=0x9&bogus=1&level=%E0%A4%A&caption=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  );
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('us');
  await expect(notices).toContainText('pue');
  await expect(notices).toContainText('bogus');
  await expect(page.locator('.notices img')).toHaveCount(0);
  await expect(page.getByTestId('metric-chips')).toContainText('16');
  await waitForDrawing(page);
  expect(errors).toEqual([]);
});

test('embed mode shows the view alone with a way back, following the frame size', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto('/?v=1&preset=trn2-ultraserver&embed=1&caption=Trn2%20UltraServer');
  await waitForDrawing(page);
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByTestId('embed-chrome')).toContainText('Trn2 UltraServer');
  await expect(page.getByRole('link', { name: /Open in clusterscope/ })).toHaveAttribute(
    'href',
    /preset=trn2-ultraserver/,
  );
  const canvas = (await page.locator('canvas').boundingBox())!;
  expect(canvas.width).toBeGreaterThan(600);
  await page.setViewportSize({ width: 960, height: 540 });
  await expect.poll(async () => (await page.locator('canvas').boundingBox())!.width).toBeGreaterThan(900);
});

test('a sample of adversarial links never breaks the page, hangs it or runs anything', async ({ page }) => {
  test.setTimeout(180_000);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const errors = watchErrors(page);
  for (const link of sampleAdversarialLinks(25, 7, 6000)) {
    await page.goto(`/?${link.replace(/^\?/, '')}`);
    await expect(page.getByTestId('metric-chips')).toBeVisible();
    await expect(page.getByTestId('metric-chips')).toHaveText(/\d/);
  }
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});
