import { SWITCHES_PER_TRAY, type SwitchBundling } from '../view/geometryBudget';
import { DRAW_DIM_SWITCH, LINK_KIND, type DomainWiring } from './wiring';

const PITCH = 1.3;
/** Space between neighbouring compute trays, and between the two switch chips of a switch tray. */
const TRAY_GAP = 1;
const SWITCH_PITCH = 2;
const CHIP_SIZE = [1, 0.22, 1] as const;
const SWITCH_SIZE = [1.6, 0.3, 1.2] as const;
/** Chips a lone tray (a DGX baseboard) lays in one row; bigger trays become square blocks. */
const ROW_MAX = 72;
/** Compute trays side by side in one row; more (made-up domains) wrap into rows behind it. */
const TRAYS_PER_ROW = 36;
/** Drop from the compute row to the switch row, per unit of row width: a 16:9 slide's proportions. */
const DROP_PER_WIDTH = 0.42;

/**
 * Lays out a switched domain as the vendors draw an all-to-all domain: compute trays (instances)
 * side by side in a row, each a small block of its chips, and the switch chips in a row below,
 * in pairs by switch tray, spread over the same width — every chip linked to every switch
 * (NVLink 5 gives each GPU one link per switch chip), so the bipartite structure is plain.
 * Links are drawn chip-to-switch; ports per chip above the switch count share a line.
 * With `bundling` (a domain too big to draw link by link, see geometryBudget), one line joins
 * each group of consecutive chips of a tray to each switch tray, standing for all their links.
 */
export function switchedWiring(
  chipsPerInstance: number,
  instances: number,
  switches: number,
  bundling: SwitchBundling | null = null,
): DomainWiring {
  const chipCount = chipsPerInstance * instances;
  const chipPositions = new Float32Array(chipCount * 3);
  const switchPositions = new Float32Array(switches * 3);

  // A tray's chips: one row on a lone baseboard, else a near-square block (2 × 2 for four GPUs).
  const columns =
    instances === 1 && chipsPerInstance <= ROW_MAX ? chipsPerInstance : Math.ceil(Math.sqrt(chipsPerInstance));
  const rows = Math.ceil(chipsPerInstance / columns);
  const trayPitchX = columns * PITCH + TRAY_GAP;
  const trayPitchZ = rows * PITCH + TRAY_GAP;
  const trayColumns = Math.min(instances, TRAYS_PER_ROW);
  const trayRows = Math.ceil(instances / trayColumns);
  const width = Math.max(trayColumns * trayPitchX - TRAY_GAP, 1);
  const drop = Math.max(4, width * DROP_PER_WIDTH);
  const computeY = drop / 2;
  const switchY = -drop / 2;

  let chip = 0;
  for (let i = 0; i < instances; i++) {
    const trayX = ((i % trayColumns) - (trayColumns - 1) / 2) * trayPitchX;
    const trayZ = ((trayRows - 1) / 2 - Math.floor(i / trayColumns)) * trayPitchZ;
    for (let c = 0; c < chipsPerInstance; c++) {
      const x = trayX + ((c % columns) - (columns - 1) / 2) * PITCH;
      const z = trayZ + (Math.floor(c / columns) - (rows - 1) / 2) * PITCH;
      chipPositions.set([x, computeY, z], chip * 3);
      chip++;
    }
  }
  // Switch trays spread evenly under the compute row (never closer than their own width).
  const switchTrays = Math.ceil(switches / SWITCHES_PER_TRAY);
  const switchTrayPitch = Math.max(width / switchTrays, SWITCHES_PER_TRAY * SWITCH_PITCH + TRAY_GAP);
  const switchTrayX = (t: number) => (t - (switchTrays - 1) / 2) * switchTrayPitch;
  for (let w = 0; w < switches; w++) {
    const t = Math.floor(w / SWITCHES_PER_TRAY);
    const inTray = Math.min(SWITCHES_PER_TRAY, switches - t * SWITCHES_PER_TRAY);
    const x = switchTrayX(t) + ((w % SWITCHES_PER_TRAY) - (inTray - 1) / 2) * SWITCH_PITCH;
    switchPositions.set([x, switchY, 0], w * 3);
  }

  const spanX = Math.max(width, switchTrays * switchTrayPitch) / 2 + 1;
  const radius = Math.hypot(spanX, drop / 2 + 1, (trayRows * trayPitchZ) / 2 + 1);
  if (bundling) {
    const layout = { chipCount, chipPositions, switchPositions, radius };
    const trayCentre = (t: number): [number, number, number] => [switchTrayX(t), switchY, 0];
    return bundledWiring(layout, chipsPerInstance, instances, switches, bundling, trayCentre);
  }

  const segments = chipCount * switches;
  const linkVertices = new Float32Array(segments * 6);
  const segmentKinds = new Uint8Array(segments).fill(LINK_KIND.toSwitch);
  // Segment c × switches + w joins chip c to switch w.
  const linkFirstSegment = Uint32Array.from({ length: segments }, (_, i) => i);
  const linkSegmentCount = new Uint8Array(segments).fill(1);
  let s = 0;
  for (let c = 0; c < chipCount; c++) {
    for (let w = 0; w < switches; w++) {
      linkVertices.set(chipPositions.subarray(c * 3, c * 3 + 3), s * 6);
      linkVertices.set(switchPositions.subarray(w * 3, w * 3 + 3), s * 6 + 3);
      s++;
    }
  }

  return {
    chipCount,
    chipPositions,
    chipQuaternions: null,
    chipSize: CHIP_SIZE,
    switchCount: switches,
    switchPositions,
    switchSize: SWITCH_SIZE,
    linkVertices,
    segmentKinds,
    drawVertices: linkVertices,
    drawKinds: segmentKinds,
    drawDims: new Uint8Array(segments).fill(DRAW_DIM_SWITCH),
    drawWrap: new Uint8Array(segments),
    // Segment c × switches + w starts at chip c.
    drawChips: Uint32Array.from({ length: segments }, (_, i) => Math.floor(i / Math.max(switches, 1))),
    linkFirstSegment,
    linkSegmentCount,
    radius,
    bundling: null,
  };
}

