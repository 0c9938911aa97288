import { leastIndex } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo, useState, type PointerEvent } from 'react';
import { ChartFigure } from './ChartFigure';
import { ChartLegend } from './ChartLegend';
import { axisTicks } from './data/axisTicks';
import { chartDomain } from './data/chartDomain';
import './charts.css';

export interface LinePoint {
  x: number;
  y: number;
}

export interface LineSeries {
  label: string;
  points: readonly LinePoint[];
}

export interface LineChartProps {
  /** Series to draw, each sorted by x; required. Colors and dashes follow their order. */
  series: readonly LineSeries[];
  /** Chart heading (also the table caption); required. */
  title: string;
  /** Method and caveats in one line; default none. */
  subtitle?: string;
  /** x-axis label with its unit, e.g. "Chips"; required. */
  xLabel: string;
  /** y-axis label with its unit, e.g. "Dense FP8 (FLOP/s)"; required. */
  yLabel: string;
  /** Formats x values for ticks, readout and table; default String. */
  formatX?: (value: number) => string;
  /** Formats y values for ticks, readout and table; default String. */
  formatY?: (value: number) => string;
  /** Short tick labels on the x axis; default formatX. */
  formatXTick?: (value: number) => string;
  /** Short tick labels on the y axis; default formatY. */
  formatYTick?: (value: number) => string;
  /** x scale kind; default 'log'. */
  xScale?: 'log' | 'linear';
  /** y scale kind; default 'log'. */
  yScale?: 'log' | 'linear';
  /** Width in pixels (the SVG shrinks to its container); default 480. */
  width?: number;
  /** Height in pixels; default 300. */
  height?: number;
  /** Show the data table on screen from the start; default false. */
  defaultShowTable?: boolean;
  /** data-testid of the figure; default none. */
  testId?: string;
}

// Left margin fits tick labels like "100 PFLOP/s" plus the rotated axis label.
const MARGIN = { top: 8, right: 14, bottom: 42, left: 88 };
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 2', '1 2'];

