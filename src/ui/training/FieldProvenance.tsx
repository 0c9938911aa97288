import type { Figure } from '../../model/figure';
import { ConfidenceBadge } from '../provenance/ConfidenceBadge';
import { ProvenanceTip } from '../provenance/ProvenanceTip';
import { explainField, trainingQuantity } from './trainingExplanations';
import { sameValue } from '../controls/displayUnit';
import type { TrainingFieldSpec } from './trainingFields';

export interface FieldProvenanceProps {
  /** The field it annotates; required. */
  spec: TrainingFieldSpec;
  /** The value in force, model (SI) units; required. */
  value: number;
  /** The default it replaces, model units; required. */
  defaultValue: number;
  /** The default's sourced figure; default none ("no source recorded"). */
  figure?: Figure;
}

/**
 * Beside a field's label: the default's confidence badge, or "your value" once the user changed
 * it. Hovering or focusing it opens the default's sources and note.
 */
export function FieldProvenance({ spec, value, defaultValue, figure }: FieldProvenanceProps) {
  const overridden = !sameValue(value, defaultValue);
  return (
    <ProvenanceTip
      explanation={explainField(spec, value, defaultValue, figure)}
      formatValue={trainingQuantity}
      align="end"
    >
      {overridden ? (
        <span className="cs-badge cs-badge--override">your value</span>
      ) : figure ? (
        <ConfidenceBadge confidence={figure.confidence} />
      ) : (
        <span className="cs-badge">no source recorded</span>
      )}
    </ProvenanceTip>
  );
}
