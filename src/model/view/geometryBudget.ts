import type { ViewDomain } from './viewDomain';

/**
 * What one wiring view may hand the renderer. Chosen so that every link the grammar accepts
 * (up to 65,536 chips in a domain, 256 switches) reaches a first frame in seconds with software
 * WebGL: 65,536 chip boxes draw in about 1 s there; 4.7 million chip-to-switch lines took 83 s
 * and 1.3 GB. Plain numbers, so the budget can be read and tested without a browser.
 */
export const GEOMETRY_BUDGET = {
  /** Link segments drawn (each one wide-line instance: two triangles, a dozen floats). */
  drawnSegments: 60_000,
  /** Link segments kept per link for the overlays (paths, failures, all-reduce sends). */
  linkSegments: 300_000,
  /** Chip boxes drawn as instances. */
  chips: 65_536,
} as const;

/** Lines a bundled switched drawing aims at: enough to show every tray reaching every switch tray. */
export const BUNDLED_LINES = 4096;

/** Switches per switch tray (NVLink switch trays hold two switch chips), the groups bundles reach. */
export const SWITCHES_PER_TRAY = 2;

/** Triangles of one chip or switch box, and of one wide-line segment (an instanced quad). */
const BOX_TRIANGLES = 12;
const SEGMENT_TRIANGLES = 2;
/** Bytes per segment: two points in a Float32Array, plus the per-segment tables the renderer reads. */
const BYTES_PER_SEGMENT = 6 * 4 + 4 + 4 + 3;

/** How much geometry a view would need, estimated from its shape alone, before anything is built. */
export interface GeometryEstimate {
  chips: number;
  switches: number;
  /** Segments handed to the renderer. */
  drawnSegments: number;
  /** Segments kept link by link for overlays. */
  linkSegments: number;
  triangles: number;
  /** Typed-array bytes of the link geometry. */
  linkBytes: number;
}

/** How the links of a switched view are drawn: each chip to each switch, or bundled. */
export interface SwitchBundling {
  /** Chips whose switch links one line stands for (consecutive chips of one tray). */
  chipsPerLine: number;
  /** Switches one line reaches (one switch tray). */
  switchesPerLine: number;
  /** Chip groups per instance tray. */
  groupsPerTray: number;
  switchTrays: number;
  lines: number;
}

/** Segments per wrap-around arc, as the grid layout draws them (fewer in big tori). */
export const arcSegmentsFor = (chips: number) => (chips > 1024 ? 6 : 14);
/** Segments per link over the donut's surface. */
export const DONUT_LINK_SEGMENTS = 6;

function estimate(chips: number, switches: number, drawnSegments: number, linkSegments: number): GeometryEstimate {
  return {
    chips,
    switches,
    drawnSegments,
    linkSegments,
    triangles: (chips + switches) * BOX_TRIANGLES + drawnSegments * SEGMENT_TRIANGLES,
    linkBytes: (drawnSegments + linkSegments) * BYTES_PER_SEGMENT,
  };
}

/** The drawn torus: the first three dims (more are shown as numbers only). */
function torusEstimate(view: ViewDomain, donut: boolean): GeometryEstimate {
  const k = [view.dims[0] ?? 1, view.dims[1] ?? 1, view.dims[2] ?? 1];
  const chips = k[0]! * k[1]! * k[2]!;
  if (donut && k[2] === 1) {
    const linked = k.filter((n) => n >= 2).length;
    const segments = chips * DONUT_LINK_SEGMENTS * linked;
    return estimate(chips, 0, segments, segments);
  }
  const arc = arcSegmentsFor(chips);
  let drawn = 0;
  let links = 0;
  for (const kd of k) {
    if (kd < 2) continue;
    const rows = chips / kd;
    // Per link: one straight segment, or an arc for the wrap-around; drawn: one per straight row, plus its arc.
    links += rows * (kd - 1) + rows * arc;
    drawn += rows * (1 + arc);
  }
  return estimate(chips, 0, drawn, links);
}

/**
 * The bundling a switched view needs, or null when every chip-to-switch link fits the budget.
 * Bundles reach switch trays; each instance tray is cut into groups of consecutive chips so
 * that trays × groups × switch trays stays near BUNDLED_LINES (never below one group a tray).
 */
export function switchBundling(view: ViewDomain): SwitchBundling | null {
  const switches = view.switches;
  const chips = view.chips;
  if (switches === 0 || chips * switches <= GEOMETRY_BUDGET.drawnSegments) return null;
  const perTray = view.chipsPerInstance;
  const trays = Math.max(1, Math.round(chips / Math.max(perTray, 1)));
  const switchTrays = Math.ceil(switches / SWITCHES_PER_TRAY);
  const groupsPerTray = Math.max(1, Math.min(perTray, Math.floor(BUNDLED_LINES / (trays * switchTrays))));
  const chipsPerLine = Math.ceil(perTray / groupsPerTray);
  const groups = Math.ceil(perTray / chipsPerLine);
  return {
    chipsPerLine,
    switchesPerLine: Math.min(SWITCHES_PER_TRAY, switches),
    groupsPerTray: groups,
    switchTrays,
    lines: trays * groups * switchTrays,
  };
}

/** What the view costs drawn in full, and what it costs as it will be drawn (bundled when over budget). */
export function estimateViewGeometry(
  view: ViewDomain,
  options: { donut?: boolean } = {},
): { full: GeometryEstimate; drawn: GeometryEstimate; bundling: SwitchBundling | null } {
  if (view.fabric !== 'switched') {
    const torus = torusEstimate(view, options.donut ?? false);
    return { full: torus, drawn: torus, bundling: null };
  }
  const full = estimate(view.chips, view.switches, view.chips * view.switches, view.chips * view.switches);
  const bundling = switchBundling(view);
  if (!bundling) return { full, drawn: full, bundling };
  return { full, drawn: estimate(view.chips, view.switches, bundling.lines, bundling.lines), bundling };
}
