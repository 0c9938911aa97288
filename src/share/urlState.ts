import { DEFAULT_PRESET_ID, isPresetId, PRESET_IDS, type PresetId } from '../model/index';

/** One thing a link asked for that could not be applied as given, in words a user can act on. */
export interface UrlProblem {
  parameter: string;
  message: string;
}

export interface UrlState {
  presetId: PresetId;
  showStats: boolean;
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
  return { presetId, showStats: params.get('stats') === '1', problems };
}
