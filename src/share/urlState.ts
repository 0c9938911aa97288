import { DEFAULT_PRESET_ID, isPresetId, parseTorusDims, PRESET_IDS, type PresetId } from '../model/index';

/** One thing a link asked for that could not be applied as given, in words a user can act on. */
export interface UrlProblem {
  parameter: string;
  message: string;
}

export interface UrlState {
  presetId: PresetId;
  showStats: boolean;
  /** Auto-rotate the view (?orbit=1, for slides). */
  orbit: boolean;
  /** A custom torus (?torus=16x16x16) replacing the preset's scale-up domain. */
  torusDims: number[] | null;
  /** ?level=chip|instance|ultraserver */
  level: 'chip' | 'instance' | 'ultraserver' | null;
  problems: UrlProblem[];
}

/** Keeps user text short and inert before it is echoed back in a message. */
function quote(value: string): string {
  const clipped = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(clipped);
}

/** Reads what the app understands from a query string. Never throws; reports what it rejected. */
export function decodeUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  let presetId: PresetId = DEFAULT_PRESET_ID;
  const preset = params.get('preset');
  if (preset !== null) {
    if (isPresetId(preset)) presetId = preset;
    else
      problems.push({
        parameter: 'preset',
        message: `Unknown preset ${quote(preset)}: showing ${DEFAULT_PRESET_ID} instead. Valid presets: ${PRESET_IDS.join(', ')}.`,
      });
  }
  let torusDims: number[] | null = null;
  const torus = params.get('torus');
  if (torus !== null) {
    const parsed = parseTorusDims(torus);
    if (parsed.ok) torusDims = parsed.dims;
    else problems.push({ parameter: 'torus', message: `Ignored torus=${quote(torus)}: ${parsed.error}` });
  }
  let level: UrlState['level'] = null;
  const levelParam = params.get('level');
  if (levelParam !== null) {
    if (levelParam === 'chip' || levelParam === 'instance' || levelParam === 'ultraserver') level = levelParam;
    else problems.push({ parameter: 'level', message: `Ignored level=${quote(levelParam)}: use chip, instance or ultraserver.` });
  }
  return { presetId, showStats: params.get('stats') === '1', orbit: params.get('orbit') === '1', torusDims, level, problems };
}
