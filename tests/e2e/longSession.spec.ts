import { expect, test, type Page } from '@playwright/test';
import { waitForDrawing } from './helpers';

async function rendererMemory(page: Page) {
  return page.evaluate(() => window.__clusterscope!.renderer());
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

test('100 level and preset switches leave three.js geometries, textures and the JS heap where they started', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('/?preset=trn2-ultraserver');
  await waitForDrawing(page);
  const presets = ['gb200-nvl72', 'tpu-v5p-pod', 'rainier', 'dgx-b200', 'trn3-ultraserver', 'trn2', 'trn2-ultraserver'];

  // A warm-up lap loads every lazily loaded chunk and lets V8 compile the hot paths (compiled code
  // counts in the heap and was most of the growth we saw), so the baseline is a used app.
  const lap = async (switches: number) => {
    for (let i = 0; i < switches; i++) {
      if (i % 2 === 0) await page.getByTestId('preset-picker').selectOption(presets[(i / 2) % presets.length]!);
      else await page.getByTestId(i % 4 === 1 ? 'level-chip' : 'level-instance').click();
    }
    await page.getByTestId('preset-picker').selectOption('trn2-ultraserver');
    await page.getByTestId('level-ultraserver').click();
    await waitForDrawing(page);
    await page.waitForTimeout(500);
  };
  await lap(40);
  const memoryBefore = await rendererMemory(page);
  const heapBefore = await heapAfterGc(page);

  await lap(100);
  const memoryAfter = await rendererMemory(page);
  const heapAfter = await heapAfterGc(page);

  expect(memoryAfter.geometries).toBeLessThanOrEqual(memoryBefore.geometries);
  expect(memoryAfter.textures).toBeLessThanOrEqual(memoryBefore.textures);
  expect(heapAfter, `heap ${heapBefore} → ${heapAfter} bytes`).toBeLessThan(heapBefore * 1.1);
});
