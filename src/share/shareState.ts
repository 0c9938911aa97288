import {
  DEFAULT_FABRIC,
  DEFAULT_PRESET_ID,
  DEFAULT_RELIABILITY,
  DEFAULT_TRAINING,
  INDIANA_SITE,
  presetConfig,
  type ClusterConfig,
  type CollectiveKind,
  type FabricConfig,
  type PresetId,
  type ReliabilityConfig,
  type SiteConfig,
  type TorusSlice,
  type TrainingConfig,
  DEFAULT_PARALLELISM,
  type ParallelismSettings,
  VIEW_LEVELS,
  type ViewLevel,
} from '../model/index';

export { VIEW_LEVELS, type ViewLevel };

/** Sidebar panels a link can open: the tabs Explore, Compare, Train and Configure. */
export const PANELS = ['metrics', 'compare', 'training', 'controls'] as const;
export type Panel = (typeof PANELS)[number];

/** The page's colours: a link may name one; when it does not, the reader's system preference decides. */
export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What the comparison holds equal: each system as configured, or every total scaled to the
 * baseline's chips, IT power or scale-up domains (so ratios read per chip, per watt, per domain).
 */
export const COMPARE_BASES = ['configured', 'chips', 'power', 'domains'] as const;
export type CompareBasis = (typeof COMPARE_BASES)[number];

/**
 * The seed article's own pairs, each with the NVIDIA system as the baseline column: a Trn2
 * instance (16 chips) against a DGX B200 (8 GPUs), and a Trn2 UltraServer (64) against a GB200
 * NVL72 (72). Compare opens on the first.
 */
export const ARTICLE_PAIRS: readonly { label: string; compare: [PresetId, PresetId]; baseline: number }[] = [
  { label: 'Trn2 instance vs DGX B200', compare: ['trn2', 'dgx-b200'], baseline: 1 },
  { label: 'Trn2 UltraServer vs GB200 NVL72', compare: ['trn2-ultraserver', 'gb200-nvl72'], baseline: 1 },
];

export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

/**
 * Everything a link restores: what the machine is, and how the user was looking at it.
 * `encodeShareState` / `decodeShareState` carry it; `validateShareState` says what is in range
 * (the bounds are in src/share/shareFieldSpecs.ts, linkLimits.ts and the model's configSpec.ts).
 */
export interface ShareState {
  /** The preset the config started from; null for a configuration built by hand from the default preset. */
  presetId: PresetId | null;
  config: ClusterConfig;
  training: TrainingConfig;
  /** The model trained on the wiring and the parallel factors the user fixed. */
  parallelism: ParallelismSettings;
  reliability: ReliabilityConfig;
  site: SiteConfig;
  fabric: FabricConfig;
  view: {
    level: ViewLevel;
    /** Building in focus (building and rack levels), 0-based. */
    building: number | null;
    /** Rack in focus (rack level and below), as a site-wide rack index. */
    rack: number | null;
    /** Selected chips of the wiring view (0–2), each below the UltraServer's chip count. */
    selection: number[];
    /** The chip the chip level shows, below the UltraServer's chip count. */
    focusedChip: number;
    donut: boolean;
    /** Planes of the torus in view that are drawn (one plane, or first..last across one dimension); null: all. */
    slice: TorusSlice | null;
    orbit: boolean;
    collective: { kind: CollectiveKind; step: number; bytes: number } | null;
    /** Failure what-ifs in the wiring view: failed links as chip pairs (≤ 32), failed chips (≤ 32). */
    failedLinks: [number, number][];
    failedChips: number[];
    camera: CameraPose | null;
    panel: Panel;
    /** Systems in the comparison (preset ids, or "current" for the configuration above), at most 4. */
    compare: (PresetId | 'current')[];
    /** Index into compare of the baseline column. */
    baseline: number;
    /** What the comparison holds equal. */
    compareBasis: CompareBasis;
    stats: boolean;
    /** The theme the link asks for; null: it does not say, and the reader's `prefers-color-scheme` decides. */
    theme: Theme | null;
  };
  embed: {
    enabled: boolean;
    caption: string | null;
  };
}

/** What a link with no parameters opens: Project Rainier, one instance in view. */
export function defaultShareState(): ShareState {
  return {
    presetId: DEFAULT_PRESET_ID,
    config: presetConfig(DEFAULT_PRESET_ID),
    training: { ...DEFAULT_TRAINING },
    parallelism: structuredClone(DEFAULT_PARALLELISM),
    reliability: { ...DEFAULT_RELIABILITY },
    site: structuredClone(INDIANA_SITE),
    fabric: { ...DEFAULT_FABRIC },
    view: {
      level: 'instance',
      building: null,
      rack: null,
      selection: [],
      focusedChip: 0,
      donut: false,
      slice: null,
      orbit: false,
      collective: null,
      failedLinks: [],
      failedChips: [],
      camera: null,
      panel: 'metrics',
      compare: [...ARTICLE_PAIRS[0]!.compare],
      baseline: ARTICLE_PAIRS[0]!.baseline,
      compareBasis: 'configured',
      stats: false,
      theme: null,
    },
    embed: { enabled: false, caption: null },
  };
}
