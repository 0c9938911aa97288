import type { ClusterConfig, Metrics } from '../../model/index';
import { METRIC_ROWS } from '../metricRows';

/** Unit of each exported metric, SI base units as the model holds them. */
const UNITS: Partial<Record<keyof Metrics, string>> = {
  fp8DenseFlops: 'FLOP/s',
  fp8SparseFlops: 'FLOP/s',
  bf16DenseFlops: 'FLOP/s',
  bf16SparseFlops: 'FLOP/s',
  fp32DenseFlops: 'FLOP/s',
  hbmBytes: 'B',
  hostMemoryBytes: 'B',
  hbmBandwidth: 'B/s',
  scaleUpBandwidthPerChip: 'B/s (both directions)',
  scaleUpBandwidthPerUltraServer: 'B/s (both directions)',
  scaleUpBandwidth: 'B/s (both directions)',
  bisectionBandwidth: 'B/s (one direction)',
  scaleOutBandwidthPerChip: 'B/s (one direction)',
  scaleOutBandwidth: 'B/s (one direction)',
  diameterHops: 'hops',
  averageHops: 'hops',
  chipPowerWatts: 'W',
  hostPowerWatts: 'W',
  overheadPowerWatts: 'W',
  itPowerWatts: 'W',
  facilityPowerWatts: 'W',
};

const label = (key: keyof Metrics) => METRIC_ROWS.find((r) => r.key === key)?.label ?? key;

/** Every metric as CSV: key, label, value (SI), unit. Quoted so labels with commas stay one cell. */
export function metricsCsv(metrics: Metrics): string {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const rows = (Object.keys(metrics) as (keyof Metrics)[]).map((key) =>
    [key, quote(label(key)), metrics[key] === null ? '' : String(metrics[key]), quote(UNITS[key] ?? 'count')].join(','),
  );
  return ['key,label,value,unit', ...rows].join('\n') + '\n';
}

/** The configuration, the metrics and their units, as one JSON document. */
export function metricsJson(metrics: Metrics, config: ClusterConfig, presetId: string, link: string): string {
  const units = Object.fromEntries((Object.keys(metrics) as (keyof Metrics)[]).map((k) => [k, UNITS[k] ?? 'count']));
  return `${JSON.stringify({ generator: 'clusterscope', link, preset: presetId, config, metrics, units }, null, 2)}\n`;
}
