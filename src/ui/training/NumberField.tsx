import { useId, useState, type ReactNode } from 'react';
import { displayText, parseField, rangeText, sameValue, type NumberFieldSpec } from './trainingFields';
import './training.css';

export interface NumberFieldProps {
  /** Label, display unit, allowed range and conversions; required. */
  spec: NumberFieldSpec;
  /** The value in force, in model (SI) units; required. */
  value: number;
  /** Called with a valid value in model units, never with a refused one; required. */
  onCommit: (value: number) => void;
  /** Shown beside the allowed range, e.g. the default's confidence badge; default none. */
  provenance?: ReactNode;
  /** data-testid of the input; default none. */
  testId?: string;
}

/**
 * A number typed in display units (billions, %, years). Each keystroke is checked: a valid value
 * is committed at once; anything else (empty, text, negative, out of range) is refused at the
 * field with the allowed range, and the last valid value stays in force. Escape restores it.
 */
export function NumberField({ spec, value, onCommit, provenance, testId }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => displayText(spec, value));
  // The value the draft was last in step with: a different one came from outside (preset, link).
  const [seen, setSeen] = useState(value);
  // Only what the user typed is judged: a value set from outside (a link may allow a wider range) shows as is.
  const [edited, setEdited] = useState(false);
  if (!sameValue(value, seen)) {
    setSeen(value);
    setDraft(displayText(spec, value));
    setEdited(false);
  }
  const parsed = parseField(spec, draft);
  const error = edited && !parsed.ok ? parsed.error : null;

  const onChange = (text: string) => {
    setDraft(text);
    setEdited(true);
    const next = parseField(spec, text);
    if (!next.ok || sameValue(next.value, value)) return;
    setSeen(next.value);
    onCommit(next.value);
  };

  return (
    <div className={`training-field${error ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>
        {spec.label} <span className="training-field-unit">({spec.unit})</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-range ${id}-error` : `${id}-range ${id}-help`}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && error) {
            setDraft(displayText(spec, value));
            setEdited(false);
          }
        }}
      />
      <div className="training-field-foot">
        <span className="training-field-range" id={`${id}-range`}>
          {rangeText(spec)}
        </span>
        {provenance}
      </div>
      {error ? (
        <span className="training-field-error" id={`${id}-error`} role="alert">
          {error} Still using {displayText(spec, value)} {spec.unit}.
        </span>
      ) : (
        <span className="training-field-help" id={`${id}-help`}>
          {spec.help}
        </span>
      )}
    </div>
  );
}
