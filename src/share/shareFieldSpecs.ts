import { formatForPeople } from './numberText';

// The bounds are the model's (one source for the panels and the links); this file words them.
export {
  FABRIC_NUMBER_SPECS,
  RELIABILITY_NUMBER_SPECS,
  SITE_GEOMETRY_SPECS,
  SITE_NUMBER_SPECS,
  TRAINING_NUMBER_SPECS,
  type NumberSpec,
} from '../model/settingsSpec';
import type { NumberSpec } from '../model/settingsSpec';

/** Why a value is outside its spec, or null when it fits. */
export function specProblem(spec: NumberSpec, value: number): string | null {
  if (!Number.isFinite(value)) return `${spec.label} must be a number.`;
  if (spec.integer && !Number.isInteger(value)) return `${spec.label} must be a whole number.`;
  if (value < spec.min || value > spec.max) return `${spec.label} must be from ${specRange(spec)}.`;
  return null;
}

/** "1 to 65,536", with the unit where it is one ("0 to 1,000,000 W"). */
export function specRange(spec: NumberSpec): string {
  const unit = spec.unit === 'count' || spec.unit === 'ratio' ? '' : ` ${spec.unit}`;
  return `${formatForPeople(spec.min)} to ${formatForPeople(spec.max)}${unit}`;
}
