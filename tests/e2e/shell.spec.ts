import { expect, test, type Page } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

/** The canvas's share of the viewport, 0–1. */
const canvasShare = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('canvas')!.getBoundingClientRect();
    return (box.width * box.height) / (innerWidth * innerHeight);
  });

test("the tour fills the screen, tells GB200's story, and leaving restores the system, level and camera", async ({
  page,
}) => {
  const errors = watchErrors(page);
  const camera = 'cam=3,4,5,0,0.5,0';
  await page.goto(`/?v=1&preset=gb200-nvl72&level=instance&${camera}`);
  await waitForDrawing(page);
  await page.getByTestId('share-button').click();
  await page.getByTestId('start-presentation').click();
  const tour = page.getByTestId('presentation');
  await expect(tour).toBeVisible();
  await expect(tour.locator('h2')).toHaveText(/GB200/);
  // GB200 NVL72: chip, compute tray, NVLink domain, rack, … (as many steps as the tour says).
  const steps = Number((await tour.locator('.tour-count').textContent())!.match(/of (\d+)/)![1]);
  expect(steps).toBeGreaterThanOrEqual(4);
  for (let step = 0; step < steps; step++) {
    await expect(tour.locator('.tour-count')).toHaveText(`Step ${step + 1} of ${steps}`);
    await expect.poll(() => canvasShare(page), { message: `step ${step + 1}` }).toBeGreaterThanOrEqual(0.9);
    await expect(page.getByTestId('tour-caption')).not.toContainText(/Trainium|UltraServer/);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(tour).toBeHidden();
  await expect(page.getByTestId('share-button')).toBeFocused();
  await expect(page.getByTestId('preset-picker')).toHaveValue('gb200-nvl72');
  await expect(page.getByTestId('crumb-current')).toHaveText('Instance');
  await expect.poll(() => page.url()).toContain(camera);

  // The close button leaves too.
  await page.getByTestId('share-button').click();
  await page.getByTestId('start-presentation').click();
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('leave-tour').click();
  await expect(tour).toBeHidden();
  await expect(page.getByTestId('crumb-current')).toHaveText('Instance');
  expect(errors).toEqual([]);
});

test('?theme=light gives a light page outside embeds, and the header toggle switches it back', async ({ page }) => {
  await page.goto('/?v=1&preset=rainier&theme=light');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  // The scene's background follows: the canvas corner is white too.
  await waitForDrawing(page);
  await page.getByTestId('theme-toggle').click();
  await expect.poll(background).toBe('rgb(13, 17, 23)');
  await expect.poll(() => page.url()).toContain('theme=dark');
});

/** Pairs of the view's furniture (breadcrumb and legend, toolbar, notes, canvas) whose boxes intersect. */
const overlaps = (page: Page) =>
  page.evaluate(() => {
    const named = {
      'breadcrumb and legend': document.querySelector('.viewport-bar .overlay'),
      toolbar: document.querySelector('.view-toolbar'),
      notes: document.querySelector('.view-notes'),
      canvas: document.querySelector('canvas'),
    };
    const boxes = Object.entries(named).map(([name, el]) => [name, el!.getBoundingClientRect()] as const);
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, p] = boxes[i]!;
        const [b, q] = boxes[j]!;
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1)
          found.push(`${a} × ${b}`);
      }
    return found;
  });

