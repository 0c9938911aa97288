import { useMemo } from 'react';
import { LineChart } from '../../charts/LineChart';
import { formatBytesDecimal, formatCount, formatCountShort, formatPercent } from '../../format/numbers';
import { goodputSeries, type GoodputSystem } from '../../charts/data/goodputSeries';
import { DEFAULT_RELIABILITY, type ReliabilityConfig } from '../../model/goodput/reliabilityConfig';
import { DEFAULT_TRAINING } from '../../model/training/trainingConfig';
import { SourceList } from '../provenance/SourceList';
import './training.css';

export interface GoodputChartProps {
  /** One to four systems to compare (label and config, as in the store or a preset); required. */
  systems: readonly GoodputSystem[];
  /** Model parameters, which size the checkpoint; default DEFAULT_TRAINING.parameters (405e9). */
  parameters?: number;
  /** Failure rates and checkpoint costs; default DEFAULT_RELIABILITY. */
  reliability?: ReliabilityConfig;
  /** Largest cluster sampled, chips (each system's own size is always kept); default 1,000,000. */
  maxChips?: number;
  /** Width in pixels; default 480. */
  width?: number;
  /** Height in pixels; default 300. */
  height?: number;
  /** Show the data table on screen from the start; default false. */
  defaultShowTable?: boolean;
}

/** Goodput (useful-work fraction) of each system against cluster size, as whole scale-up domains are added. */
export function GoodputChart({
  systems,
  parameters = DEFAULT_TRAINING.parameters,
  reliability = DEFAULT_RELIABILITY,
  maxChips = 1_000_000,
  width = 480,
  height = 300,
  defaultShowTable = false,
}: GoodputChartProps) {
  const data = useMemo(
    () => goodputSeries(systems.slice(0, 4), parameters, reliability, { maxChips }),
    [systems, parameters, reliability, maxChips],
  );
  const checkpoint = parameters * reliability.checkpointBytesPerParameter;
  return (
    <div className="training-chart">
      <LineChart
        testId="goodput-chart"
        title="Goodput as the cluster grows"
        subtitle={
          `Share of wall-clock time that advances training, checkpointing a ${formatBytesDecimal(checkpoint)} state at Daly's interval. ` +
          'More chips fail more often. Log x; each line adds whole scale-up domains and includes the configured size.'
        }
        series={data.map((s) => ({ label: s.label, points: s.points.map((p) => ({ x: p.chips, y: p.goodput })) }))}
        xLabel="Chips in the cluster"
        yLabel="Goodput (% of wall-clock time)"
        formatX={(v) => `${formatCount(v)} chips`}
        formatXTick={formatCountShort}
        formatY={formatPercent}
        xScale="log"
        yScale="linear"
        width={width}
        height={height}
        defaultShowTable={defaultShowTable}
      />
      <div className="training-chart-method">
        <code>goodput = τ·e^(−R/M) ÷ (M·(e^((τ+δ)/M) − 1))</code>, with <code>M = 1 ÷ Σ(count ÷ MTBF)</code>, δ =
        checkpoint size ÷ write bandwidth, τ Daly's interval and R the restart time. Sources:
        <SourceList sources={['Daly2006', 'Young1974', 'Meta-Llama3', 'Klockwood-Reliability']} />
      </div>
    </div>
  );
}