interface SwitchedLayout {
  chipCount: number;
  chipPositions: Float32Array;
  switchPositions: Float32Array;
  radius: number;
}

/** Bundled links: group centre to switch-tray centre, one line each (see switchedWiring). */
function bundledWiring(
  layout: SwitchedLayout,
  chipsPerInstance: number,
  instances: number,
  switches: number,
  bundling: SwitchBundling,
  switchTrayCentre: (switchTray: number) => [number, number, number],
): DomainWiring {
  const { chipPositions } = layout;
  const lines = instances * bundling.groupsPerTray * bundling.switchTrays;
  const vertices = new Float32Array(lines * 6);
  const firstChips = new Uint32Array(lines);
  let s = 0;
  for (let i = 0; i < instances; i++) {
    for (let g = 0; g < bundling.groupsPerTray; g++) {
      const first = i * chipsPerInstance + g * bundling.chipsPerLine;
      const end = Math.min(first + bundling.chipsPerLine, (i + 1) * chipsPerInstance);
      // The group's centre (a group may span rows of a block).
      let x = 0;
      let z = 0;
      for (let c = first; c < end; c++) {
        x += chipPositions[c * 3]!;
        z += chipPositions[c * 3 + 2]!;
      }
      x /= end - first;
      z /= end - first;
      const y = chipPositions[first * 3 + 1]!;
      for (let t = 0; t < bundling.switchTrays; t++) {
        vertices.set([x, y, z, ...switchTrayCentre(t)], s * 6);
        firstChips[s] = first;
        s++;
      }
    }
  }
  const kinds = new Uint8Array(lines).fill(LINK_KIND.toSwitch);
  return {
    chipCount: layout.chipCount,
    chipPositions,
    chipQuaternions: null,
    chipSize: CHIP_SIZE,
    switchCount: switches,
    switchPositions: layout.switchPositions,
    switchSize: SWITCH_SIZE,
    linkVertices: vertices,
    segmentKinds: kinds,
    drawVertices: vertices,
    drawKinds: kinds,
    drawDims: new Uint8Array(lines).fill(DRAW_DIM_SWITCH),
    drawWrap: new Uint8Array(lines),
    drawChips: firstChips,
    // No per-link table: overlays draw a hop through a switch from the chip and switch positions.
    linkFirstSegment: new Uint32Array(0),
    linkSegmentCount: new Uint8Array(0),
    radius: layout.radius,
    bundling,
  };
}
