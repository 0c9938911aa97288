import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { useMemo, useState } from 'react';
import { ChartFigure } from './ChartFigure';
import { ChartLegend } from './ChartLegend';
import { axisTicks } from './data/axisTicks';
import './charts.css';

export interface StackedBarPart {
  key: string;
  label: string;
  /** CSS class that colors the segments and swatch; default cs-series-<index>. */
  className?: string;
}

export interface StackedBarDatum {
  label: string;
  /** Value of each part by key; a missing part counts as 0. */
  values: Readonly<Record<string, number>>;
}

export interface StackedBarChartProps {
  /** One horizontal bar per datum, top to bottom; required. */
  data: readonly StackedBarDatum[];
  /** The stacked parts, left to right; required. */
  parts: readonly StackedBarPart[];
  /** Chart heading (also the table caption); required. */
  title: string;
  /** Method and caveats in one line; default none. */
  subtitle?: string;
  /** Value-axis label with its unit, e.g. "Power per chip (W)"; required. */
  valueLabel: string;
  /** Formats values for the readout and table; default String. */
  formatValue?: (value: number) => string;
  /** Short tick labels; default formatValue. */
  formatTick?: (value: number) => string;
  /** Width in pixels (the SVG shrinks to its container); default 480. */
  width?: number;
  /** Height of one bar's band in pixels; default 34. */
  bandHeight?: number;
  /** Show the data table on screen from the start; default false. */
  defaultShowTable?: boolean;
  /** data-testid of the figure; default none. */
  testId?: string;
}

const MARGIN = { top: 4, right: 16, bottom: 40 };
const MAX_LABEL_CHARS = 24;

const shorten = (label: string) => (label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label);

/** Horizontal stacked bars (e.g. power by part per system), with a hover readout and a data table. */
export function StackedBarChart({
  data,
  parts,
  title,
  subtitle,
  valueLabel,
  formatValue = String,
  formatTick = formatValue,
  width = 480,
  bandHeight = 34,
  defaultShowTable = false,
  testId,
}: StackedBarChartProps) {
  const [active, setActive] = useState<{ row: number; part: number } | null>(null);
  const partClass = (i: number) => parts[i]?.className ?? `cs-series-${i % 6}`;
  const left = Math.min(170, 14 + 6.5 * Math.max(4, ...data.map((d) => shorten(d.label).length)));
  const innerWidth = Math.max(40, width - left - MARGIN.right);
  const innerHeight = Math.max(bandHeight, data.length * bandHeight);
  const height = innerHeight + MARGIN.top + MARGIN.bottom;

  const layers = useMemo(
    () =>
      stack<Readonly<Record<string, number>>, string>()
        .keys(parts.map((p) => p.key))
        .value((d, key) => Math.max(0, d[key] ?? 0))(data.map((d) => d.values)),
    [data, parts],
  );
  const totals = data.map((d) => parts.reduce((sum, p) => sum + Math.max(0, d.values[p.key] ?? 0), 0));
  const x = scaleLinear()
    .domain([0, max(totals) || 1])
    .range([0, innerWidth])
    .nice();
  const y = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([0, innerHeight])
    .padding(0.25);
  const ticks = axisTicks(x, 'linear', formatTick, Math.max(2, Math.floor(innerWidth / 80)));

  const activeRow = active ? data[active.row] : undefined;
  const activePart = active ? parts[active.part] : undefined;
  const activeValue = activeRow && activePart ? (activeRow.values[activePart.key] ?? 0) : 0;
  const activeTotal = active ? (totals[active.row] ?? 0) : 0;

  const table = {
    columns: ['System', ...parts.map((p) => p.label), 'Total'],
    rows: data.map((d, i) => ({
      key: `${d.label}-${i}`,
      cells: [d.label, ...parts.map((p) => formatValue(d.values[p.key] ?? 0)), formatValue(totals[i] ?? 0)],
    })),
  };
  const ariaLabel = `${title}. ${valueLabel} for ${data.map((d) => d.label).join(', ')}, split into ${parts.map((p) => p.label).join(', ')}. The data table follows.`;

  return (
    <ChartFigure
      title={title}
      subtitle={subtitle}
      table={table}
      defaultShowTable={defaultShowTable}
      testId={testId}
      legend={<ChartLegend swatch="box" items={parts.map((p, i) => ({ label: p.label, className: partClass(i) }))} />}
      readout={
        activeRow &&
        activePart && (
          <span>
            {activeRow.label} · {activePart.label}: {formatValue(activeValue)}
            {activeTotal > 0 && ` (${Math.round((100 * activeValue) / activeTotal)}% of ${formatValue(activeTotal)})`}
          </span>
        )
      }
    >
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel}>
        <g transform={`translate(${left},${MARGIN.top})`}>
          {ticks.map((t) => (
            <g key={t.value} transform={`translate(${t.offset},0)`}>
              <line className="cs-grid" y1={0} y2={innerHeight} />
              <line className="cs-tick" y1={innerHeight} y2={innerHeight + 5} />
              <text y={innerHeight + 17} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          {data.map((d, i) => (
            <text key={`${d.label}-${i}`} x={-8} y={(y(i) ?? 0) + y.bandwidth() / 2} dy="0.32em" textAnchor="end">
              {shorten(d.label)}
            </text>
          ))}
          {layers.map((layer, p) =>
            layer.map((segment, i) => {
              const [from, to] = segment;
              const row = data[i];
              if (!row || to <= from) return null;
              const isActive = active?.row === i && active.part === p;
              return (
                <rect
                  key={`${p}-${i}`}
                  className={`cs-bar-segment ${partClass(p)}${isActive ? ' is-active' : ''}`}
                  x={x(from)}
                  y={y(i)}
                  width={Math.max(0.5, x(to) - x(from))}
                  height={y.bandwidth()}
                  onPointerEnter={() => setActive({ row: i, part: p })}
                  onPointerLeave={() => setActive(null)}
                >
                  <title>{`${row.label} · ${parts[p]?.label ?? ''}: ${formatValue(to - from)}`}</title>
                </rect>
              );
            }),
          )}
          <line className="cs-axis-line" x1={0} x2={0} y1={0} y2={innerHeight} />
          <line className="cs-axis-line" x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} />
          <text className="cs-axis-label" x={innerWidth / 2} y={innerHeight + 34} textAnchor="middle">
            {valueLabel}
          </text>
        </g>
      </svg>
    </ChartFigure>
  );
}
