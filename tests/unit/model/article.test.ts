import { describe, expect, it } from 'vitest';
import { ARTICLE_CELLS } from '../../../src/model/article/articleTables';
import { reconcileArticleCell } from '../../../src/model/article/reconcileArticle';

describe("the seed article's tables, derived from the model", () => {
  it('stores both tables: 14 cells of Trn2 vs DGX B200 and 12 of UltraServer vs NVL72', () => {
    expect(ARTICLE_CELLS.filter((c) => c.table === 1)).toHaveLength(14);
    expect(ARTICLE_CELLS.filter((c) => c.table === 2)).toHaveLength(12);
  });

  for (const cell of ARTICLE_CELLS) {
    const name = `table ${cell.table}, ${cell.system}, ${cell.row}: "${cell.printed}"`;
    if (!cell.metric) {
      it(`${name} is not modelled and says what the sources say`, () => {
        expect(cell.note).toBeTruthy();
      });
    } else if (!cell.discrepancy) {
      it(`${name} equals the model within rounding`, () => {
        const r = reconcileArticleCell(cell);
        expect(r.matches, `model gives ${r.modelNumber}`).toBe(true);
      });
    } else {
      const d = cell.discrepancy;
      it(`${name} differs from the model, as recorded (${d.kind}${d.conflict ? `, ${d.conflict}` : ''})`, () => {
        const r = reconcileArticleCell(cell);
        expect(r.matches, `recorded as a discrepancy, but the model gives ${r.modelNumber}`).toBe(false);
        expect(d.explanation.length).toBeGreaterThan(20);
        // The explanation must reproduce the printed figure, unless it says nothing can.
        expect(r.explained).toBe(d.kind !== 'unexplained');
      });
    }
  }
});
