import { DEFAULT_PRESET_ID, isPresetId, PRESET_IDS, validateConfig, type PresetId } from '../model/index';
import { baselineState } from './baselineState';
import { fitChipLimits } from './fitChipLimits';
import { LINK_LIMITS } from './linkLimits';
import { CURRENT_VERSION, migrateParams } from './migrations';
import { readQuery, WHOLE_LINK } from './readQuery';
import { CUSTOM_PRESET, PARAM_NAMES, PRESET_PARAM, SHARE_PARAMS, VERSION_PARAM } from './shareParams';
import { defaultShareState, type ShareState } from './shareState';
import { parameterLabel, quote, showableText } from './showableText';
import type { ReportProblem, UrlProblem } from './urlProblem';

export interface DecodedShareState {
  /** Always valid: its config passes `validateConfig`, everything else `validateShareState`. */
  state: ShareState;
  /** What the link asked for that was not applied as given; empty for a link clusterscope wrote. */
  problems: UrlProblem[];
}

/** Absent: version 0 (links from before versioning). Newer than this code: read as current, reported. */
function readVersion(raw: string | null, problems: UrlProblem[]): { version: number; newer: boolean } {
  if (raw === null) return { version: 0, newer: false };
  if (/^\d{1,9}$/.test(raw)) {
    const version = Number(raw);
    if (version <= CURRENT_VERSION) return { version, newer: false };
    problems.push({
      parameter: VERSION_PARAM,
      action: 'defaulted',
      message: `This link is from a newer clusterscope (link version ${version}; this page reads up to ${CURRENT_VERSION}): read as version ${CURRENT_VERSION}, skipping what it does not know.`,
    });
    return { version: CURRENT_VERSION, newer: true };
  }
  problems.push({
    parameter: VERSION_PARAM,
    action: 'defaulted',
    message: `Ignored v=${quote(raw)}: a link version is a whole number. Read as version ${CURRENT_VERSION}.`,
  });
  return { version: CURRENT_VERSION, newer: false };
}

function readPreset(raw: string | null, problems: UrlProblem[]): PresetId | null {
  if (raw === null) return DEFAULT_PRESET_ID;
  if (raw === CUSTOM_PRESET) return null;
  if (isPresetId(raw)) return raw;
  problems.push({
    parameter: PRESET_PARAM,
    action: 'defaulted',
    message: `Unknown preset ${quote(raw)}: showing ${DEFAULT_PRESET_ID} instead. Valid presets: ${PRESET_IDS.join(', ')}.`,
  });
  return DEFAULT_PRESET_ID;
}

/**
 * Parameters that sites and mail tools add to any link they pass on (campaign tags, click ids):
 * not ours, never a mistake of whoever shared the link, so they are ignored without a word.
 */
const TRACKING_PARAMETER = /^(utm_[a-z0-9_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid)$/i;
export const isTrackingParameter = (name: string) => TRACKING_PARAMETER.test(name);

/**
 * The last line of defence: a state that somehow left its bounds gets the baseline's value
 * back. Every parameter already reads into range, so this never fires (the fuzz tests pin it);
 * it is what lets the decoder promise a valid state whatever a future edit gets wrong.
 */
function restoreBounds(draft: ShareState, baseline: ShareState, problems: UrlProblem[]): void {
  if (validateConfig(draft.config).length > 0) {
    draft.config = structuredClone(baseline.config);
    problems.push({
      parameter: WHOLE_LINK,
      action: 'defaulted',
      message: "The machine in this link does not add up: showing the preset's machine instead.",
    });
  }
  for (const param of SHARE_PARAMS) {
    if (param.group === 'machine') continue;
    const problem = param.check(draft);
    if (problem === null) continue;
    param.reset(draft, baseline);
    problems.push({
      parameter: param.name,
      action: 'defaulted',
      message: `Reset ${param.name} to its default: ${problem}`,
    });
  }
}

/**
 * At most LINK_LIMITS.maxProblems, the last one counting the rest; each stripped once more of
 * anything unshowable, should a message ever echo user text unquoted.
 */
function finishProblems(problems: UrlProblem[]): UrlProblem[] {
  const max = LINK_LIMITS.maxProblems;
  const listed =
    problems.length <= max
      ? problems
      : [
          ...problems.slice(0, max - 1),
          {
            parameter: WHOLE_LINK,
            action: 'ignored' as const,
            message: `…and ${problems.length - (max - 1)} more problems with this link.`,
          },
        ];
  return listed.map((p) => ({
    parameter: parameterLabel(p.parameter),
    action: p.action,
    message: showableText(p.message),
  }));
}

function decode(search: string): DecodedShareState {
  const problems: UrlProblem[] = [];
  const query = readQuery(search);
  problems.push(...query.problems);
  const { version, newer } = readVersion(query.params.get(VERSION_PARAM), problems);
  query.params.delete(VERSION_PARAM);
  const migrated = migrateParams(query.params, version);
  problems.push(...migrated.problems);
  // One lookup table: URLSearchParams.get scans every entry, and each parameter asks once.
  const params = new Map(migrated.params);

  const presetId = readPreset(params.get(PRESET_PARAM) ?? null, problems);
  const baseline = baselineState(presetId);
  const draft = structuredClone(baseline);
  const reportAs =
    (parameter: string): ReportProblem =>
    (action, message) =>
      problems.push({ parameter, action, message });
  const readGroup = (machine: boolean) => {
    for (const param of SHARE_PARAMS) {
      if ((param.group === 'machine') !== machine) continue;
      const value = params.get(param.name);
      if (value !== undefined) param.read(value, draft, reportAs(param.name));
    }
  };
  // The machine first: the view's bounds (chip numbers, steps) follow from it.
  readGroup(true);
  const fitted = fitChipLimits(draft.config);
  draft.config = fitted.config;
  problems.push(...fitted.problems);
  readGroup(false);

  for (const name of params.keys()) {
    if (PARAM_NAMES.has(name) || isTrackingParameter(name)) continue;
    const label = parameterLabel(name);
    problems.push({
      parameter: label,
      action: 'ignored',
      message: newer
        ? `Ignored ${label}: this version of clusterscope does not know it.`
        : `Ignored ${label}: clusterscope links have no such parameter.`,
    });
  }
  restoreBounds(draft, baseline, problems);
  return { state: draft, problems: finishProblems(problems) };
}

/**
 * Reads a link's query string (with or without `?`) into a valid ShareState and the list of
 * what it could not apply as given. Never throws, whatever the input: its cost is bounded by
 * LINK_LIMITS; older versions are migrated (MIGRATIONS); unknown parameters, bad values and
 * over-long lists are reported, each as ignored, clamped or defaulted.
 */
export function decodeShareState(search: string): DecodedShareState {
  try {
    return decode(typeof search === 'string' ? search : '');
  } catch {
    // Unreachable by design (the fuzz tests look for this message); kept so the promise holds.
    return {
      state: defaultShareState(),
      problems: [
        {
          parameter: WHOLE_LINK,
          action: 'defaulted',
          message: 'This link could not be read: showing the default view.',
        },
      ],
    };
  }
}
