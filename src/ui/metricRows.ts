import type { MetricKey, Metrics } from '../model/index';
import { formatBandwidth, formatBytes, formatCount, formatFlops, formatHops, formatPower } from '../format/numbers';

/** One row of the metrics panel: what it is, how to print it, and the group it belongs to. */
export interface MetricRow {
  key: MetricKey;
  label: string;
  /** Short reminder of the convention (direction, scope) shown under the label. */
  hint?: string;
  group: 'Scale' | 'Compute' | 'Memory' | 'Scale-up network' | 'Scale-out network' | 'Power';
  format: (value: number) => string;
}

const flops = (v: number | null) => formatFlops(v);

export const METRIC_ROWS: readonly MetricRow[] = [
  { key: 'chips', label: 'Chips', group: 'Scale', format: formatCount },
  { key: 'chipsPerUltraServer', label: 'Chips per scale-up domain', group: 'Scale', format: formatCount },
  {
    key: 'ultraServers',
    label: 'Scale-up domains',
    hint: 'UltraServers, racks or pods',
    group: 'Scale',
    format: formatCount,
  },
  { key: 'hosts', label: 'Hosts', group: 'Scale', format: formatCount },
  { key: 'fp8DenseFlops', label: 'Dense FP8', group: 'Compute', format: flops },
  { key: 'fp8SparseFlops', label: 'Sparse FP8', group: 'Compute', format: flops },
  { key: 'bf16DenseFlops', label: 'Dense BF16', group: 'Compute', format: flops },
  { key: 'fp32DenseFlops', label: 'FP32', group: 'Compute', format: flops },
  { key: 'hbmBytes', label: 'HBM capacity', group: 'Memory', format: formatBytes },
  { key: 'hbmBandwidth', label: 'HBM bandwidth', group: 'Memory', format: formatBandwidth },
  { key: 'hostMemoryBytes', label: 'Host memory', group: 'Memory', format: formatBytes },
  {
    key: 'scaleUpBandwidthPerChip',
    label: 'Per chip',
    hint: 'both directions',
    group: 'Scale-up network',
    format: formatBandwidth,
  },
  {
    key: 'scaleUpBandwidthPerUltraServer',
    label: 'Per domain, summed',
    hint: 'over chips, both directions',
    group: 'Scale-up network',
    format: formatBandwidth,
  },
  {
    key: 'bisectionBandwidth',
    label: 'Bisection',
    hint: 'per domain, one direction',
    group: 'Scale-up network',
    format: formatBandwidth,
  },
  { key: 'diameterHops', label: 'Diameter', hint: 'link traversals', group: 'Scale-up network', format: formatHops },
  {
    key: 'averageHops',
    label: 'Average distance',
    hint: 'over distinct chip pairs',
    group: 'Scale-up network',
    format: formatHops,
  },
  {
    key: 'scaleOutBandwidthPerChip',
    label: 'Per chip',
    hint: 'one direction',
    group: 'Scale-out network',
    format: formatBandwidth,
  },
  {
    key: 'scaleOutBandwidth',
    label: 'Cluster total',
    hint: 'one direction',
    group: 'Scale-out network',
    format: formatBandwidth,
  },
  { key: 'chipPowerWatts', label: 'Chips', group: 'Power', format: formatPower },
  { key: 'itPowerWatts', label: 'IT power', hint: 'chips, hosts, network', group: 'Power', format: formatPower },
  { key: 'facilityPowerWatts', label: 'Facility power', hint: 'IT × PUE', group: 'Power', format: formatPower },
];

/** The text a row shows for a Metrics value. */
export function formatMetric(row: MetricRow, metrics: Metrics): string {
  const value = metrics[row.key];
  return value === null ? 'not published' : row.format(value);
}
