import { formatForPeople, formatLinkNumber, parseLinkNumber } from './numberText';
import { specProblem, specRange, type NumberSpec } from './shareFieldSpecs';
import type { ShareState } from './shareState';
import { clipText, codePointLength, quote, showableText } from './showableText';
import type { ReportProblem } from './urlProblem';

/**
 * Which part of the state a parameter sets. The machine (cluster config) is read first, so
 * the view's bounds (chip numbers, steps) can follow from the machine the link describes.
 */
export type ParamGroup = 'machine' | 'training' | 'reliability' | 'site' | 'fabric' | 'view' | 'embed';

/**
 * One link parameter: how it is written, read and checked. Every parameter is symmetric by
 * construction — `read(write(s))` gives back `s` — which the round-trip property test pins.
 */
export interface ShareParam {
  name: string;
  group: ParamGroup;
  /** The value to write, or null when the state matches the baseline (nothing to carry). */
  write(state: ShareState, baseline: ShareState): string | null;
  /** Applies a value to the draft, reporting whatever it could not apply as given. Never throws. */
  read(value: string, draft: ShareState, report: ReportProblem): void;
  /** Why the state's value is out of range, or null when it is fine. */
  check(state: ShareState): string | null;
  /** Puts the baseline's value back (the decoder's last line of defence). */
  reset(draft: ShareState, baseline: ShareState): void;
}

/** Where in the state a parameter's value lives. */
export interface Lens<T> {
  get(state: ShareState): T;
  set(state: ShareState, value: T): void;
}

type SpecFor = (state: ShareState) => NumberSpec;
const specOf = (spec: NumberSpec | SpecFor): SpecFor => (typeof spec === 'function' ? spec : () => spec);

/**
 * Reads one number against its spec: not a number or not whole → null (ignored);
 * out of range, ±Infinity included → clamped into range.
 */
export function readNumber(name: string, raw: string, spec: NumberSpec, report: ReportProblem): number | null {
  const value = parseLinkNumber(raw, spec.unit);
  if (value === null) {
    report('ignored', `Ignored ${name}=${quote(raw)}: ${spec.label} must be a number, from ${specRange(spec)}.`);
    return null;
  }
  if (Number.isFinite(value) && spec.integer && !Number.isInteger(value)) {
    report('ignored', `Ignored ${name}=${quote(raw)}: ${spec.label} must be a whole number, from ${specRange(spec)}.`);
    return null;
  }
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  if (clamped !== value) {
    report(
      'clamped',
      `Clamped ${name}=${quote(raw)} to ${formatForPeople(clamped)}: ${spec.label} must be from ${specRange(spec)}.`,
    );
  }
  return clamped;
}

export function numberParam(
  name: string,
  group: ParamGroup,
  spec: NumberSpec | SpecFor,
  lens: Lens<number>,
): ShareParam {
  const specFor = specOf(spec);
  return {
    name,
    group,
    write: (state, baseline) => (lens.get(state) === lens.get(baseline) ? null : formatLinkNumber(lens.get(state))),
    read(raw, draft, report) {
      const value = readNumber(name, raw, specFor(draft), report);
      if (value !== null) lens.set(draft, value);
    },
    check: (state) => specProblem(specFor(state), lens.get(state)),
    reset: (draft, baseline) => lens.set(draft, lens.get(baseline)),
  };
}

/** A number that may be absent (`none`, or `absentWord`), like the building in focus. */
export function optionalNumberParam(
  name: string,
  group: ParamGroup,
  spec: NumberSpec | SpecFor,
  lens: Lens<number | null>,
  absentWord = 'none',
): ShareParam {
  const specFor = specOf(spec);
  return {
    name,
    group,
    write(state, baseline) {
      const value = lens.get(state);
      if (value === lens.get(baseline)) return null;
      return value === null ? absentWord : formatLinkNumber(value);
    },
    read(raw, draft, report) {
      if (raw === absentWord || raw === 'none' || raw === '') return lens.set(draft, null);
      const value = readNumber(name, raw, specFor(draft), report);
      if (value !== null) lens.set(draft, value);
    },
    check(state) {
      const value = lens.get(state);
      return value === null ? null : specProblem(specFor(state), value);
    },
    reset: (draft, baseline) => lens.set(draft, lens.get(baseline)),
  };
}

