import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Collects console errors and uncaught exceptions so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Share of the canvas's pixels that differ from the background. Decodes a real screenshot:
 * reading the WebGL canvas back would come out blank without preserveDrawingBuffer.
 */
export async function drawnFraction(page: Page, background = [0x0d, 0x11, 0x17]): Promise<number> {
  const canvas = page.locator('canvas').first();
  await expect(canvas).toBeVisible();
  const png = PNG.sync.read(await canvas.screenshot());
  let drawn = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d =
      Math.abs(png.data[i]! - background[0]!) +
      Math.abs(png.data[i + 1]! - background[1]!) +
      Math.abs(png.data[i + 2]! - background[2]!);
    if (d > 24) drawn++;
  }
  return drawn / (png.width * png.height);
}

/** Waits until the scene has drawn something, then returns the drawn share. */
export async function waitForDrawing(page: Page, atLeast = 0.02): Promise<number> {
  let fraction = 0;
  await expect
    .poll(async () => (fraction = await drawnFraction(page)), {
      timeout: 20_000,
      message: 'the canvas should draw the scene',
    })
    .toBeGreaterThan(atLeast);
  return fraction;
}
