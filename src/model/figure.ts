import type { SourceKey } from './sources';

/**
 * Confidence, as in the fact sheet's legend:
 * H vendor documentation, M reputable press/analyst, L estimate or single secondary source,
 * D derived by arithmetic from sourced values, U unconfirmed (an assumption of ours where nothing is public).
 */
export type Confidence = 'H' | 'M' | 'L' | 'D' | 'U';

/** SI base units only; formatting to PFLOP/s, GiB, TB/s happens in the UI. */
export type Unit = 'FLOP/s' | 'B' | 'B/s' | 'W' | 's' | 'count' | 'ratio' | 'm²';

/** A value a source disagrees on, kept beside the one we use by default. */
export interface AlternativeValue {
  value: number;
  source: SourceKey[];
  confidence: Confidence;
  /** Why it differs (e.g. a conflict id from the fact sheet, §11). */
  note: string;
}

/** One sourced number. Never a bare literal in the catalog. */
export interface Figure {
  value: number;
  unit: Unit;
  source: SourceKey[];
  confidence: Confidence;
  /** How it was obtained or what to beware of. */
  note?: string;
  /** Conflicting published values, kept visible rather than silently dropped. */
  alternatives?: AlternativeValue[];
}

export function figure(
  value: number,
  unit: Unit,
  source: SourceKey | SourceKey[],
  confidence: Confidence,
  extra: Pick<Figure, 'note' | 'alternatives'> = {},
): Figure {
  return { value, unit, source: Array.isArray(source) ? source : [source], confidence, ...extra };
}

/** True when the figure is disputed or weakly sourced and the UI should mark it. */
export function isDoubtful(f: Figure): boolean {
  return f.confidence === 'L' || f.confidence === 'U' || (f.alternatives?.length ?? 0) > 0;
}
