import type { MetricExplanation } from '../../model/provenance/explainMetric';
import { formatQuantity } from '../../format/numbers';
import type { QuantityFormatter } from '../../model/provenance/quantityText';
import { ProvenanceInput } from './ProvenanceInput';
import './provenance.css';

export interface ProvenanceDetailsProps {
  /** What to explain, from explainMetric(); required. */
  explanation: MetricExplanation;
  /** Renders input values; default formatQuantity from src/ui/format.ts. */
  formatValue?: QuantityFormatter;
  /** Id of the formula paragraph, so a trigger can point aria-describedby at it; default none. */
  formulaId?: string;
}

/** The body of a provenance popover: the formula with its numbers, then each input's sources. */
export function ProvenanceDetails({ explanation, formatValue = formatQuantity, formulaId }: ProvenanceDetailsProps) {
  return (
    <div className="prov-details">
      <p className="prov-title">
        {explanation.title}
        {explanation.doubtful && (
          <span className="cs-badge cs-badge--disputed" title="An input is low-confidence, unconfirmed or disputed">
            uncertain
          </span>
        )}
      </p>
      <p className="prov-formula" id={formulaId}>
        <code>{explanation.formula}</code>
      </p>
      {explanation.inputs.length > 0 && (
        <ul className="prov-inputs" aria-label="Inputs and sources">
          {explanation.inputs.map((input, i) => (
            <ProvenanceInput key={`${input.label}-${i}`} input={input} formatValue={formatValue} />
          ))}
        </ul>
      )}
    </div>
  );
}
