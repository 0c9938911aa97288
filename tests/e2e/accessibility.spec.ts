import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA rules (colour contrast among them); best-practice rules are left out to keep the run short. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical violations inside `scope`, one line each: where, rule, impact, first elements. */
async function serious(page: Page, scope: string, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(scope).withTags(WCAG).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

test('axe finds no serious or critical violation on any level or sidebar tab, in either theme', async ({ page }) => {
  test.setTimeout(150_000);
  const found: string[] = [];
  // Every level, dark theme: the whole page (the sidebar's site panel follows the level too).
  for (const level of ['campus', 'building', 'rack', 'ultraserver', 'chip', 'instance'] as const) {
    await page.goto(`/?v=1&preset=rainier&level=${level}`);
    await expect(page.getByTestId('view-description')).toBeVisible();
    found.push(...(await serious(page, '.app', `level ${level}`)));
  }
  // Every other tab: the sidebar.
  for (const tab of ['controls', 'compare', 'training'] as const) {
    await page.getByTestId(`tab-${tab}`).click();
    await expect(page.locator('.tab-body')).not.toContainText('Loading…');
    found.push(...(await serious(page, '.sidebar', `tab ${tab}`)));
  }
  // The light theme: the page, and the densest tab.
  await page.goto('/?v=1&preset=rainier&theme=light&panel=compare');
  await expect(page.locator('.tab-body')).not.toContainText('Loading…');
  found.push(...(await serious(page, '.app', 'light theme')));
  expect(found).toEqual([]);
});
