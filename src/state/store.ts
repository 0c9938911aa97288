import { create } from 'zustand';
import {
  DEFAULT_ALLREDUCE_BYTES,
  DEFAULT_FABRIC,
  DEFAULT_RELIABILITY,
  DEFAULT_TRAINING,
  type ReliabilityConfig,
  type TrainingConfig,
  DEFAULT_PRESET_ID,
  INDIANA_SITE,
  GENERIC_HOME,
  presetHome,
  presetConfig,
  type ClusterConfig,
  type CollectiveKind,
  type FabricConfig,
  type PresetId,
  type SiteConfig,
  DEFAULT_PARALLELISM,
  type ParallelismSettings,
  type ParallelLayout,
  type TorusSlice,
} from '../model/index';
import type { UrlProblem } from '../share/urlProblem';
import {
  ARTICLE_PAIRS,
  type CameraPose,
  type CompareBasis,
  type Panel,
  type ShareState,
  type Theme,
  type ViewLevel,
} from '../share/shareState';
import { systemTheme } from './systemTheme';
import { presetOpeningLevel } from '../share/baselineState';
import {
  FABRIC_NUMBER_SPECS,
  type NumberSpec,
  RELIABILITY_NUMBER_SPECS,
  SITE_NUMBER_SPECS,
  TRAINING_NUMBER_SPECS,
} from '../model/settingsSpec';
import { specProblem } from '../share/shareFieldSpecs';
import { parallelismProblems } from '../share/parallelismProblems';

export type SiteNumberKey = keyof typeof SITE_NUMBER_SPECS;
export type FabricNumberKey = keyof typeof FABRIC_NUMBER_SPECS;
import {
  focusChipCount,
  levelChipCount,
  validateConfig,
  type ChipFigureKey,
  type ChipId,
  type ConfigNumberKey,
} from '../model/index';
import { fitToLevel } from './fitToLevel';

export type { Theme, ViewLevel };

/** The levels in climbing order, from one chip up to the campus. */
export const LEVEL_ORDER: readonly ViewLevel[] = ['chip', 'instance', 'ultraserver', 'rack', 'building', 'campus'];

export interface Notice {
  id: number;
  /** One line of heading, then one item per problem. */
  text: string;
  items: string[];
}

export interface HoverState {
  chip: number;
  /** Pointer position in the viewport, CSS pixels. */
  x: number;
  y: number;
}

export interface SiteHover {
  kind: 'building' | 'rack';
  id: number;
  x: number;
  y: number;
}

export interface CollectiveState {
  kind: CollectiveKind;
  /** Global step, 0-based. */
  step: number;
  playing: boolean;
  /** All-reduce size per chip, bytes. */
  bytes: number;
}

/** What the tour changes, kept so leaving it puts the user back where they were. */
export type TourReturn = Pick<
  ExplorerState,
  | 'level'
  | 'focusBuilding'
  | 'focusRack'
  | 'focusedChip'
  | 'selection'
  | 'collective'
  | 'failedLinks'
  | 'failedChips'
  | 'camera'
>;

export interface Presentation {
  step: number;
  levels: readonly ViewLevel[];
  returnTo: TourReturn;
}

