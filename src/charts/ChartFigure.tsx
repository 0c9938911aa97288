import { useId, useRef, useState, type ReactNode } from 'react';
import { saveBlob } from './saveBlob';
import { svgFile } from './svgFile';
import './charts.css';

export interface ChartTableData {
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: readonly string[] }>;
}

export interface ChartFigureProps {
  /** Heading of the chart and caption of its table; required. */
  title: string;
  /** One line of method and caveats under the title; default none. */
  subtitle?: string;
  /** The same data as the chart, already formatted; required (it is the chart's text alternative). */
  table: ChartTableData;
  /** Show the table on screen from the start; default false (it stays available to screen readers). */
  defaultShowTable?: boolean;
  /** Legend above the plot; default none. */
  legend?: ReactNode;
  /** Hover readout under the plot; default none. */
  readout?: ReactNode;
  /** data-testid of the figure; default none. */
  testId?: string;
  /** The SVG. */
  children: ReactNode;
}

/**
 * Frame shared by the charts: title, subtitle, legend, the SVG, a readout line and the data
 * table. The table is always in the document (visually hidden until toggled), so the chart has
 * a complete text alternative.
 */
export function ChartFigure({
  title,
  subtitle,
  table,
  defaultShowTable = false,
  legend,
  readout,
  testId,
  children,
}: ChartFigureProps) {
  const [showTable, setShowTable] = useState(defaultShowTable);
  const tableId = useId();
  const figure = useRef<HTMLElement>(null);
  const saveSvg = () => {
    const svg = figure.current?.querySelector<SVGSVGElement>('svg[role="img"]');
    if (svg)
      saveBlob(
        svgFile(svg),
        `clusterscope-${title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}.svg`,
      );
  };
  return (
    <figure className="cs-chart" data-testid={testId} ref={figure}>
      <figcaption>
        <span className="cs-chart-title">{title}</span>
        {subtitle && <span className="cs-chart-subtitle">{subtitle}</span>}
      </figcaption>
      {legend}
      {children}
      <div className="cs-chart-readout">{readout}</div>
      <button
        type="button"
        className="cs-table-toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((s) => !s)}
      >
        {showTable ? 'Hide data table' : 'Show data table'}
      </button>
      <button type="button" className="cs-table-toggle" onClick={saveSvg} data-testid="chart-svg">
        Download SVG
      </button>
      <div id={tableId} className={showTable ? undefined : 'cs-visually-hidden'}>
        <table className="cs-chart-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
