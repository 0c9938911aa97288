import { evaluate, type ClusterConfig, type MetricKey, type Metrics, type PresetId } from '../../model/index';
import {
  formatBandwidth,
  formatBytes,
  formatCount,
  formatFlops,
  formatFlopsPerWatt,
  formatHops,
  formatPower,
  formatTimes,
} from '../format';

/** One column of the comparison: a configuration, and the preset it is (for published figures). */
export interface ComparedSystem {
  label: string;
  config: ClusterConfig;
  presetId?: PresetId;
}

export type ComparisonGroup =
  | 'As in the seed article'
  | 'Per chip'
  | 'Efficiency'
  | 'Per scale-up domain'
  | 'Scale-up network'
  | 'Scale-out network'
  | 'Power';

export interface ComparisonRowDef {
  /** Stable id: data-testid `compare-row-<key>`. */
  key: string;
  label: string;
  /** Scope and direction convention, shown under the label. */
  hint?: string;
  group: ComparisonGroup;
  /** The model metric the row shows or is derived from; its provenance explains the cell. */
  metric?: MetricKey;
  value: (m: Metrics) => number | null;
  format: (value: number) => string;
  /**
   * Which way is better, for marking ratios. Absent on totals: a bigger system has more of
   * everything, which says nothing about the design; per-chip and per-watt rows carry it.
   */
  better?: 'higher' | 'lower';
}

const perChip = (v: number, m: Metrics) => (m.chips > 0 ? v / m.chips : 0);
/** A cluster total scaled to one scale-up domain. */
const perDomain = (v: number, m: Metrics) => (m.chips > 0 ? (v * m.chipsPerUltraServer) / m.chips : 0);

export const COMPARISON_ROWS: readonly ComparisonRowDef[] = [
  // The seed article's rows, for the whole configured system.
  {
    key: 'accelerators',
    label: 'Accelerators',
    group: 'As in the seed article',
    metric: 'chips',
    value: (m) => m.chips,
    format: formatCount,
  },
  {
    key: 'hbm',
    label: 'HBM',
    group: 'As in the seed article',
    metric: 'hbmBytes',
    value: (m) => m.hbmBytes,
    format: formatBytes,
  },
  {
    key: 'memory-bw',
    label: 'Memory BW',
    hint: 'HBM, summed over chips',
    group: 'As in the seed article',
    metric: 'hbmBandwidth',
    value: (m) => m.hbmBandwidth,
    format: formatBandwidth,
  },
  {
    key: 'interconnect-bw',
    label: 'Interconnect BW',
    hint: 'scale-up links, summed over chips, both directions',
    group: 'As in the seed article',
    metric: 'scaleUpBandwidth',
    value: (m) => m.scaleUpBandwidth,
    format: formatBandwidth,
  },
  {
    key: 'dense-fp8',
    label: 'Dense FP8',
    group: 'As in the seed article',
    metric: 'fp8DenseFlops',
    value: (m) => m.fp8DenseFlops,
    format: formatFlops,
  },
  {
    key: 'sparse-fp8',
    label: 'Sparse FP8',
    hint: 'peak structured sparsity',
    group: 'As in the seed article',
    metric: 'fp8SparseFlops',
    value: (m) => m.fp8SparseFlops,
    format: formatFlops,
  },

  {
    key: 'dense-fp8-per-chip',
    label: 'Dense FP8',
    group: 'Per chip',
    metric: 'fp8DenseFlops',
    value: (m) => perChip(m.fp8DenseFlops, m),
    format: formatFlops,
    better: 'higher',
  },
  {
    key: 'hbm-per-chip',
    label: 'HBM',
    group: 'Per chip',
    metric: 'hbmBytes',
    value: (m) => perChip(m.hbmBytes, m),
    format: formatBytes,
    better: 'higher',
  },
  {
    key: 'memory-bw-per-chip',
    label: 'Memory BW',
    group: 'Per chip',
    metric: 'hbmBandwidth',
    value: (m) => perChip(m.hbmBandwidth, m),
    format: formatBandwidth,
    better: 'higher',
  },
  {
    key: 'interconnect-bw-per-chip',
    label: 'Interconnect BW',
    hint: 'both directions',
    group: 'Per chip',
    metric: 'scaleUpBandwidthPerChip',
    value: (m) => m.scaleUpBandwidthPerChip,
    format: formatBandwidth,
    better: 'higher',
  },
  {
    key: 'power-per-chip',
    label: 'Facility power',
    hint: 'chip, host share, network, cooling',
    group: 'Per chip',
    metric: 'facilityPowerWatts',
    value: (m) => perChip(m.facilityPowerWatts, m),
    format: formatPower,
  },

  {
    key: 'flops-per-watt',
    label: 'Dense FP8 per watt',
    hint: 'per watt of facility power',
    group: 'Efficiency',
    value: (m) => (m.facilityPowerWatts > 0 ? m.fp8DenseFlops / m.facilityPowerWatts : null),
    format: formatFlopsPerWatt,
    better: 'higher',
  },

  {
    key: 'chips-per-domain',
    label: 'Chips',
    hint: 'UltraServer, NVL72 rack, pod',
    group: 'Per scale-up domain',
    metric: 'chipsPerUltraServer',
    value: (m) => m.chipsPerUltraServer,
    format: formatCount,
  },
  {
    key: 'domains',
    label: 'Domains in the system',
    group: 'Per scale-up domain',
    metric: 'ultraServers',
    value: (m) => m.ultraServers,
    format: formatCount,
  },
  {
    key: 'dense-fp8-per-domain',
    label: 'Dense FP8',
    group: 'Per scale-up domain',
    metric: 'fp8DenseFlops',
    value: (m) => perDomain(m.fp8DenseFlops, m),
    format: formatFlops,
  },
  {
    key: 'hbm-per-domain',
    label: 'HBM',
    group: 'Per scale-up domain',
    metric: 'hbmBytes',
    value: (m) => perDomain(m.hbmBytes, m),
    format: formatBytes,
  },
  {
    key: 'power-per-domain',
    label: 'Facility power',
    group: 'Per scale-up domain',
    metric: 'facilityPowerWatts',
    value: (m) => perDomain(m.facilityPowerWatts, m),
    format: formatPower,
  },

  {
    key: 'bisection',
    label: 'Bisection',
    hint: 'per domain, one direction',
    group: 'Scale-up network',
    metric: 'bisectionBandwidth',
    value: (m) => m.bisectionBandwidth,
    format: formatBandwidth,
  },
  {
    key: 'bisection-per-chip',
    label: 'Bisection per chip',
    hint: 'domain bisection ÷ its chips',
    group: 'Scale-up network',
    metric: 'bisectionBandwidth',
    value: (m) => (m.chipsPerUltraServer > 0 ? m.bisectionBandwidth / m.chipsPerUltraServer : null),
    format: formatBandwidth,
    better: 'higher',
  },
  {
    key: 'diameter',
    label: 'Diameter',
    hint: 'link traversals',
    group: 'Scale-up network',
    metric: 'diameterHops',
    value: (m) => m.diameterHops,
    format: formatHops,
    better: 'lower',
  },
  {
    key: 'average-hops',
    label: 'Average hops',
    hint: 'over distinct chip pairs',
    group: 'Scale-up network',
    metric: 'averageHops',
    value: (m) => m.averageHops,
    format: formatHops,
    better: 'lower',
  },

  {
    key: 'scale-out-per-chip',
    label: 'Per chip',
    hint: 'one direction',
    group: 'Scale-out network',
    metric: 'scaleOutBandwidthPerChip',
    value: (m) => m.scaleOutBandwidthPerChip,
    format: formatBandwidth,
    better: 'higher',
  },

  {
    key: 'it-power',
    label: 'IT power',
    hint: 'chips, hosts, network',
    group: 'Power',
    metric: 'itPowerWatts',
    value: (m) => m.itPowerWatts,
    format: formatPower,
  },
  {
    key: 'facility-power',
    label: 'Facility power',
    hint: 'IT × PUE',
    group: 'Power',
    metric: 'facilityPowerWatts',
    value: (m) => m.facilityPowerWatts,
    format: formatPower,
  },
];

