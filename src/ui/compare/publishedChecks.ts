import {
  ARTICLE_CELLS,
  PRESETS,
  evaluate,
  reconcileArticleCell,
  type Confidence,
  type MetricKey,
  type PresetId,
  type SourceKey,
} from '../../model/index';
import { METRIC_UNITS } from '../../model/provenance/explainMetric';
import { sameValue } from '../../model/provenance/matchPreset';
import { formatPercentDifference, formatQuantity } from '../../format/numbers';
import type { ComparedSystem } from './comparisonRows';

/**
 * One published figure beside the model's: a vendor figure of the preset, or a cell of the
 * seed article's tables.
 */
export interface PublishedCheck {
  systemIndex: number;
  systemLabel: string;
  presetId: PresetId;
  origin: 'vendor' | 'article';
  /** The row as the source names it ("Sparse FP8", "Interconnect BW"). */
  label: string;
  metric: MetricKey | null;
  /** As printed (article) or formatted from the vendor figure. */
  publishedText: string;
  publishedValue: number | null;
  /** From the preset's configuration, SI units; null where the model does not cover the row. */
  computedValue: number | null;
  computedText: string;
  /** (computed − published) ÷ published; null where either is missing. */
  difference: number | null;
  differenceText: string;
  /** |difference| over the threshold (2% by default). */
  flagged: boolean;
  /**
   * matches: the model gives the published figure (article: at its printed precision);
   * explained: it differs and the recorded explanation reproduces the printed figure;
   * unexplained: nothing reproduces it; differs: off by more than the threshold, with a note;
   * not-modelled: the model has no such figure (CPU models).
   */
  status: 'matches' | 'explained' | 'unexplained' | 'differs' | 'not-modelled';
  /** The recorded reason (discrepancy explanation, cell note or figure note). */
  explanation: string | null;
  /** Fact sheet conflict id (§11), where there is one. */
  conflict: string | null;
  sources: SourceKey[];
  confidence: Confidence | null;
}

export interface PublishedSection {
  systemIndex: number;
  systemLabel: string;
  presetId: PresetId;
  presetName: string;
  /** False when the compared config is no longer the preset's: checks still use the preset's. */
  configIsPreset: boolean;
  checks: PublishedCheck[];
}

/** Differences the comparison flags: above 2%, beyond rounding of any printed figure. */
export const FLAG_THRESHOLD = 0.02;

const relative = (computed: number | null, published: number | null) =>
  computed === null || published === null || published === 0 ? null : (computed - published) / published;

/**
 * For each compared system that is a preset: the vendor's published figures and the seed
 * article's cells for it, each beside what the model computes from the preset's configuration,
 * flagged above `threshold` with the recorded explanation.
 */
export function publishedChecks(systems: readonly ComparedSystem[], threshold = FLAG_THRESHOLD): PublishedSection[] {
  return systems.flatMap((system, systemIndex): PublishedSection[] => {
    const { presetId } = system;
    if (!presetId) return [];
    const preset = PRESETS[presetId];
    const metrics = evaluate(preset.config);
    const base = { systemIndex, systemLabel: system.label, presetId };

    const vendor = preset.published.map((p): PublishedCheck => {
      const computedValue = metrics[p.metric];
      const difference = relative(computedValue, p.figure.value);
      const flagged = difference !== null && Math.abs(difference) > threshold;
      return {
        ...base,
        origin: 'vendor',
        label: p.label,
        metric: p.metric,
        publishedText: formatQuantity(p.figure.value, p.figure.unit),
        publishedValue: p.figure.value,
        computedValue,
        computedText: computedValue === null ? 'not published' : formatQuantity(computedValue, METRIC_UNITS[p.metric]),
        difference,
        differenceText: difference === null ? '—' : formatPercentDifference(difference),
        flagged,
        status: flagged ? 'differs' : 'matches',
        explanation: p.figure.note ?? null,
        conflict: null,
        sources: [...p.figure.source],
        confidence: p.figure.confidence,
      };
    });

    const article = ARTICLE_CELLS.filter((cell) => cell.preset === presetId).map((cell): PublishedCheck => {
      const r = reconcileArticleCell(cell);
      const publishedValue =
        cell.number !== undefined && cell.multiplier !== undefined ? cell.number * cell.multiplier : null;
      const computedValue =
        r.modelNumber !== null && cell.multiplier !== undefined ? r.modelNumber * cell.multiplier : null;
      const difference = relative(computedValue, publishedValue);
      const flagged = difference !== null && Math.abs(difference) > threshold;
      const d = cell.discrepancy;
      const status: PublishedCheck['status'] = !cell.metric
        ? 'not-modelled'
        : r.matches
          ? 'matches'
          : d?.kind === 'unexplained'
            ? 'unexplained'
            : r.explained
              ? 'explained'
              : 'differs';
      return {
        ...base,
        origin: 'article',
        label: `${cell.row} (article table ${cell.table})`,
        metric: cell.metric ?? null,
        publishedText: cell.printed,
        publishedValue,
        computedValue,
        computedText:
          computedValue === null || !cell.metric
            ? 'not modelled'
            : formatQuantity(computedValue, METRIC_UNITS[cell.metric]),
        difference,
        differenceText: difference === null ? '—' : formatPercentDifference(difference),
        flagged,
        status,
        explanation: d?.explanation ?? cell.note ?? null,
        conflict: d?.conflict ?? null,
        sources: ['Article'],
        confidence: null,
      };
    });

    return [
      {
        ...base,
        presetName: preset.name,
        configIsPreset: sameValue(system.config, preset.config),
        checks: [...vendor, ...article],
      },
    ];
  });
}