const TRUE_WORDS = ['1', 'true', 'on', 'yes'];
const FALSE_WORDS = ['0', 'false', 'off', 'no'];

/** On or off: written `1` or `0`; `true`/`false`, `on`/`off`, `yes`/`no` read too. */
export function flagParam(name: string, group: ParamGroup, lens: Lens<boolean>): ShareParam {
  return {
    name,
    group,
    write: (state, baseline) => (lens.get(state) === lens.get(baseline) ? null : lens.get(state) ? '1' : '0'),
    read(raw, draft, report) {
      const word = raw.trim().toLowerCase();
      if (TRUE_WORDS.includes(word)) lens.set(draft, true);
      else if (FALSE_WORDS.includes(word)) lens.set(draft, false);
      else report('ignored', `Ignored ${name}=${quote(raw)}: use 1 for on or 0 for off.`);
    },
    check: (state) => (typeof lens.get(state) === 'boolean' ? null : `${name} must be on or off.`),
    reset: (draft, baseline) => lens.set(draft, lens.get(baseline)),
  };
}

/** One of a fixed list of words. */
export function choiceParam<T extends string>(
  name: string,
  group: ParamGroup,
  choices: readonly T[],
  lens: Lens<T>,
): ShareParam {
  const isChoice = (word: string): word is T => (choices as readonly string[]).includes(word);
  return {
    name,
    group,
    write: (state, baseline) => (lens.get(state) === lens.get(baseline) ? null : lens.get(state)),
    read(raw, draft, report) {
      if (isChoice(raw)) lens.set(draft, raw);
      else report('ignored', `Ignored ${name}=${quote(raw)}: use one of ${choices.join(', ')}.`);
    },
    check: (state) => (isChoice(lens.get(state)) ? null : `${name} must be one of ${choices.join(', ')}.`),
    reset: (draft, baseline) => lens.set(draft, lens.get(baseline)),
  };
}

/** Text a user typed (a caption, a site name): showable characters only, at most `maxChars`. */
export function textParam(
  name: string,
  group: ParamGroup,
  label: string,
  maxChars: number,
  lens: Lens<string | null>,
  optional: boolean,
): ShareParam {
  return {
    name,
    group,
    write(state, baseline) {
      const value = lens.get(state);
      if (value === lens.get(baseline)) return null;
      return value === null ? '' : showableText(value);
    },
    read(raw, draft, report) {
      let text = showableText(raw);
      if (text !== raw)
        report('clamped', `Removed control and invisible characters from ${name}: ${label} is plain text.`);
      // Spaces at the ends show nothing; a text of spaces alone (caption=+++) would draw an empty box.
      text = text.trim();
      if (codePointLength(text) > maxChars) {
        text = clipText(text, maxChars).trim();
        report('clamped', `Shortened ${name} to its first ${maxChars} characters: ${label} holds at most ${maxChars}.`);
      }
      if (text.length > 0) lens.set(draft, text);
      else if (raw === '' && optional) lens.set(draft, null);
      else if (optional) {
        lens.set(draft, null);
        report('ignored', `Dropped ${name}=${quote(raw)}: it has no visible characters.`);
      } else report('ignored', `Ignored an empty ${name}: ${label} needs at least one character.`);
    },
    check(state) {
      const value = lens.get(state);
      if (value === null) return optional ? null : `${label} is missing.`;
      const ok =
        typeof value === 'string' &&
        value.length > 0 &&
        value.trim() === value &&
        showableText(value) === value &&
        codePointLength(value) <= maxChars;
      return ok ? null : `${label} must be 1 to ${maxChars} showable characters, without spaces at the ends.`;
    },
    reset: (draft, baseline) => lens.set(draft, lens.get(baseline)),
  };
}