export interface ExplorerState {
  /** The preset the config started from (reset returns to it); whether it was edited is derived. */
  presetId: PresetId;
  config: ClusterConfig;
  site: SiteConfig;
  fabric: FabricConfig;
  training: TrainingConfig;
  /** The model trained on the wiring, its shape edits and the parallel factors the user fixed. */
  parallelism: ParallelismSettings;
  /** The layout the Train tab's search chose for `parallelism` (computed in a worker; not in links). */
  trainingLayout: ParallelLayout | null;
  reliability: ReliabilityConfig;
  level: ViewLevel;
  /** Building in focus (building level and below). */
  focusBuilding: number;
  /** Site rack index in focus (rack level and below): its UltraServer is the one in the wiring views. */
  focusRack: number;
  /** Lay a 2D torus on a donut instead of a flat grid with wrap-around arcs. */
  donut: boolean;
  /** Planes of the torus in view that are drawn; null draws them all. */
  slice: TorusSlice | null;
  /** Selected chips of the view (ids in view order); two select a path. */
  selection: number[];
  /** The chip the chip level shows (kept when climbing back to the wiring). */
  focusedChip: number;
  hovered: HoverState | null;
  /** The building or rack under the pointer at site levels. */
  siteHover: SiteHover | null;
  collective: CollectiveState | null;
  /** Failure what-ifs in the wiring view: failed links (chip pairs) and failed chips, by view chip id. */
  failedLinks: [number, number][];
  failedChips: number[];
  /** Clicking a chip fails it (or repairs it) instead of selecting it. */
  failOnClick: boolean;
  notices: Notice[];
  showStats: boolean;
  autoRotate: boolean;
  /** The camera as the user left it (null: framed automatically); restored by links. */
  camera: CameraPose | null;
  /** The page's colours, for the whole app and the scene. */
  theme: Theme;
  /** True while nobody chose the theme (no `theme=` in the link, no toggle): it follows `prefers-color-scheme`. */
  themeFollowsSystem: boolean;
  /** Embed mode: the view alone, for an iframe in a page or slide. */
  embed: ShareState['embed'];
  /** The presentation tour: its levels, the step on screen and where to go back to; null when not presenting. */
  presentation: Presentation | null;
  /** WebGL as this page has it: the 3D view, or a flat drawing when missing or lost. */
  webgl: 'unknown' | 'ok' | 'missing' | 'lost';
  /** The sidebar tab in view. */
  panel: Panel;
  /** Systems in the comparison ("current" is the configuration above) and the baseline column. */
  compare: (PresetId | 'current')[];
  baseline: number;
  /** What the comparison holds equal: as configured, or equal chips, IT power or scale-up domains. */
  compareBasis: CompareBasis;
  /** Bumped to ask the camera to frame the view again. */
  cameraResets: number;

  setPreset: (id: PresetId) => void;
  /**
   * Edits go through these and are refused whole when the result would be invalid: the
   * returned problems are shown at the field, and the last valid configuration stays in force.
   */
  setConfigNumber: (key: ConfigNumberKey, value: number) => string[];
  setChipOverride: (key: ChipFigureKey, value: number | null) => string[];
  setChip: (chip: ChipId) => string[];
  setFabricKind: (fabric: 'torus' | 'switched') => string[];
  setInstanceDims: (dims: number[]) => string[];
  resetConfig: () => void;
  /** Site and scale-out fabric edits, checked against the bounds links use; refused whole with the reason. */
  setSiteNumber: (key: SiteNumberKey, value: number) => string[];
  setFabricNumber: (key: FabricNumberKey, value: number) => string[];
  setPanel: (panel: Panel) => void;
  /** The user chose a theme: links carry it from now on. */
  setTheme: (theme: Theme) => void;
  /** The system preference changed: followed only while nobody chose a theme. */
  followSystemTheme: (theme: Theme) => void;
  /** Puts back a theme and whether it followed the system (after an export showed the other theme for a moment). */
  restoreTheme: (theme: Theme, followsSystem: boolean) => void;
  /** The whole run or failure model at once, refused whole (with the reasons) when a number is out of bounds. */
  setTraining: (training: TrainingConfig) => string[];
  /** Replaces the model, shape edits or fixed factors; refuses values out of bounds, saying why. */
  setParallelism: (parallelism: ParallelismSettings) => string[];
  /** The Train tab's search finished: the layout the picture colours chips by. */
  setTrainingLayout: (layout: ParallelLayout | null) => void;
  setReliability: (reliability: ReliabilityConfig) => string[];
  setWebgl: (webgl: ExplorerState['webgl']) => void;
  /** Applies a whole decoded link at once. */
  applyShareState: (state: ShareState) => void;
  setCamera: (camera: CameraPose | null) => void;
  /** Starts the tour through these levels (of the system on screen), remembering the view to come back to. */
  startPresentation: (levels: readonly ViewLevel[]) => void;
  /** Shows a tour step (clamped to the tour): the level it names, framed afresh. */
  showTourStep: (step: number) => void;
  /** Leaves the tour: the system was never changed; level, focus, selection and camera come back. */
  endPresentation: () => void;
  setCompare: (systems: (PresetId | 'current')[]) => void;
  setBaseline: (index: number) => void;
  setCompareBasis: (basis: CompareBasis) => void;
  setLevel: (level: ViewLevel) => void;
  /** Descend from the campus into a building. */
  openBuilding: (building: number) => void;
  /** Descend into a rack (site rack index); its building comes with it. */
  openRack: (rack: number, building: number) => void;
  /** One level up (Escape), keeping the focus. */
  climb: () => void;
  /** A typed torus as its own single domain; refused whole (with the reasons) when the config would be invalid. */
  setTorusDims: (dims: number[]) => string[];
  setDonut: (donut: boolean) => void;
  /** Draw only these planes of the torus in view (null: all of them). */
  setSlice: (slice: TorusSlice | null) => void;
  /** Click semantics: a first chip selects, a second one selects the path to it, a third starts again. */
  selectChip: (chip: number) => void;
  /** Replace the selection with exactly these chips. */
  setSelection: (chips: number[]) => void;
  clearSelection: () => void;
  hoverChip: (hover: HoverState | null) => void;
  hoverSite: (hover: SiteHover | null) => void;
  openChip: (chip: number) => void;
  setCollective: (kind: CollectiveKind | null) => void;
  setCollectiveStep: (step: number) => void;
  setCollectivePlaying: (playing: boolean) => void;
  setCollectiveBytes: (bytes: number) => void;
  toggleFailedChip: (chip: number) => void;
  toggleFailedLink: (a: number, b: number) => void;
  setFailures: (links: [number, number][], chips: number[]) => void;
  setFailOnClick: (on: boolean) => void;
  reportProblems: (problems: readonly UrlProblem[]) => void;
  dismissNotice: (id: number) => void;
  setShowStats: (show: boolean) => void;
  setAutoRotate: (rotate: boolean) => void;
  resetCamera: () => void;
}

