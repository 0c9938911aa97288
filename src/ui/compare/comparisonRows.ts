import { evaluate, type ClusterConfig, type MetricKey, type Metrics, type PresetId } from '../../model/index';
import type { CompareBasis } from '../../share/shareState';
import {
  formatBandwidth,
  formatBytes,
  formatCount,
  formatFlops,
  formatFlopsPerWatt,
  formatHops,
  formatPower,
  formatTimes,
} from '../../format/numbers';

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
   * A total of the whole system (chips, FLOP/s, watts): scaled when the comparison holds chips,
   * power or domains equal. Per-chip, per-domain and network figures are already normalized.
   */
  scales?: true;
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
    scales: true,
    label: 'Accelerators',
    group: 'As in the seed article',
    metric: 'chips',
    value: (m) => m.chips,
    format: formatCount,
  },
  {
    key: 'hbm',
    scales: true,
    label: 'HBM',
    group: 'As in the seed article',
    metric: 'hbmBytes',
    value: (m) => m.hbmBytes,
    format: formatBytes,
  },
  {
    key: 'memory-bw',
    scales: true,
    label: 'Memory BW',
    hint: 'HBM, summed over chips',
    group: 'As in the seed article',
    metric: 'hbmBandwidth',
    value: (m) => m.hbmBandwidth,
    format: formatBandwidth,
  },
  {
    key: 'interconnect-bw',
    scales: true,
    label: 'Interconnect BW',
    hint: 'scale-up links, summed over chips, both directions',
    group: 'As in the seed article',
    metric: 'scaleUpBandwidth',
    value: (m) => m.scaleUpBandwidth,
    format: formatBandwidth,
  },
  {
    key: 'dense-fp8',
    scales: true,
    label: 'Dense FP8',
    group: 'As in the seed article',
    metric: 'fp8DenseFlops',
    value: (m) => m.fp8DenseFlops,
    format: formatFlops,
  },
  {
    key: 'sparse-fp8',
    scales: true,
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
    scales: true,
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
    scales: true,
    label: 'IT power',
    hint: 'chips, hosts, network',
    group: 'Power',
    metric: 'itPowerWatts',
    value: (m) => m.itPowerWatts,
    format: formatPower,
  },
  {
    key: 'facility-power',
    scales: true,
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
  /** What is held equal, and each column's factor on totals (1 for the baseline and as configured). */
  basis: CompareBasis;
  scales: number[];
  rows: ComparisonRow[];
}

/** The quantity each basis holds equal, read from a system's metrics. */
const BASIS_AMOUNT: Readonly<Record<Exclude<CompareBasis, 'configured'>, (m: Metrics) => number>> = {
  chips: (m) => m.chips,
  power: (m) => m.itPowerWatts,
  domains: (m) => m.ultraServers,
};

/** How the basis reads in a caption: "the same 8 chips as DGX B200". */
export const BASIS_LABELS: Readonly<Record<CompareBasis, string>> = {
  configured: 'As configured',
  chips: 'Equal chips',
  power: 'Equal IT power',
  domains: 'Equal scale-up domains',
};

/**
 * The factor each column's totals are multiplied by to hold the basis equal to the baseline's:
 * baseline amount ÷ the column's amount (a system with no chips or power keeps its own figures).
 */
export function basisScales(metrics: readonly Metrics[], baselineIndex: number, basis: CompareBasis): number[] {
  if (basis === 'configured') return metrics.map(() => 1);
  const amount = BASIS_AMOUNT[basis];
  const base = metrics[baselineIndex] ? amount(metrics[baselineIndex]!) : 0;
  return metrics.map((m) => {
    const own = amount(m);
    return own > 0 && base > 0 ? base / own : 1;
  });
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
  basis: CompareBasis = 'configured',
): Comparison {
  const compared = systems.slice(0, MAX_COMPARED);
  const metrics = compared.map((s) => evaluate(s.config));
  const baseline = Math.min(Math.max(0, Math.trunc(baselineIndex)), Math.max(0, compared.length - 1));
  const scales = basisScales(metrics, baseline, basis);
  return {
    systems: compared,
    metrics,
    baselineIndex: baseline,
    basis,
    scales,
    rows: rows.map((def) => {
      const values = metrics.map((m, i) => {
        const value = def.value(m);
        return value !== null && def.scales ? value * scales[i]! : value;
      });
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
