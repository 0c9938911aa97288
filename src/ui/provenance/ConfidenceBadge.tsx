import type { Confidence } from '../../model/index';
import './provenance.css';

/** The fact sheet's legend, for badges' titles and screen readers. */
export const CONFIDENCE_MEANING: Readonly<Record<Confidence, string>> = {
  H: 'high: vendor documentation',
  M: 'medium: reputable press or analyst',
  L: 'low: an estimate or a single secondary source',
  D: 'derived: arithmetic on sourced values',
  U: 'unconfirmed: no source found; an assumption',
};

/** Words shown next to the letter where the figure should not be taken at face value. */
const VISIBLE_WORD: Partial<Record<Confidence, string>> = { L: 'low', U: 'unconfirmed' };

export interface ConfidenceBadgeProps {
  /** The figure's confidence (H, M, L, D, U); required. */
  confidence: Confidence;
  /** Sources disagree on the figure: adds a "disputed" badge. Default false. */
  disputed?: boolean;
}

/** A figure's confidence as a small badge; low, unconfirmed and disputed ones are marked in the warning color. */
export function ConfidenceBadge({ confidence, disputed = false }: ConfidenceBadgeProps) {
  const word = VISIBLE_WORD[confidence];
  return (
    <>
      <span
        className={`cs-badge cs-badge--${confidence}`}
        title={`Confidence ${CONFIDENCE_MEANING[confidence]}`}
        data-confidence={confidence}
      >
        <span aria-hidden="true">{word ? `${confidence} · ${word}` : confidence}</span>
        <span className="cs-sr-only">confidence {CONFIDENCE_MEANING[confidence]}</span>
      </span>
      {disputed && (
        <span className="cs-badge cs-badge--disputed" title="Sources disagree on this figure">
          disputed
        </span>
      )}
    </>
  );
}