/** The level a preset opens on: a whole domain when it is one box, one instance of a big cluster. */
export const defaultLevel = presetOpeningLevel;

let nextNoticeId = 1;

type SetState = (partial: Partial<ExplorerState> | ((s: ExplorerState) => Partial<ExplorerState>)) => void;

/** Applies a candidate configuration if it is valid; otherwise changes nothing and says why. */
function applyConfig(set: SetState, get: () => ExplorerState, candidate: ClusterConfig): string[] {
  const problems = validateConfig(candidate);
  if (problems.length > 0) return problems;
  const s = get();
  // A different wiring invalidates chip ids in the view; a different number elsewhere does not.
  const wiringChanged =
    candidate.fabric !== s.config.fabric ||
    candidate.instanceDims.join() !== s.config.instanceDims.join() ||
    candidate.instancesPerUltraServer !== s.config.instancesPerUltraServer;
  const level = candidate.instancesPerUltraServer <= 1 && s.level === 'ultraserver' ? 'instance' : s.level;
  set({ config: candidate, level, ...(wiringChanged ? viewReset : {}) });
  return [];
}

/** Each number of `values` checked against its bound (settingsSpec); empty when all fit. */
function boundsProblems<K extends string>(specs: Readonly<Record<K, NumberSpec>>, values: Readonly<Record<K, number>>) {
  return (Object.keys(specs) as K[]).flatMap((key) => specProblem(specs[key], values[key]) ?? []);
}

/** Whatever refers to chips of the old view stops making sense when the view changes. */
const viewReset = {
  selection: [] as number[],
  slice: null as TorusSlice | null,
  hovered: null,
  siteHover: null,
  collective: null,
  focusedChip: 0,
  failedLinks: [] as [number, number][],
  failedChips: [] as number[],
  camera: null,
};
const sameLink = (l: readonly [number, number], a: number, b: number) =>
  (l[0] === a && l[1] === b) || (l[0] === b && l[1] === a);

/** Whether `chip` is a chip number of the wiring drawn at the current level. */
const inLevel = (s: ExplorerState, chip: number) =>
  Number.isInteger(chip) && chip >= 0 && chip < levelChipCount(s.config, s.level);

