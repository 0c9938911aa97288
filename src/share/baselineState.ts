import { GENERIC_HOME, presetConfig, presetHome, PRESETS, type PresetId } from '../model/index';
import { defaultShareState, type ShareState, type ViewLevel } from './shareState';

/**
 * The level a preset opens on: a whole UltraServer when the machine is one box of several
 * instances, one instance otherwise. Mirrors `defaultLevel` in the store, which cannot be
 * imported here (share/ sits below state/).
 */
export function presetOpeningLevel(id: PresetId): ViewLevel {
  const { config } = PRESETS[id];
  return config.ultraServers > 1 || config.instancesPerUltraServer === 1 ? 'instance' : 'ultraserver';
}

/**
 * What a link leaves unsaid: the defaults, with the preset's machine, home site and opening
 * level when a preset is named. Links carry only what differs from this.
 */
export function baselineState(presetId: PresetId | null): ShareState {
  const state = defaultShareState();
  state.presetId = presetId;
  // A custom configuration (preset=custom) lives on the generic site, named as such.
  if (presetId === null) state.site = structuredClone(GENERIC_HOME.site);
  if (presetId !== null) {
    state.config = presetConfig(presetId);
    // Each system lives in its own home: links name only what differs from it.
    state.site = structuredClone(presetHome(presetId).site);
    state.view.level = presetOpeningLevel(presetId);
  }
  return state;
}
