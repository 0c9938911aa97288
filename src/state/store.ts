import { create } from 'zustand';
import { DEFAULT_PRESET_ID, PRESETS, presetConfig, type ClusterConfig, type PresetId } from '../model/index';
import type { UrlProblem } from '../share/urlState';

/** How deep the view is: the wiring of one instance, or of the whole UltraServer (scale-up domain). */
export type ViewLevel = 'instance' | 'ultraserver';

export interface Notice {
  id: number;
  text: string;
}

export interface ExplorerState {
  /** The preset the config came from; null once the user has changed it. */
  presetId: PresetId | null;
  config: ClusterConfig;
  level: ViewLevel;
  notices: Notice[];
  showStats: boolean;

  setPreset: (id: PresetId) => void;
  setLevel: (level: ViewLevel) => void;
  reportProblems: (problems: readonly UrlProblem[]) => void;
  dismissNotice: (id: number) => void;
  setShowStats: (show: boolean) => void;
}

/** The level a preset opens on: a whole domain when it is one box, one instance of a big cluster. */
export function defaultLevel(id: PresetId): ViewLevel {
  const { config } = PRESETS[id];
  return config.ultraServers > 1 || config.instancesPerUltraServer === 1 ? 'instance' : 'ultraserver';
}

let nextNoticeId = 1;

export const useExplorer = create<ExplorerState>()((set) => ({
  presetId: DEFAULT_PRESET_ID,
  config: presetConfig(DEFAULT_PRESET_ID),
  level: defaultLevel(DEFAULT_PRESET_ID),
  notices: [],
  showStats: false,

  setPreset: (id) => set({ presetId: id, config: presetConfig(id), level: defaultLevel(id) }),
  setLevel: (level) => set({ level }),
  reportProblems: (problems) =>
    set((s) => ({ notices: [...s.notices, ...problems.map((p) => ({ id: nextNoticeId++, text: p.message }))] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setShowStats: (showStats) => set({ showStats }),
}));