/** A notice for what a change of level dropped (nothing when it dropped nothing). */
function noticesWith(s: ExplorerState, heading: string, items: string[]): Partial<ExplorerState> {
  return items.length === 0 ? {} : { notices: [...s.notices, { id: nextNoticeId++, text: heading, items }] };
}

/**
 * Moves to `level`, keeping the selection and failure what-ifs that name chips of its wiring
 * and dropping the rest with a notice (the UltraServer's chip 63 is not among an instance's
 * 16). The chip in focus names a chip of the UltraServer at every level, so it stays.
 */
function moveToLevel(s: ExplorerState, level: ViewLevel, focusedChip = s.focusedChip): Partial<ExplorerState> {
  const { fitted, dropped } = fitToLevel(s, s.config, level);
  const focus = Number.isInteger(focusedChip) && focusedChip >= 0 && focusedChip < focusChipCount(s.config);
  const moved = level !== s.level;
  return {
    level,
    ...fitted,
    focusedChip: focus ? focusedChip : s.focusedChip,
    hovered: null,
    siteHover: null,
    // The animation, the camera and the slice belong to the drawing that was on screen.
    ...(moved ? { collective: null, camera: null, slice: null } : {}),
    ...noticesWith(s, 'Changing the view left out what it does not show:', dropped),
  };
}