test('from 1024×700 to 3840×2160 the view furniture never overlaps the drawing or itself, nor widens the page', async ({
  page,
}) => {
  for (const [width, height] of [
    [1024, 700],
    [3840, 2160],
  ] as const) {
    await page.setViewportSize({ width, height });
    // The UltraServer level has the longest legend; the comparison is the widest sidebar.
    await page.goto('/?v=1&preset=rainier&level=ultraserver&panel=compare');
    await expect(page.locator('.legend li')).toHaveCount(4);
    await expect(page.locator('.tab-body')).not.toContainText('Loading…');
    expect(await overlaps(page), `${width}×${height}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  }
});

test('at 390×844 nothing overflows sideways and the sidebar is a drawer', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?v=1&preset=rainier');
  await waitForDrawing(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  const sidebar = page.getByTestId('sidebar');
  await expect(sidebar).toBeHidden();
  await page.getByTestId('drawer-toggle').click();
  await expect(sidebar).toBeVisible();
  await expect(page.getByTestId('drawer-close')).toBeFocused();
  // The page behind is inert while the drawer is open: Tab stays in the drawer.
  await expect(page.locator('.viewport')).toHaveAttribute('inert', '');
  for (const tab of ['metrics', 'controls', 'compare', 'training']) {
    await page.getByTestId(`tab-${tab}`).click();
    expect(await overflow(), `tab ${tab}`).toBeLessThanOrEqual(0);
  }
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(page.getByTestId('drawer-toggle')).toBeFocused();
  // Escape shut the drawer; it did not climb a level too.
  await expect(page.getByTestId('crumb-current')).toHaveText('Instance');
  await page.getByTestId('drawer-toggle').click();
  await page.getByTestId('drawer-close').click();
  await expect(sidebar).toBeHidden();
});

test('Back and Forward walk the levels; other changes add no history entries', async ({ page }) => {
  await page.goto('/?v=1&preset=rainier');
  await expect(page.getByTestId('crumb-current')).toHaveText('Instance');
  const entries = () => page.evaluate(() => history.length);
  const start = await entries();
  await page.getByTestId('level-ultraserver').click();
  await expect(page.getByTestId('crumb-current')).toContainText('UltraServer');
  // Not a level change: the theme rewrites the current entry.
  await page.getByTestId('theme-toggle').click();
  await expect.poll(() => page.url()).toContain('theme=light');
  await page.getByTestId('crumb-campus').click();
  await expect(page.getByTestId('crumb-current')).toContainText('Indiana');
  expect(await entries()).toBe(start + 2);

  await page.goBack();
  await expect(page.getByTestId('crumb-current')).toContainText('UltraServer');
  await page.goBack();
  await expect(page.getByTestId('crumb-current')).toHaveText('Instance');
  await page.goForward();
  await expect(page.getByTestId('crumb-current')).toContainText('UltraServer');
  expect(page.url()).toContain('theme=light');
});

test('an embed scaled up by CSS renders at the pixel size it is displayed at', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto('/?v=1&preset=trn2-ultraserver&embed=1');
  await waitForDrawing(page);
  const bufferScale = () =>
    page.evaluate(() => {
      const canvas = document.querySelector('canvas')!;
      return canvas.width / canvas.clientWidth;
    });
  // Embeds render at 2× at least (a frame cannot see transforms outside it).
  await expect.poll(bufferScale).toBeCloseTo(2, 1);
  // A slide framework scales the page 2.5× with a transform, then tells it by a resize event.
  await page.evaluate(() => {
    const app = document.querySelector<HTMLElement>('.app')!;
    app.style.transformOrigin = '0 0';
    app.style.transform = 'scale(2.5)';
    window.dispatchEvent(new Event('resize'));
  });
  await expect.poll(bufferScale).toBeCloseTo(2.5, 1);
});

test('screenshot baselines: two tour steps in both themes, the shell at 1024×700 and 390×844', async ({ page }) => {
  test.setTimeout(150_000);
  const look = { maxDiffPixelRatio: 0.02, animations: 'disabled' } as const;
  for (const theme of ['dark', 'light'] as const) {
    await page.goto(`/?v=1&preset=rainier&theme=${theme}`);
    await expect(page.locator('canvas')).toBeVisible();
    await page.getByTestId('share-button').click();
    await page.getByTestId('start-presentation').click();
    await expect(page.getByTestId('tour-caption')).toBeVisible();
    await expect(page).toHaveScreenshot(`tour-chip-${theme}.png`, look);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.presentation-caption h2')).toContainText('UltraServer');
    await expect(page).toHaveScreenshot(`tour-ultraserver-${theme}.png`, look);
    await page.keyboard.press('Escape');
  }
  for (const [width, height] of [
    [1024, 700],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/?v=1&preset=rainier');
    await waitForDrawing(page);
    await expect(page).toHaveScreenshot(`shell-${width}x${height}.png`, look);
  }
});
