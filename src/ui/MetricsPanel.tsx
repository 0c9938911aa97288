import { Fragment } from 'react';
import { explainMetric, PRESETS, SOURCES, type PublishedFigure } from '../model/index';
import { ProvenanceTip } from './provenance/ProvenanceTip';
import { formatQuantity } from '../format/numbers';
import { useEdited, useMetrics } from '../state/selectors';
import { useExplorer } from '../state/store';
import { METRIC_ROWS, formatMetric, type MetricRow } from './metricRows';

const GROUPS = [...new Set(METRIC_ROWS.map((r) => r.group))];

/** The vendor's figure for a row, as the row prints it, with its sources spelled out for screen readers. */
function vendorFigure(row: MetricRow, published: PublishedFigure | undefined): { value: string; label: string } | null {
  if (!published) return null;
  const value = row.format(published.figure.value);
  const sources = published.figure.source.map((k) => SOURCES[k].title).join('; ');
  return { value, label: `Published: ${value} (${sources}, confidence ${published.figure.confidence})` };
}

/** Every headline figure of the current configuration, grouped, with units and conventions. */
export function MetricsPanel() {
  const metrics = useMetrics();
  const presetId = useExplorer((s) => s.presetId);
  const edited = useEdited();
  const config = useExplorer((s) => s.config);
  // Vendor figures describe the preset as shipped; once edited they no longer apply.
  const published = edited ? [] : PRESETS[presetId].published;

  return (
    <section className="panel metrics" aria-labelledby="metrics-title">
      <h2 id="metrics-title">Metrics</h2>
      <table>
        <tbody>
          {GROUPS.map((group) => (
            <Fragment key={group}>
              <tr className="group">
                <th colSpan={2} scope="colgroup">
                  {group}
                </th>
              </tr>
              {METRIC_ROWS.filter((r) => r.group === group).map((row) => {
                const vendor = vendorFigure(
                  row,
                  published.find((p) => p.metric === row.key),
                );
                return (
                  <tr key={`${group}-${row.key}`}>
                    <th scope="row">
                      {row.label}
                      {row.hint && <span className="hint">{row.hint}</span>}
                    </th>
                    <td data-testid={`metric-${row.key}`}>
                      <ProvenanceTip
                        explanation={explainMetric(config, row.key, {
                          presetId: edited ? null : presetId,
                          formatQuantity,
                        })}
                        align="end"
                      >
                        {formatMetric(row, metrics)}
                      </ProvenanceTip>
                      {vendor && (
                        <span className="published" title={vendor.label}>
                          vendor: {vendor.value}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
