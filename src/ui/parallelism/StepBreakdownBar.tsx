import type { StepBreakdown } from '../../model/index';
import { formatDuration } from '../../format/numbers';

const PARTS: readonly { key: keyof StepBreakdown; label: string }[] = [
  { key: 'compute', label: 'Compute' },
  { key: 'tensorParallel', label: 'TP all-reduces' },
  { key: 'contextParallel', label: 'CP exchange' },
  { key: 'expertParallel', label: 'EP all-to-all' },
  { key: 'pipelineBubble', label: 'Pipeline bubble' },
  { key: 'pipelineSends', label: 'Stage sends' },
  { key: 'dataParallel', label: 'DP gradients' },
  { key: 'optimizer', label: 'Optimizer' },
];

export interface StepBreakdownBarProps {
  /** Seconds by cause on the busiest chip; required. */
  breakdown: StepBreakdown;
  /** Their sum; required. */
  stepSeconds: number;
}

/** One bar for one step: compute and each exposed cost, in proportion, with a table beneath for exact values. */
export function StepBreakdownBar({ breakdown, stepSeconds }: StepBreakdownBarProps) {
  const shown = PARTS.filter((p) => breakdown[p.key] > 0);
  return (
    <figure className="step-breakdown" data-testid="step-breakdown">
      <figcaption>Where a step’s {formatDuration(stepSeconds)} go (busiest chip)</figcaption>
      <div
        className="step-bar"
        role="img"
        aria-label={shown.map((p) => `${p.label} ${formatDuration(breakdown[p.key])}`).join(', ')}
      >
        {shown.map((p) => (
          <span
            key={p.key}
            className={`step-part step-${p.key}`}
            style={{ width: `${(100 * breakdown[p.key]) / stepSeconds}%` }}
            title={`${p.label}: ${formatDuration(breakdown[p.key])}`}
          />
        ))}
      </div>
      <table className="step-table">
        <tbody>
          {shown.map((p) => (
            <tr key={p.key}>
              <th scope="row">
                <span className={`step-swatch step-${p.key}`} aria-hidden="true" />
                {p.label}
              </th>
              <td>{formatDuration(breakdown[p.key])}</td>
              <td>{Math.round((100 * breakdown[p.key]) / stepSeconds)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
