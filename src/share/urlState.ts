import { DEFAULT_PRESET_ID, presetConfig, type PresetId } from '../model/index';
import { customTorusConfig } from './customTorus';
import { decodeShareState } from './decodeShareState';
import { sameData } from './sameData';
import type { ShareState, ViewLevel } from './shareState';
import type { UrlProblem } from './urlProblem';

export type { UrlProblem, ProblemAction } from './urlProblem';

/**
 * The part of a link the page applies today (App.tsx's `useUrlOnce`), read through the full
 * codec so every link version works. The store will take the whole ShareState later.
 */
export interface UrlState {
  presetId: PresetId;
  showStats: boolean;
  /** Auto-rotate the view (`orbit=1`, for slides). */
  orbit: boolean;
  /** A custom torus as one scale-up domain (version-0 `torus=16x16x16`), when that is what the link's machine is. */
  torusDims: number[] | null;
  level: ViewLevel;
  problems: UrlProblem[];
}

/** The dims when the machine is its preset's, made a custom torus (what `setTorusDims` does); else null. */
function customTorusDims(state: ShareState): number[] | null {
  const preset = presetConfig(state.presetId ?? DEFAULT_PRESET_ID);
  const dims = state.config.instanceDims;
  if (sameData(state.config, preset) || !sameData(state.config, customTorusConfig(preset, dims))) return null;
  return [...dims];
}

/** Reads what the app understands from a query string. Never throws; reports what it rejected. */
export function decodeUrlState(search: string): UrlState {
  const { state, problems } = decodeShareState(search);
  return {
    presetId: state.presetId ?? DEFAULT_PRESET_ID,
    showStats: state.view.stats,
    orbit: state.view.orbit,
    torusDims: customTorusDims(state),
    level: state.view.level,
    problems,
  };
}
