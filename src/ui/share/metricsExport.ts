import { exportNumber } from '../../format/numbers';
import { METRIC_UNITS, type ClusterConfig, type Metrics } from '../../model/index';
import { METRIC_ROWS } from '../metricRows';

/** Direction conventions the bare unit leaves out. */
const DIRECTION: Partial<Record<keyof Metrics, string>> = {
  scaleUpBandwidthPerChip: 'both directions',
  scaleUpBandwidthPerUltraServer: 'both directions',
  scaleUpBandwidth: 'both directions',
  bisectionBandwidth: 'one direction',
  scaleOutBandwidthPerChip: 'one direction',
  scaleOutBandwidth: 'one direction',
};

/** The model's unit of a metric (SI base units), with its direction where it has one. */
function unitOf(key: keyof Metrics): string {
  const unit = key === 'diameterHops' || key === 'averageHops' ? 'hops' : METRIC_UNITS[key];
  return DIRECTION[key] ? `${unit} (${DIRECTION[key]})` : unit;
}

const label = (key: keyof Metrics) => METRIC_ROWS.find((r) => r.key === key)?.label ?? key;

/** Every metric as CSV: key, label, value (SI), unit. Quoted so labels with commas stay one cell. */
export function metricsCsv(metrics: Metrics): string {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const rows = (Object.keys(metrics) as (keyof Metrics)[]).map((key) =>
    [
      key,
      quote(label(key)),
      typeof metrics[key] === 'number' ? String(exportNumber(metrics[key])) : String(metrics[key] ?? ''),
      quote(unitOf(key)),
    ].join(','),
  );
  return `${['key,label,value,unit', ...rows].join('\n')}\n`;
}

/** The configuration, the metrics and their units, as one JSON document. */
export function metricsJson(metrics: Metrics, config: ClusterConfig, presetId: string, link: string): string {
  const units = Object.fromEntries((Object.keys(metrics) as (keyof Metrics)[]).map((k) => [k, unitOf(k)]));
  // Metrics to twelve significant digits (55176, not 55175.99999999999); the config stays exactly as entered.
  const rounded = Object.fromEntries(
    Object.entries(metrics).map(([k, v]) => [k, typeof v === 'number' ? exportNumber(v) : v]),
  );
  return `${JSON.stringify({ generator: 'clusterscope', link, preset: presetId, config, metrics: rounded, units }, null, 2)}\n`;
}