export const useExplorer = create<ExplorerState>()((set, get) => ({
  presetId: DEFAULT_PRESET_ID,
  config: presetConfig(DEFAULT_PRESET_ID),
  site: structuredClone(INDIANA_SITE),
  fabric: { ...DEFAULT_FABRIC },
  training: { ...DEFAULT_TRAINING },
  parallelism: structuredClone(DEFAULT_PARALLELISM),
  trainingLayout: null,
  reliability: { ...DEFAULT_RELIABILITY },
  level: defaultLevel(DEFAULT_PRESET_ID),
  focusBuilding: 0,
  focusRack: 0,
  donut: false,
  ...viewReset,
  notices: [],
  showStats: false,
  autoRotate: false,
  failOnClick: false,
  cameraResets: 0,
  webgl: 'unknown',
  camera: null,
  theme: systemTheme(),
  themeFollowsSystem: true,
  embed: { enabled: false, caption: null },
  presentation: null,
  panel: 'metrics',
  compare: [...ARTICLE_PAIRS[0]!.compare],
  baseline: ARTICLE_PAIRS[0]!.baseline,
  compareBasis: 'configured',

  setPreset: (id) =>
    set({
      presetId: id,
      config: presetConfig(id),
      site: structuredClone(presetHome(id).site),
      level: defaultLevel(id),
      focusBuilding: 0,
      focusRack: 0,
      ...viewReset,
    }),
  setConfigNumber: (key, value) => applyConfig(set, get, { ...get().config, [key]: value }),
  setChipOverride: (key, value) => {
    const overrides = { ...get().config.chipOverrides };
    if (value === null) delete overrides[key];
    else overrides[key] = value;
    return applyConfig(set, get, { ...get().config, chipOverrides: overrides });
  },
  setChip: (chip) => applyConfig(set, get, { ...get().config, chip, chipOverrides: {} }),
  setFabricKind: (fabric) => applyConfig(set, get, { ...get().config, fabric }),
  setInstanceDims: (dims) => applyConfig(set, get, { ...get().config, instanceDims: [...dims] }),
  resetConfig: () => {
    set({ config: presetConfig(get().presetId), ...viewReset });
  },
  setSiteNumber: (key, value) => {
    const problem = specProblem(SITE_NUMBER_SPECS[key], value);
    if (problem) return [problem];
    set((s) => ({ site: { ...s.site, [key]: value } }));
    return [];
  },
  setFabricNumber: (key, value) => {
    const problem = specProblem(FABRIC_NUMBER_SPECS[key], value);
    if (problem) return [problem];
    set((s) => ({ fabric: { ...s.fabric, [key]: value } }));
    return [];
  },
  setPanel: (panel) => set({ panel }),
  setTheme: (theme) => set({ theme, themeFollowsSystem: false }),
  followSystemTheme: (theme) => set((s) => (s.themeFollowsSystem ? { theme } : {})),
  restoreTheme: (theme, followsSystem) => set({ theme, themeFollowsSystem: followsSystem }),
  setTraining: (training) => {
    const problems = boundsProblems(TRAINING_NUMBER_SPECS, training);
    if (problems.length === 0) set({ training: { ...training } });
    return problems;
  },
  setParallelism: (parallelism) => {
    const problems = parallelismProblems(parallelism);
    if (problems.length === 0) set({ parallelism: structuredClone(parallelism) });
    return problems;
  },
  setTrainingLayout: (trainingLayout) => set({ trainingLayout }),
  setReliability: (reliability) => {
    const problems = boundsProblems(RELIABILITY_NUMBER_SPECS, reliability);
    if (problems.length === 0) set({ reliability: { ...reliability } });
    return problems;
  },
  setWebgl: (webgl) => set({ webgl }),
  applyShareState: (state) =>
    set((s) => ({
      presetId: state.presetId ?? DEFAULT_PRESET_ID,
      config: structuredClone(state.config),
      training: { ...state.training },
      parallelism: structuredClone(state.parallelism),
      reliability: { ...state.reliability },
      site: structuredClone(state.site),
      fabric: { ...state.fabric },
      level: state.view.level,
      focusBuilding: state.view.building ?? 0,
      focusRack: state.view.rack ?? 0,
      focusedChip: state.view.focusedChip,
      donut: state.view.donut,
      slice: state.view.slice ? { ...state.view.slice } : null,
      autoRotate: state.view.orbit,
      collective: state.view.collective ? { ...state.view.collective, playing: false } : null,
      camera: state.view.camera,
      panel: state.view.panel,
      compare: [...state.view.compare],
      baseline: state.view.baseline,
      compareBasis: state.view.compareBasis,
      showStats: state.view.stats,
      theme: state.view.theme ?? systemTheme(),
      themeFollowsSystem: state.view.theme === null,
      embed: { ...state.embed },
      hovered: null,
      siteHover: null,
      // The decoder already keeps chips within the level; this holds it should a caller not.
      ...fitToLevel(
        { selection: state.view.selection, failedChips: state.view.failedChips, failedLinks: state.view.failedLinks },
        state.config,
        state.view.level,
      ).fitted,
      notices: s.notices,
    })),
  setCamera: (camera) => set({ camera }),
  startPresentation: (levels) =>
    set((s) => {
      if (levels.length === 0) return {};
      const returnTo: TourReturn = {
        level: s.level,
        focusBuilding: s.focusBuilding,
        focusRack: s.focusRack,
        focusedChip: s.focusedChip,
        selection: s.selection,
        collective: s.collective ? { ...s.collective, playing: false } : null,
        failedLinks: s.failedLinks,
        failedChips: s.failedChips,
        camera: s.camera,
      };
      return { presentation: { step: 0, levels: [...levels], returnTo }, level: levels[0]!, ...viewReset };
    }),
  showTourStep: (step) =>
    set((s) => {
      if (!s.presentation) return {};
      const clamped = Math.max(0, Math.min(step, s.presentation.levels.length - 1));
      return {
        presentation: { ...s.presentation, step: clamped },
        level: s.presentation.levels[clamped]!,
        ...viewReset,
      };
    }),
  endPresentation: () =>
    set((s) =>
      s.presentation
        ? {
            ...viewReset,
            ...s.presentation.returnTo,
            presentation: null,
            // The level may be the one the tour ended on: frame again, so the saved camera (or the framing) returns.
            cameraResets: s.cameraResets + 1,
          }
        : {},
    ),
  setCompare: (compare) =>
    set((s) => ({ compare: compare.slice(0, 4), baseline: Math.min(s.baseline, Math.max(compare.length - 1, 0)) })),
  setBaseline: (baseline) => set((s) => ({ baseline: Math.max(0, Math.min(baseline, s.compare.length - 1)) })),
  setCompareBasis: (compareBasis) => set({ compareBasis }),
  setLevel: (level) => set((s) => moveToLevel(s, level)),
  openBuilding: (building) => set({ level: 'building', focusBuilding: building, ...viewReset }),
  openRack: (rack, building) => set({ level: 'rack', focusRack: rack, focusBuilding: building, ...viewReset }),
  climb: () =>
    set((s) => {
      const next = LEVEL_ORDER[LEVEL_ORDER.indexOf(s.level) + 1];
      return next ? moveToLevel(s, next) : {};
    }),
  setTorusDims: (dims) => {
    const s = get();
    // A typed torus is one scale-up domain of its own: one UltraServer, no ring of instances.
    const config: ClusterConfig = {
      ...s.config,
      fabric: 'torus',
      instanceDims: [...dims],
      instancesPerUltraServer: 1,
      ultraServers: 1,
      linksPerChip: Math.max(1, 2 * dims.filter((k) => k > 1).length),
    };
    const problems = validateConfig(config);
    // A typed torus is no published system: it lives on a generic site, named as such.
    if (problems.length === 0)
      set({ config, site: structuredClone(GENERIC_HOME.site), level: 'ultraserver', ...viewReset });
    return problems;
  },
  setDonut: (donut) => set({ donut }),
  setSlice: (slice) => set({ slice }),
  selectChip: (chip) =>
    set((s) => {
      if (!inLevel(s, chip)) return {};
      if (s.selection.length === 1 && s.selection[0] === chip) return { selection: [], focusedChip: chip };
      if (s.selection.length === 1) return { selection: [s.selection[0]!, chip], focusedChip: chip };
      return { selection: [chip], focusedChip: chip };
    }),
  setSelection: (chips) =>
    set((s) => {
      const selection = chips.filter((c) => inLevel(s, c)).slice(0, 2);
      return { selection, focusedChip: selection[selection.length - 1] ?? s.focusedChip };
    }),
  clearSelection: () => set({ selection: [] }),
  hoverChip: (hovered) => set({ hovered }),
  hoverSite: (siteHover) => set({ siteHover }),
  toggleFailedChip: (chip) =>
    set((s) =>
      inLevel(s, chip)
        ? {
            failedChips: s.failedChips.includes(chip)
              ? s.failedChips.filter((c) => c !== chip)
              : [...s.failedChips, chip].slice(-64),
          }
        : {},
    ),
  toggleFailedLink: (a, b) =>
    set((s) =>
      a !== b && inLevel(s, a) && inLevel(s, b)
        ? {
            failedLinks: s.failedLinks.some((l) => sameLink(l, a, b))
              ? s.failedLinks.filter((l) => !sameLink(l, a, b))
              : [...s.failedLinks, [a, b] as [number, number]].slice(-64),
          }
        : {},
    ),
  setFailures: (links, chips) =>
    set((s) => ({
      failedLinks: links.filter(([a, b]) => a !== b && inLevel(s, a) && inLevel(s, b)).slice(0, 64),
      failedChips: chips.filter((c) => inLevel(s, c)).slice(0, 64),
    })),
  setFailOnClick: (failOnClick) => set({ failOnClick }),
  openChip: (chip) => set((s) => moveToLevel(s, 'chip', chip)),
  setCollective: (kind) =>
    set((s) => ({
      collective: kind
        ? { kind, step: 0, playing: false, bytes: s.collective?.bytes ?? DEFAULT_ALLREDUCE_BYTES }
        : null,
    })),
  setCollectiveStep: (step) => set((s) => (s.collective ? { collective: { ...s.collective, step } } : {})),
  setCollectivePlaying: (playing) => set((s) => (s.collective ? { collective: { ...s.collective, playing } } : {})),
  setCollectiveBytes: (bytes) => set((s) => (s.collective ? { collective: { ...s.collective, bytes } } : {})),
  reportProblems: (problems) =>
    set((s) =>
      problems.length === 0
        ? {}
        : {
            // All of one link's problems in one dismissible notice, each naming its parameter and what was done.
            notices: [
              ...s.notices,
              {
                id: nextNoticeId++,
                text:
                  problems.length === 1
                    ? 'The link had a problem:'
                    : `The link had ${problems.length} problems; everything else was applied:`,
                items: problems.map((p) => p.message),
              },
            ],
          },
    ),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setShowStats: (showStats) => set({ showStats }),
  setAutoRotate: (autoRotate) => set({ autoRotate }),
  resetCamera: () => set((s) => ({ cameraResets: s.cameraResets + 1, camera: null })),
}));
