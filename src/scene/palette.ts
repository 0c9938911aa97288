import { LINK_KIND, type LinkKind } from '../model/wiring/wiring';

/** Colors shared by the scene and its legend, so the legend can never disagree with the drawing. */
export const LINK_COLORS: Record<LinkKind, string> = {
  [LINK_KIND.intraInstance]: '#4da3ff',
  [LINK_KIND.interInstance]: '#ffb020',
  [LINK_KIND.toSwitch]: '#b48cff',
};

export const LINK_LABELS: Record<LinkKind, string> = {
  [LINK_KIND.intraInstance]: 'Inside an instance',
  [LINK_KIND.interInstance]: 'Between instances',
  [LINK_KIND.toSwitch]: 'To a switch',
};

/** Chips of successive instances take successive colors, so the planes of an UltraServer read apart. */
export const INSTANCE_COLORS = ['#2ec4a6', '#e8a33d', '#d9608f', '#7d8cff', '#5fbf5f', '#c46edb'] as const;

export const SWITCH_COLOR = '#9b7bd8';
export const BACKGROUND = '#0d1117';

/** Selection, path and hover highlights. */
export const HIGHLIGHT = {
  selected: '#ffffff',
  path: '#ffd447',
  pathLink: '#ffd447',
  collectiveLink: '#ff5d73',
  packet: '#ffffff',
  failed: '#7a1f2b',
  failedLink: '#ff3b4e',
  hover: '#ffffff',
} as const;

/** The chip level's parts; the inspector's list uses the same colors as its key. */
export const ANATOMY_COLORS = {
  package: '#2a3a4a',
  die: '#3d5266',
  core: '#2ec4a6',
  hbm: '#e8a33d',
  port: '#4da3ff',
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