export interface ComparisonCell {
  value: number | null;
  text: string;
  /** value ÷ the baseline's value; null for the baseline itself or when undefined. */
  ratio: number | null;
  ratioText: string | null;
  /** Against the baseline, where the row says which way is better. */
  verdict: 'better' | 'worse' | 'same' | null;
}

export interface ComparisonRow {
  def: ComparisonRowDef;
  cells: ComparisonCell[];
}

export interface Comparison {
  systems: ComparedSystem[];
  metrics: Metrics[];
  baselineIndex: number;
  rows: ComparisonRow[];
}

/** At most four columns fit beside each other; the comparison keeps the first four. */
export const MAX_COMPARED = 4;

/** Within half a percent counts as the same, so rounding does not read as a win. */
const SAME = 0.005;

function verdictOf(ratio: number | null, better: ComparisonRowDef['better']): ComparisonCell['verdict'] {
  if (ratio === null || !better) return null;
  if (Math.abs(ratio - 1) <= SAME) return 'same';
  return ratio > 1 === (better === 'higher') ? 'better' : 'worse';
}

/** Every row of the comparison: each system's value, formatted, and its ratio to the baseline column. */
export function comparisonRows(
  systems: readonly ComparedSystem[],
  baselineIndex = 0,
  rows: readonly ComparisonRowDef[] = COMPARISON_ROWS,
): Comparison {
  const compared = systems.slice(0, MAX_COMPARED);
  const metrics = compared.map((s) => evaluate(s.config));
  const baseline = Math.min(Math.max(0, Math.trunc(baselineIndex)), Math.max(0, compared.length - 1));
  return {
    systems: compared,
    metrics,
    baselineIndex: baseline,
    rows: rows.map((def) => {
      const values = metrics.map((m) => def.value(m));
      const base = values[baseline] ?? null;
      return {
        def,
        cells: values.map((value, i) => {
          const ratio = i === baseline || value === null || base === null || base === 0 ? null : value / base;
          return {
            value,
            text: value === null ? 'not published' : def.format(value),
            ratio,
            ratioText: ratio === null ? null : formatTimes(ratio),
            verdict: verdictOf(ratio, def.better),
          };
        }),
      };
    }),
  };
}
