import { useMemo } from 'react';
import { evaluate, type ClusterConfig } from '../model/index';
import { StackedBarChart } from './StackedBarChart';
import { siFormatter } from '../format/numbers';
import { POWER_PARTS, powerBreakdown } from './data/powerBreakdown';

export interface PowerBreakdownChartProps {
  /** Systems to compare (config as in the store or a preset); required. */
  systems: ReadonlyArray<{ label: string; config: ClusterConfig }>;
  /** 'per-chip' divides by each system's chip count so sizes compare; default 'per-chip'. */
  scale?: 'total' | 'per-chip';
  /** Width in pixels; default 480. */
  width?: number;
  /** Show the data table on screen from the start; default false. */
  defaultShowTable?: boolean;
}

const formatWatts = siFormatter('W');

/** Facility power of each system split into chips, hosts, network and cooling, as stacked bars. */
export function PowerBreakdownChart({
  systems,
  scale = 'per-chip',
  width = 480,
  defaultShowTable = false,
}: PowerBreakdownChartProps) {
  const data = useMemo(() => systems.map((s) => powerBreakdown(s.label, evaluate(s.config), scale)), [systems, scale]);
  const perChip = scale === 'per-chip';
  return (
    <StackedBarChart
      testId="power-breakdown-chart"
      title={perChip ? 'Facility power per chip, by part' : 'Facility power, by part'}
      subtitle="Cooling and facility = facility − IT power (what the PUE adds). Chip power of Trainium and TPUs, and host power of most systems, are estimates or assumptions."
      data={data}
      parts={POWER_PARTS.map((p) => ({ ...p, className: `cs-part-${p.key}` }))}
      valueLabel={perChip ? 'Watts per chip' : 'Facility power (W)'}
      formatValue={formatWatts}
      formatTick={siFormatter('W', 3)}
      width={width}
      defaultShowTable={defaultShowTable}
    />
  );
}
