import { type ReactNode, useId, useState } from 'react';
import { roundToSignificant } from '../../format/numbers';
import type { NumberFieldSpec, SettingUnit } from '../../model/index';
import {
  type DisplayUnit,
  displayUnitOf,
  formatRangeBound,
  formatTypedNumber,
  parseTypedNumber,
  sameValue,
} from './displayUnit';
import './numberField.css';

/** What a field edits: a model bound (configSpec or settingsSpec) with the words a person reads. */
export type FieldSpec = Pick<NumberFieldSpec, 'key' | 'label' | 'min' | 'max' | 'integer' | 'help'> & {
  unit: SettingUnit;
};

export interface NumberFieldProps {
  /** What the field edits: label, SI unit, bounds, help; required. */
  spec: FieldSpec;
  /** The value in force, SI units; required. */
  value: number;
  /** Applies a value (SI units, within the bounds); returns problems when the whole state refuses it; required. */
  onCommit: (value: number) => string[] | undefined;
  /** The unit to type in (GB/s, billion, %, years…). Default: by the spec's unit. */
  displayUnit?: DisplayUnit;
  /** Show a slider beside the box (log scale when the range spans decades). Default false. */
  slider?: boolean;
  /** Marks the value as changed from the sourced default with an "edited" badge. Default false. */
  overridden?: boolean;
  /** Resets this one value (chip overrides). Default: no reset button. */
  onReset?: () => void;
  /** Shown beside the label, e.g. the default's confidence badge. Default none. */
  provenance?: ReactNode;
  /** data-testid of the text box. Default none (the field itself is `field-<key>`). */
  testId?: string;
}

const SLIDER_STEPS = 1000;

/**
 * A number typed in display units and applied as it is typed (the metrics follow in the same
 * frame). What cannot be applied is refused here, with the allowed range, and the last valid
 * value stays in force; Escape or leaving the box shows it again. A value changed from outside
 * (preset, link, slider) replaces the text, and is never judged until someone edits it.
 */
export function NumberField({
  spec,
  value,
  onCommit,
  displayUnit,
  slider = false,
  overridden = false,
  onReset,
  provenance,
  testId,
}: NumberFieldProps) {
  const unit = displayUnit ?? displayUnitOf(spec.unit);
  const id = useId();
  const shown = (v: number) => formatTypedNumber(v / unit.factor);
  const withUnit = (text: string) => (unit.label ? `${text} ${unit.label}` : text);
  const [draft, setDraft] = useState(() => shown(value));
  // The value the text was last in step with: a different one came from outside.
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (!sameValue(value, seen)) {
    setSeen(value);
    setDraft(shown(value));
    setError(null);
  }

  const range = withUnit(`${formatRangeBound(spec.min / unit.factor)} to ${formatRangeBound(spec.max / unit.factor)}`);
  const restore = () => {
    setDraft(shown(value));
    setError(null);
  };

  const commit = (text: string) => {
    setDraft(text);
    const typed = parseTypedNumber(text);
    const si = typed === null ? Number.NaN : typed * unit.factor;
    const outside = !(si >= spec.min && si <= spec.max) || (spec.integer && !Number.isInteger(si));
    if (outside) {
      const allowed = `allowed ${range}${spec.integer ? ', whole numbers' : ''}`;
      const still = `Still using ${withUnit(shown(value))}.`;
      setError(text.trim() === '' ? `Type a number; ${allowed}. ${still}` : `Not applied: ${allowed}. ${still}`);
      return;
    }
    // Retyping the text the field shows (four significant digits) keeps the exact value in force.
    if (sameValue(si, value) || text.trim() === shown(value)) {
      setError(null);
      return;
    }
    const problems = onCommit(si) ?? [];
    if (problems.length > 0) {
      setError(problems.join(' '));
      return;
    }
    setSeen(si);
    setError(null);
  };

  const logScale = spec.min > 0 && spec.max / spec.min >= 100;
  const toSlider = (v: number) =>
    logScale
      ? (Math.log(v / spec.min) / Math.log(spec.max / spec.min)) * SLIDER_STEPS
      : ((v - spec.min) / (spec.max - spec.min)) * SLIDER_STEPS;
  const fromSlider = (t: number) => {
    const v = logScale
      ? spec.min * (spec.max / spec.min) ** (t / SLIDER_STEPS)
      : spec.min + ((spec.max - spec.min) * t) / SLIDER_STEPS;
    return spec.integer ? Math.round(v) : roundToSignificant(v, 4);
  };

  return (
    <div className={`number-field${error ? ' invalid' : ''}`} data-testid={`field-${spec.key}`}>
      <div className="number-field-head">
        <label htmlFor={id}>
          {spec.label}
          {overridden && <span className="badge-edited">edited</span>}
        </label>
        {provenance}
      </div>
      <div className="number-field-row">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={`${id}-help`}
          data-testid={testId}
          onBlur={restore}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && error) restore();
          }}
          onChange={(e) => commit(e.target.value)}
        />
        {unit.label && <span className="unit">{unit.label}</span>}
        {onReset && overridden && (
          <button
            type="button"
            className="small"
            onClick={onReset}
            aria-label={`Reset ${spec.label} to the sourced value`}
          >
            reset
          </button>
        )}
      </div>
      {slider && (
        <input
          type="range"
          min={0}
          max={SLIDER_STEPS}
          value={Math.round(toSlider(value))}
          aria-label={`${spec.label} slider`}
          onChange={(e) => commit(formatTypedNumber(fromSlider(Number(e.target.value)) / unit.factor))}
        />
      )}
      <p id={`${id}-help`} className={error ? 'field-error' : 'field-help'} role={error ? 'alert' : undefined}>
        {error ?? `${spec.help} Range ${range}.`}
      </p>
    </div>
  );
}
