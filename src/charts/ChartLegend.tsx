import './charts.css';

export interface ChartLegendItem {
  label: string;
  /** CSS class that colors the swatch (cs-series-N, cs-part-*). */
  className: string;
  /** SVG stroke-dasharray of a line swatch; '' for solid. */
  dash?: string;
}

export interface ChartLegendProps {
  /** Entries in drawing order; required. */
  items: readonly ChartLegendItem[];
  /** 'line' draws a stroke (line charts), 'box' a filled square (bars); default 'line'. */
  swatch?: 'line' | 'box';
}

/** Names the series or parts; the swatches repeat the marks' color and dash so color is not the only cue. */
export function ChartLegend({ items, swatch = 'line' }: ChartLegendProps) {
  return (
    <ul className="cs-legend">
      {items.map((item) => (
        <li key={item.label}>
          {swatch === 'line' ? (
            <svg width="24" height="8" aria-hidden="true">
              <line
                x1="0"
                x2="24"
                y1="4"
                y2="4"
                className={`cs-line ${item.className}`}
                strokeDasharray={item.dash || undefined}
              />
            </svg>
          ) : (
            <span className={`cs-legend-box ${item.className}`} aria-hidden="true" />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
