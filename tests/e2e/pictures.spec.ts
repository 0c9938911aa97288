import { expect, test } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

/**
 * The pictures people put on slides, pinned in both themes: a later change that degrades one
 * (colours, line widths, framing, labels) fails here. Baselines live in pictures.spec.ts-snapshots/;
 * regenerate them with --update-snapshots only after looking at the new pictures.
 */
const VIEWS = [
  { name: 'chip', path: '/?preset=trn2&level=chip' },
  { name: 'instance', path: '/?preset=trn2' },
  { name: 'ultraserver', path: '/?preset=trn2-ultraserver' },
  { name: 'torus-16x16x16', path: '/?torus=16x16x16' },
  { name: 'tpu-v5p-pod', path: '/?preset=tpu-v5p-pod' },
  { name: 'gb200-nvl72', path: '/?preset=gb200-nvl72' },
] as const;

for (const view of VIEWS) {
  test(`${view.name} in dark and light`, async ({ page }) => {
    const errors = watchErrors(page);
    for (const theme of ['dark', 'light'] as const) {
      // Embed mode: the view alone at the viewport's size, as a slide frames it; panels elsewhere cannot move it.
      await page.goto(`${view.path}&theme=${theme}&embed=1`);
      await waitForDrawing(page, theme === 'dark' ? 0.02 : 0);
      // The camera glides in (650 ms), then the resting frame is drawn antialiased.
      await page.waitForTimeout(1500);
      // Software WebGL is deterministic here, but allow a little for rasteriser differences between machines.
      await expect(page.locator('.scene')).toHaveScreenshot(`${view.name}-${theme}.png`, { maxDiffPixelRatio: 0.02 });
    }
    expect(errors).toEqual([]);
  });
}
