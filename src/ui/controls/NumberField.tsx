import { useEffect, useId, useState } from 'react';
import { checkNumber, type NumberFieldSpec } from '../../model/index';
import { displayUnitOf, formatTypedNumber, parseTypedNumber, type DisplayUnit } from './displayUnit';

export interface NumberFieldProps {
  /** What the field edits: label, unit, bounds. */
  spec: NumberFieldSpec;
  /** The value in force, SI units. */
  value: number;
  /** Applies a value (SI units); returns problems when the whole configuration refuses it. */
  onCommit: (value: number) => string[];
  /** Show a slider beside the box (log scale when the range spans decades). Default false. */
  slider?: boolean;
  /** Marks the value as changed from the sourced default. Default false. */
  overridden?: boolean;
  /** Resets this one value (chip overrides). Default: no reset button. */
  onReset?: () => void;
  /** The unit to type in, when the SI unit's default (W, count…) would be unwieldy, e.g. MW. Default: by the spec's unit. */
  displayUnit?: DisplayUnit;
}

const SLIDER_STEPS = 1000;

/**
 * A number typed in display units and applied as it is typed (the metrics follow in the same
 * frame). What cannot be applied is refused here, with the allowed range, and the last valid
 * value stays in force.
 */
export function NumberField({
  spec,
  value,
  onCommit,
  slider = false,
  overridden = false,
  onReset,
  displayUnit,
}: NumberFieldProps) {
  const unit = displayUnit ?? displayUnitOf(spec.unit);
  const id = useId();
  const [draft, setDraft] = useState(formatTypedNumber(value / unit.factor));
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);

  // Follow outside changes (preset, reset, slider) unless the user is typing here.
  useEffect(() => {
    if (!focused) {
      setDraft(formatTypedNumber(value / unit.factor));
      setError(null);
    }
  }, [value, unit.factor, focused]);

  const range = `${formatTypedNumber(spec.min / unit.factor)}–${formatTypedNumber(spec.max / unit.factor)}${unit.label ? ` ${unit.label}` : ''}`;

  const commit = (text: string) => {
    setDraft(text);
    const typed = parseTypedNumber(text);
    const refusal = `Not applied: allowed ${range}${spec.integer ? ', whole numbers' : ''}.`;
    if (typed === null || checkNumber(spec, typed * unit.factor)) {
      setError(text.trim() === '' ? `Type a value; ${refusal.charAt(0).toLowerCase()}${refusal.slice(1)}` : refusal);
      return;
    }
    const si = typed * unit.factor;
    const problems = onCommit(si);
    setError(problems.length ? problems.join(' ') : null);
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
    return spec.integer ? Math.round(v) : Number(v.toPrecision(4));
  };

  return (
    <div className={`number-field${error ? ' invalid' : ''}`} data-testid={`field-${spec.key}`}>
      <label htmlFor={id}>
        {spec.label}
        {overridden && <span className="badge-edited">edited</span>}
      </label>
      <div className="number-field-row">
        <input
          id={id}
          inputMode="decimal"
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={`${id}-help`}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            setDraft(formatTypedNumber(value / unit.factor));
            setError(null);
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
