import { GiB } from '../units';
import { evaluate } from '../evaluate';
import { PRESETS } from '../presets/catalog';
import type { ArticleCell } from './articleTables';

export interface CellReconciliation {
  cell: ArticleCell;
  /** The model's figure in the article's printed unit (decimal). */
  modelNumber: number | null;
  /** True when the model's figure rounds to the printed one. */
  matches: boolean;
  /** True when the recorded discrepancy's explanation, applied, gives the printed figure. */
  explained: boolean;
}

/** Number of decimals the article printed (20.8 → 1, 186 → 0). */
function printedDecimals(n: number): number {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The model's value rounds to the printed value at the printed precision. */
export function roundsTo(modelNumber: number, printed: number): boolean {
  const half = 0.5 * 10 ** -printedDecimals(printed);
  return Math.abs(modelNumber - printed) <= half + 1e-9;
}

function matchesPrinted(modelNumber: number, printed: number, roundedUpstream: boolean): boolean {
  if (roundsTo(modelNumber, printed)) return true;
  return roundedUpstream && Math.abs(modelNumber - printed) / printed <= 0.005;
}

/** Derives one article cell from the model, and checks its recorded explanation if it differs. */
export function reconcileArticleCell(cell: ArticleCell): CellReconciliation {
  if (!cell.metric || cell.number === undefined || cell.multiplier === undefined) {
    return { cell, modelNumber: null, matches: false, explained: false };
  }
  const preset = PRESETS[cell.preset];
  const value = evaluate(preset.config)[cell.metric];
  if (value === null) return { cell, modelNumber: null, matches: false, explained: false };
  const modelNumber = value / cell.multiplier;
  const matches = roundsTo(modelNumber, cell.number);
  const d = cell.discrepancy;
  let explained = false;
  if (d?.kind === 'binary-units') {
    // The article's number is the GiB count printed as GB.
    explained = roundsTo(((value / GiB) * 1e9) / cell.multiplier, cell.number);
  } else if (d?.kind === 'config') {
    const patched = {
      ...preset.config,
      ...d.configPatch,
      chipOverrides: { ...preset.config.chipOverrides, ...d.configPatch?.chipOverrides },
    };
    const patchedValue = evaluate(patched)[cell.metric];
    explained =
      patchedValue !== null && matchesPrinted(patchedValue / cell.multiplier, cell.number, d.roundedUpstream ?? false);
  }
  return { cell, modelNumber, matches, explained };
}
