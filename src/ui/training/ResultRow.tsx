import type { ReactNode } from 'react';
import type { MetricExplanation } from '../../model/provenance/explainMetric';
import { ProvenanceTip } from '../provenance/ProvenanceTip';
import { trainingQuantity } from './trainingExplanations';
import './training.css';

export interface ResultRowProps {
  /** What the figure is, e.g. "Days to train, nothing failing"; required. */
  label: string;
  /** The formatted value with its unit; required. */
  value: string;
  /** The unformatted value (days for times to train, MWh for energy, else SI units), exposed as data-value for tests and embeds; required. */
  raw: number;
  /** Formula with its numbers and the inputs' sources; the formula is also shown under the value; required. */
  explanation: MetricExplanation;
  /** data-testid of the value; default none. */
  testId?: string;
  /** A line under the formula (a caveat, a breakdown); default none. */
  note?: ReactNode;
  /** Emphasise the row as a headline result; default false. */
  headline?: boolean;
}

/** One result of the training panel: label, value (opens its provenance), then its formula. */
export function ResultRow({ label, value, raw, explanation, testId, note, headline = false }: ResultRowProps) {
  return (
    <div className={`training-result${headline ? ' is-headline' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <ProvenanceTip explanation={explanation} formatValue={trainingQuantity} align="end">
          <span className="training-value" data-testid={testId} data-value={raw}>
            {value}
          </span>
        </ProvenanceTip>
      </dd>
      <dd className="training-formula">
        <code>{explanation.formula}</code>
        {note && <span className="training-note">{note}</span>}
      </dd>
    </div>
  );
}
