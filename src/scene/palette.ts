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
  /** Background gradient: `background` at the centre, fading to this at the edges (a slight vignette). */
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
  /** How far the bulk of a dense torus's links fades towards the background (a light ground needs less). */
  denseFade: number;
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
  backgroundEdge: '#080b0f',
  shadow: '#000000',
  shadowOpacity: 0.4,
  dims: ['#56b4e9', '#2fbf8f', '#e69f00'],
  denseFade: 0.7,
  switchLink: '#9d8cf0',
  switchChip: '#6f6690',
  planes: ['#8a9bb0', '#b09476', '#86a98f', '#ab8aa3', '#a3a278', '#7f9fae'],
  die: '#3e434c',
  hbm: '#ffffff',
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
  backgroundEdge: '#eaeef3',
  shadow: '#1b2430',
  shadowOpacity: 0.28,
  dims: ['#0072b2', '#009e73', '#d08c00'],
  denseFade: 0.45,
  switchLink: '#6a55c8',
  switchChip: '#8e86b0',
  planes: ['#a9b6c6', '#c9ae90', '#a3c2aa', '#c5a6bd', '#bcbb93', '#9db9c6'],
  die: '#4a505a',
  hbm: '#ffffff',
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

/**
 * The view's backdrop as a CSS gradient behind the (transparent) canvas. An export that wants the
 * same backdrop draws this gradient under the rendered image; the centre is exactly `background`.
 */
export function backdropGradient(palette: ScenePalette): string {
  return `radial-gradient(ellipse 75% 70% at 50% 45%, ${palette.background} 35%, ${palette.backgroundEdge} 100%)`;
}

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

/** Site and rack levels, in BOX_CATEGORY order: what each box kind is called in legends. */
export const BOX_LABELS: readonly string[] = [
  'Planned building (foundation)',
  'Built, empty',
  'Holds the cluster',
  'Occupied rows',
  'Data hall floor',
  'Support gallery (power, cooling)',
  'Rack in use',
  'Empty rack position',
  'No power for this position',
  'Head tray (CPUs)',
  'Compute tray',
  'Chip',
  'Scale-up switch tray',
  'Power shelf',
  'Rack frame',
  'Coolant supply',
  'Coolant return',
  'Roof',
  'Rooftop plant',
  'Substation yard',
  'Transformer',
  'Cooling plant',
  'Road',
  'Roof (holds the cluster)',
  'Wall',
  'Site',
];

/** Site and rack colours per theme, one per BOX_CATEGORY, shared with the legends. */
export interface SitePalette {
  boxes: readonly string[];
  /** The ground plane; fog fades it into the background far away. */
  ground: string;
}

const SITE_DARK: SitePalette = {
  boxes: [
    '#39424e', // buildingPlanned: a bare foundation pad, and its ghost volume
    '#6b7584', // buildingLive: concrete walls
    '#6d8087', // buildingOccupied: walls, tinted towards the occupied roof
    '#4da3ff', // rackBlock
    '#1c242e', // hall
    '#313b48', // supportGallery
    '#45b5a5', // rackOccupied
    '#4a5566', // rackEmpty
    '#3b2c33', // rackUnpowered
    '#8790c4', // headTray
    '#56677c', // computeTray
    '#e3a649', // chip
    '#9d8cf0', // switchTray: the switch colour of the wiring views
    '#c0a35e', // powerShelf
    '#242b34', // rackFrame
    '#3f8fe0', // coolantSupply
    '#e0693f', // coolantReturn
    '#9aa4b2', // roof
    '#c1c8d1', // rooftopPlant
    '#363d46', // substationYard
    '#a2acb8', // transformer
    '#8595a8', // coolingPlant
    '#333b45', // road
    '#5fc1b1', // roofOccupied
    '#5a6472', // wall
    '#1b222a', // siteLot
  ],
  ground: '#161c23',
};

const SITE_LIGHT: SitePalette = {
  boxes: [
    '#d4d9df', // buildingPlanned
    '#aeb6c1', // buildingLive
    '#a4b7b9', // buildingOccupied
    '#4d8fd9', // rackBlock
    '#eef1f4', // hall
    '#cfd5dc', // supportGallery
    '#2f9c8c', // rackOccupied
    '#c2c9d2', // rackEmpty
    '#e2cfd3', // rackUnpowered
    '#6c76b8', // headTray
    '#8e9aab', // computeTray
    '#c98a1e', // chip
    '#7d6ad6', // switchTray
    '#b0913f', // powerShelf
    '#4a525d', // rackFrame
    '#2d7cc9', // coolantSupply
    '#d0582c', // coolantReturn
    '#e3e7ec', // roof
    '#f5f7f9', // rooftopPlant
    '#c9ced4', // substationYard
    '#8a94a1', // transformer
    '#9fb0c2', // coolingPlant
    '#9aa2ab', // road
    '#67c2b3', // roofOccupied
    '#9aa3ae', // wall
    '#dfe3e7', // siteLot
  ],
  ground: '#e9ecef',
};

/** The site's colours in a theme. */
export function sitePalette(theme: SceneTheme = 'dark'): SitePalette {
  return theme === 'light' ? SITE_LIGHT : SITE_DARK;
}

/** Dark-theme box colours, for the flat (no-WebGL) drawing. */
export const BOX_COLORS: readonly string[] = SITE_DARK.boxes;

export const GROUND_COLOR = SITE_DARK.ground;

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
