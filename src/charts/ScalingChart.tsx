import { useMemo } from 'react';
import { LineChart } from './LineChart';
import { formatCount, formatCountShort, formatHops, siFormatter } from '../format/numbers';
import { SCALING_METRICS, scalingSeries, type ScalingMetric, type ScalingSystem } from './data/scalingSeries';

export interface ScalingChartProps {
  /** Systems to compare (config as in the store or a preset); required. */
  systems: readonly ScalingSystem[];
  /** Which figure to plot against chip count; default 'fp8DenseFlops'. */
  metric?: ScalingMetric;
  /** Largest cluster sampled, chips; default 1,000,000. */
  maxChips?: number;
  /** Width in pixels; default 480. */
  width?: number;
  /** Height in pixels; default 300. */
  height?: number;
  /** Show the data table on screen from the start; default false. */
  defaultShowTable?: boolean;
}

/** One figure of each system against cluster size, adding whole scale-up domains up to ~1M chips. */
export function ScalingChart({
  systems,
  metric = 'fp8DenseFlops',
  maxChips = 1_000_000,
  width = 480,
  height = 300,
  defaultShowTable = false,
}: ScalingChartProps) {
  const data = useMemo(() => scalingSeries(systems, { maxChips }), [systems, maxChips]);
  const spec = SCALING_METRICS[metric];
  const isHops = metric === 'averageHops';
  return (
    <LineChart
      testId={`scaling-chart-${metric}`}
      title={spec.title}
      subtitle={spec.subtitle}
      series={data.map((s) => ({ label: s.label, points: s.points.map((p) => ({ x: p.chips, y: p[metric] })) }))}
      xLabel="Chips in the cluster"
      yLabel={spec.axisLabel}
      formatX={(v) => `${formatCount(v)} chips`}
      formatXTick={formatCountShort}
      formatY={isHops ? formatHops : siFormatter(spec.unit)}
      formatYTick={isHops ? formatHops : siFormatter(spec.unit, 3)}
      xScale="log"
      yScale={spec.scale}
      width={width}
      height={height}
      defaultShowTable={defaultShowTable}
    />
  );
}