/** A multi-series line chart on log or linear axes, with a hover readout and a data table. */
export function LineChart({
  series,
  title,
  subtitle,
  xLabel,
  yLabel,
  formatX = String,
  formatY = String,
  formatXTick = formatX,
  formatYTick = formatY,
  xScale = 'log',
  yScale = 'log',
  width = 480,
  height = 300,
  defaultShowTable = false,
  testId,
}: LineChartProps) {
  const [hoverX, setHoverX] = useState<number | null>(null);
  const innerWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(40, height - MARGIN.top - MARGIN.bottom);

  // Points a log axis cannot place (≤ 0) are left out of the drawing, not of the table.
  const drawable = useMemo(
    () =>
      series.map((s) => ({
        ...s,
        points: s.points.filter((p) => (xScale === 'linear' || p.x > 0) && (yScale === 'linear' || p.y > 0)),
      })),
    [series, xScale, yScale],
  );

  const { x, y } = useMemo(() => {
    const xs = drawable.flatMap((s) => s.points.map((p) => p.x));
    const ys = drawable.flatMap((s) => s.points.map((p) => p.y));
    const make = (kind: 'log' | 'linear', domain: [number, number], range: [number, number]) =>
      kind === 'log' ? scaleLog().domain(domain).range(range) : scaleLinear().domain(domain).range(range).nice();
    return {
      x: make(xScale, chartDomain(xs, xScale), [0, innerWidth]),
      y: make(yScale, chartDomain(ys, yScale), [innerHeight, 0]),
    };
  }, [drawable, xScale, yScale, innerWidth, innerHeight]);

  const xTicks = axisTicks(x, xScale, formatXTick, Math.max(2, Math.floor(innerWidth / 70)));
  const yTicks = axisTicks(y, yScale, formatYTick, Math.max(2, Math.floor(innerHeight / 40)));
  const path = line<LinePoint>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));

  // For each series, its point nearest the pointer along x.
  const hovered =
    hoverX === null
      ? []
      : drawable.flatMap((s, i) => {
          const index = leastIndex(s.points, (p) => Math.abs(x(p.x) - hoverX));
          const point = index === undefined ? undefined : s.points[index];
          return point ? [{ series: s.label, seriesIndex: i, point }] : [];
        });

  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    // The SVG may be scaled down to its container: map client pixels back to chart pixels.
    const scale = box.width > 0 ? innerWidth / box.width : 1;
    setHoverX((event.clientX - box.left) * scale);
  };

  const table = {
    columns: ['Series', xLabel, yLabel],
    rows: series.flatMap((s) =>
      s.points.map((p, i) => ({ key: `${s.label}-${i}`, cells: [s.label, formatX(p.x), formatY(p.y)] })),
    ),
  };
  const axesKind = xScale === 'log' && yScale === 'log' ? 'log–log' : `${xScale} x, ${yScale} y`;
  const ariaLabel = `${title}. ${yLabel} against ${xLabel}, ${axesKind}, for ${series.map((s) => s.label).join(', ')}. The data table follows.`;

  return (
    <ChartFigure
      title={title}
      subtitle={subtitle}
      table={table}
      defaultShowTable={defaultShowTable}
      testId={testId}
      legend={
        <ChartLegend
          items={series.map((s, i) => ({
            label: s.label,
            className: `cs-series-${i % 6}`,
            dash: DASHES[i % DASHES.length],
          }))}
        />
      }
      readout={
        hovered.length > 0 && (
          <ul>
            {hovered.map((h) => (
              <li key={h.series} className={`cs-series-${h.seriesIndex % 6}`}>
                {h.series}: {formatX(h.point.x)} → {formatY(h.point.y)}
              </li>
            ))}
          </ul>
        )
      }
    >
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel}>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {yTicks.map((t) => (
            <g key={`y${t.value}`} transform={`translate(0,${t.offset})`}>
              {t.label !== null && <line className="cs-grid" x1={0} x2={innerWidth} />}
              <line className="cs-tick" x1={t.label !== null ? -6 : -3} x2={0} />
              {t.label !== null && (
                <text x={-9} dy="0.32em" textAnchor="end">
                  {t.label}
                </text>
              )}
            </g>
          ))}
          {xTicks.map((t) => (
            <g key={`x${t.value}`} transform={`translate(${t.offset},${innerHeight})`}>
              {t.label !== null && <line className="cs-grid" y1={-innerHeight} y2={0} />}
              <line className="cs-tick" y1={0} y2={t.label !== null ? 6 : 3} />
              {t.label !== null && (
                <text y={18} textAnchor="middle">
                  {t.label}
                </text>
              )}
            </g>
          ))}
          <line className="cs-axis-line" x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} />
          <line className="cs-axis-line" x1={0} x2={0} y1={0} y2={innerHeight} />
          <text className="cs-axis-label" x={innerWidth / 2} y={innerHeight + 36} textAnchor="middle">
            {xLabel}
          </text>
          <text
            className="cs-axis-label"
            transform={`translate(${-MARGIN.left + 10},${innerHeight / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {yLabel}
          </text>
          {drawable.map((s, i) => (
            <g key={s.label}>
              <path
                className={`cs-line cs-series-${i % 6}`}
                d={path(s.points as LinePoint[]) ?? undefined}
                strokeDasharray={DASHES[i % DASHES.length] || undefined}
              />
              {s.points.map((p, j) => (
                <circle key={j} className={`cs-series-${i % 6}`} cx={x(p.x)} cy={y(p.y)} r={2.2} strokeWidth={0} />
              ))}
            </g>
          ))}
          {hovered.length > 0 && hoverX !== null && (
            <g>
              <line className="cs-rule" x1={hoverX} x2={hoverX} y1={0} y2={innerHeight} />
              {hovered.map((h) => (
                <circle
                  key={h.series}
                  className={`cs-series-${h.seriesIndex % 6}`}
                  cx={x(h.point.x)}
                  cy={y(h.point.y)}
                  r={4.5}
                />
              ))}
            </g>
          )}
          <rect
            className="cs-hit"
            width={innerWidth}
            height={innerHeight}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setHoverX(null)}
          />
        </g>
      </svg>
    </ChartFigure>
  );
}
