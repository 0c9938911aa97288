import { Fragment, useMemo } from 'react';
import { explainMetric, type MetricExplanation } from '../../model/provenance/explainMetric';
import type { MetricKey } from '../../model/index';
import { formatCount, formatPower, formatQuantity, formatRatio } from '../../format/numbers';
import type { CompareBasis } from '../../share/shareState';
import { ProvenanceTip } from '../provenance/ProvenanceTip';
import { comparisonRows, COMPARISON_ROWS, type Comparison, type ComparedSystem } from './comparisonRows';
import { PublishedTable } from './PublishedTable';
import { publishedChecks } from './publishedChecks';
import './compare.css';

export interface ComparisonTableProps {
  /** Two to four systems, one column each; more than four are cut to the first four. Required. */
  systems: readonly ComparedSystem[];
  /** Column the others are divided by for ratios; default 0. */
  baselineIndex?: number;
  /** Called with a column index when the user picks another baseline; default none (no buttons). */
  onBaselineChange?: (index: number) => void;
  /** Each value opens its formula and sources on hover or focus; default true. */
  showProvenance?: boolean;
  /** Adds the published-vs-computed table for systems with a presetId; default true. */
  showPublished?: boolean;
  /** Caption of the main table; default 'Systems compared side by side'. */
  caption?: string;
  /** What the comparison holds equal; totals of the other columns are scaled to the baseline's. Default 'configured'. */
  basis?: CompareBasis;
}

/** "every total scaled to DGX B200's 8 chips": what the columns were scaled to, in words. */
function basisSentence(comparison: Comparison): string {
  const base = comparison.metrics[comparison.baselineIndex];
  const label = comparison.systems[comparison.baselineIndex]?.label ?? 'the baseline';
  if (!base || comparison.basis === 'configured') return 'Each system as configured.';
  const amount =
    comparison.basis === 'chips'
      ? `${formatCount(base.chips)} ${base.chips === 1 ? 'chip' : 'chips'}`
      : comparison.basis === 'power'
        ? `${formatPower(base.itPowerWatts)} of IT power`
        : `${formatCount(base.ultraServers)} scale-up ${base.ultraServers === 1 ? 'domain' : 'domains'}`;
  return `Totals of every system scaled linearly to ${label}'s ${amount}, so ratios read like for like; per-chip, per-domain and network figures are unchanged.`;
}

const GROUPS = [...new Set(COMPARISON_ROWS.map((r) => r.group))];

/**
 * Side-by-side figures of 2–4 configurations: the seed article's rows, then per chip, per watt,
 * per scale-up domain, network and power, each with its ratio to the baseline column.
 */
export function ComparisonTable({
  systems,
  baselineIndex = 0,
  onBaselineChange,
  showProvenance = true,
  showPublished = true,
  caption = 'Systems compared side by side',
  basis = 'configured',
}: ComparisonTableProps) {
  const comparison = useMemo(
    () => comparisonRows(systems, baselineIndex, COMPARISON_ROWS, basis),
    [systems, baselineIndex, basis],
  );
  const sections = useMemo(
    () => (showPublished ? publishedChecks(comparison.systems) : []),
    [comparison.systems, showPublished],
  );

  // One explanation per system and metric, shared by the rows derived from the same metric.
  const explanations = useMemo(() => {
    if (!showProvenance) return [];
    const keys = [...new Set(COMPARISON_ROWS.flatMap((r) => (r.metric ? [r.metric] : [])))];
    return comparison.systems.map((s) => {
      const byMetric = new Map<MetricKey, MetricExplanation>();
      for (const key of keys) byMetric.set(key, explainMetric(s.config, key, { presetId: s.presetId, formatQuantity }));
      return byMetric;
    });
  }, [comparison.systems, showProvenance]);

  const { baselineIndex: baseline } = comparison;
  const last = comparison.systems.length - 1;

  return (
    <section className="compare" aria-label="Comparison">
      <div className="compare-scroll">
        <table className="compare-table" data-testid="compare-table">
          <caption>
            {caption}. Ratios are to {comparison.systems[baseline]?.label ?? 'the baseline'}.{' '}
            <span data-testid="compare-basis-caption">{basisSentence(comparison)}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {comparison.systems.map((s, i) => (
                <th
                  key={i}
                  scope="col"
                  className={i === baseline ? 'is-baseline' : undefined}
                  data-testid={`compare-system-${i}`}
                >
                  {s.label}
                  {comparison.scales[i] !== 1 && (
                    <span className="compare-scale" data-testid={`compare-scale-${i}`}>
                      totals × {formatRatio(comparison.scales[i]!)}
                    </span>
                  )}
                  {i === baseline ? (
                    <span className="compare-baseline-tag">baseline</span>
                  ) : (
                    onBaselineChange && (
                      <button type="button" className="compare-baseline-button" onClick={() => onBaselineChange(i)}>
                        Use as baseline
                      </button>
                    )
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {GROUPS.map((group) => (
              <Fragment key={group}>
                <tr className="compare-group">
                  <th colSpan={comparison.systems.length + 1} scope="colgroup">
                    {group}
                  </th>
                </tr>
                {comparison.rows
                  .filter((row) => row.def.group === group)
                  .map(({ def, cells }) => (
                    <tr key={def.key} data-testid={`compare-row-${def.key}`}>
                      <th scope="row">
                        {def.label}
                        {def.hint && <span className="compare-hint">{def.hint}</span>}
                      </th>
                      {cells.map((cell, i) => {
                        const explanation = def.metric ? explanations[i]?.get(def.metric) : undefined;
                        return (
                          <td key={i} className={i === baseline ? 'is-baseline' : undefined}>
                            {explanation ? (
                              <ProvenanceTip explanation={explanation} align={i === last ? 'end' : 'start'}>
                                {cell.text}
                              </ProvenanceTip>
                            ) : (
                              cell.text
                            )}
                            {cell.ratioText && (
                              <span
                                className={`compare-ratio${cell.verdict === 'better' ? ' is-better' : cell.verdict === 'worse' ? ' is-worse' : ''}`}
                              >
                                {cell.ratioText}
                                <span className="cs-sr-only"> the baseline</span>
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {showPublished && <PublishedTable sections={sections} />}
    </section>
  );
}
