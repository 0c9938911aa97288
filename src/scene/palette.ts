import { LINK_KIND, type LinkKind } from '../model/wiring/wiring';

/**
 * One palette for the wiring pictures, in two themes. Built so that nothing shares a colour:
 * - links carry the saturated hues, one per torus dimension (Okabe–Ito sky blue, bluish green,
 *   orange: told apart with every common colour-vision deficiency);
 * - chip planes are muted, low-chroma tints (they read as packages of different finishes and never
 *   compete with the links);
 * - overlays take the remaining loud colours: path yellow (black on light), failures vermilion,
 *   the all-reduce reddish purple with white (black) packets, the selection white (black).
 */
export type SceneTheme = 'dark' | 'light';

export interface ScenePalette {
  theme: SceneTheme;
  /** Flat background: what the page and an export without gradient use. */
  background: string;
  /** Background gradient, centre to edge. */
  backgroundCenter: string;
  backgroundEdge: string;
  /** Contact shadow under the structure. */
  shadow: string;
  shadowOpacity: number;
  /** Link colour per torus dimension: X, Y, Z. */
  dims: readonly [string, string, string];
  /** Chip-to-switch links (NVLink, NeuronSwitch). */
  switchLink: string;
  /** Switch chips. */
  switchChip: string;
  /** Chip colour per instance plane, in order; a single-plane view uses the first. */
  planes: readonly string[];
  /** Top-face detail: compute dies and HBM stacks, multiplied into the chip colour. */
  die: string;
  hbm: string;
  overlay: {
    selected: string;
    hover: string;
    path: string;
    failedChip: string;
    failedLink: string;
    collectiveLink: string;
    packet: string;
    /** Rings through the focused chip, drawn in their dimension's colour but brighter. */
    ringBoost: number;
  };
  /** Label text and halo. */
  label: string;
  labelHalo: string;
}

const DARK: ScenePalette = {
  theme: 'dark',
  background: '#0d1117',
  backgroundCenter: '#121820',
  backgroundEdge: '#0a0e13',
  shadow: '#000000',
  shadowOpacity: 0.4,
  dims: ['#56b4e9', '#2fbf8f', '#e69f00'],
  switchLink: '#9d8cf0',
  switchChip: '#6f6690',
  planes: ['#8a9bb0', '#b09476', '#86a98f', '#ab8aa3', '#a3a278', '#7f9fae'],
  die: '#4b515c',
  hbm: '#c3c8cf',
  overlay: {
    selected: '#ffffff',
    hover: '#ffffff',
    path: '#f0e442',
    failedChip: '#5c1a12',
    failedLink: '#ff5a36',
    collectiveLink: '#e07bc0',
    packet: '#ffffff',
    ringBoost: 1,
  },
  label: '#e6edf3',
  labelHalo: '#0d1117',
};

const LIGHT: ScenePalette = {
  theme: 'light',
  background: '#ffffff',
  backgroundCenter: '#ffffff',
  backgroundEdge: '#eef1f5',
  shadow: '#1b2430',
  shadowOpacity: 0.28,
  dims: ['#0072b2', '#009e73', '#d08c00'],
  switchLink: '#6a55c8',
  switchChip: '#8e86b0',
  planes: ['#a9b6c6', '#c9ae90', '#a3c2aa', '#c5a6bd', '#bcbb93', '#9db9c6'],
  die: '#4a505a',
  hbm: '#b4bac2',
  overlay: {
    selected: '#111111',
    hover: '#ffffff',
    path: '#111111',
    failedChip: '#7a2410',
    failedLink: '#d55e00',
    collectiveLink: '#aa3377',
    packet: '#111111',
    ringBoost: 1,
  },
  label: '#1f2328',
  labelHalo: '#ffffff',
};

/** The scene's colours in a theme. */
export function scenePalette(theme: SceneTheme = 'dark'): ScenePalette {
  return theme === 'light' ? LIGHT : DARK;
}

/** Names of the torus dimensions, as the legend and labels write them. */
export const DIM_NAMES = ['X', 'Y', 'Z'] as const;

// Older names the panels and the flat (no-WebGL) drawing use, mapped onto the dark palette.
export const LINK_COLORS: Record<LinkKind, string> = {
  [LINK_KIND.intraInstance]: DARK.dims[0],
  [LINK_KIND.interInstance]: DARK.dims[2],
  [LINK_KIND.toSwitch]: DARK.switchLink,
};

export const LINK_LABELS: Record<LinkKind, string> = {
  [LINK_KIND.intraInstance]: 'Inside an instance',
  [LINK_KIND.interInstance]: 'Between instances',
  [LINK_KIND.toSwitch]: 'To a switch',
};

/** Chips of successive instances take successive colours, so the planes of an UltraServer read apart. */
export const INSTANCE_COLORS = DARK.planes;

export const SWITCH_COLOR = DARK.switchChip;
export const BACKGROUND = DARK.background;

/** Selection, path and hover highlights (dark theme). */
export const HIGHLIGHT = {
  selected: DARK.overlay.selected,
  path: DARK.overlay.path,
  pathLink: DARK.overlay.path,
  collectiveLink: DARK.overlay.collectiveLink,
  packet: DARK.overlay.packet,
  failed: DARK.overlay.failedChip,
  failedLink: DARK.overlay.failedLink,
  hover: DARK.overlay.hover,
} as const;

/** The chip level's parts; the inspector's list uses the same colors as its key. */
export const ANATOMY_COLORS = {
  package: '#2a3a4a',
  die: '#3d5266',
  core: '#2fbf8f',
  hbm: '#b09476',
  port: '#56b4e9',
} as const;

/** Site and rack levels: one color per BOX_CATEGORY, shared with the legend. */
export const BOX_COLORS: readonly string[] = [
  '#2a3340', // buildingPlanned
  '#3d5266', // buildingLive
  '#2ec4a6', // buildingOccupied
  '#4da3ff', // rackBlock
  '#1d2733', // hall
  '#141a22', // supportGallery
  '#2ec4a6', // rackOccupied
  '#3a4656', // rackEmpty
  '#5a2a32', // rackUnpowered
  '#7d8cff', // headTray
  '#3d5266', // computeTray
  '#e8a33d', // chip
];

export const BOX_LABELS: readonly string[] = [
  'Planned building',
  'Built, empty',
  'Holds UltraServers',
  'Occupied rows',
  'Data hall',
  'Support gallery',
  'Rack in use',
  'Empty rack position',
  'No power for this position',
  'Head tray (CPUs)',
  'Compute tray',
  'Chip',
];

export const GROUND_COLOR = '#10161d';

/**
 * Chips coloured by parallel group (training on the wiring): Paul Tol's "muted" qualitative scheme,
 * distinguishable with the common colour-vision deficiencies, and apart from the link and overlay hues.
 */
export const GROUP_COLORS: readonly string[] = [
  '#cc6677',
  '#332288',
  '#ddcc77',
  '#117733',
  '#88ccee',
  '#882255',
  '#44aa99',
  '#999933',
  '#aa4499',
];
