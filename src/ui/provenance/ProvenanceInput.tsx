import type { ExplanationInput } from '../../model/provenance/explainMetric';
import type { QuantityFormatter } from '../../model/provenance/quantityText';
import { formatQuantity } from '../../format/numbers';
import { ConfidenceBadge } from './ConfidenceBadge';
import { SourceList } from './SourceList';

export interface ProvenanceInputProps {
  /** The input to show; required. */
  input: ExplanationInput;
  /** Renders its value; default formatQuantity from src/ui/format.ts. */
  formatValue?: QuantityFormatter;
}

/** One input of an explanation: its value, confidence (or "your value"), sources, note and alternatives. */
export function ProvenanceInput({ input, formatValue = formatQuantity }: ProvenanceInputProps) {
  const { figure } = input;
  return (
    <li>
      <span>{input.label}</span>: <span className="prov-input-value">{formatValue(input.value, input.unit)}</span>
      {input.overridden ? (
        <span className="cs-badge cs-badge--override">your value</span>
      ) : figure ? (
        <ConfidenceBadge confidence={figure.confidence} disputed={(figure.alternatives?.length ?? 0) > 0} />
      ) : (
        <span className="cs-badge">no source recorded</span>
      )}
      {input.overridden && <p className="prov-note">Set by you; it replaces the sourced figure.</p>}
      {figure && <SourceList sources={figure.source} />}
      {figure?.note && <p className="prov-note">{figure.note}</p>}
      {figure?.alternatives && figure.alternatives.length > 0 && (
        <ul className="prov-alternatives" aria-label="Other published values">
          {figure.alternatives.map((alt, i) => (
            <li key={i}>
              Also published: {formatValue(alt.value, figure.unit)}
              <ConfidenceBadge confidence={alt.confidence} /> — {alt.note}
              <SourceList sources={alt.source} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
