import type { SwitchBundling } from '../view/geometryBudget';
import { DRAW_DIM_SWITCH, LINK_KIND, type DomainWiring } from './wiring';

const PITCH = 1.5;
const TRAY_GAP = 0.9;
const CHIP_SIZE = [1, 0.22, 1] as const;
const SWITCH_SIZE = [1.6, 0.3, 1.2] as const;
/** Chips a tray lays in one row; bigger trays (made-up domains up to 65,536 chips) become square blocks. */
const ROW_MAX = 72;

/**
 * Lays out a switched domain like its rack: compute trays (instances) stacked with the switch
 * trays in the middle, and every chip linked to every switch (NVLink 5 gives each GPU one link
 * per switch chip). Links are drawn chip-to-switch; ports per chip above the switch count share a line.
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
  const switchTrays = Math.ceil(switches / 2);
  const trays = instances + switchTrays;
  const topTrays = Math.ceil(instances / 2);
  const chipPositions = new Float32Array(chipCount * 3);
  const switchPositions = new Float32Array(switches * 3);
  const trayY = (t: number) => ((trays - 1) / 2 - t) * TRAY_GAP;

  // One row per tray, as in a rack; a tray of thousands of chips is a square block in front of the switches.
  const columns = chipsPerInstance <= ROW_MAX ? chipsPerInstance : Math.ceil(Math.sqrt(chipsPerInstance));
  const rows = Math.ceil(chipsPerInstance / columns);
  let chip = 0;
  for (let i = 0; i < instances; i++) {
    // Compute trays above and below the switch trays, as in an NVL72 rack.
    const tray = i < topTrays ? i : i + switchTrays;
    for (let c = 0; c < chipsPerInstance; c++) {
      const x = ((c % columns) - (columns - 1) / 2) * PITCH;
      chipPositions.set([x, trayY(tray), Math.floor(c / columns) * PITCH], chip * 3);
      chip++;
    }
  }
  for (let w = 0; w < switches; w++) {
    const tray = topTrays + Math.floor(w / 2);
    const column = switches === 1 ? 0 : w % 2 === 0 ? -1 : 1;
    switchPositions.set([column * 1.3, trayY(tray), -2.5], w * 3);
  }

  const width = (columns * PITCH) / 2 + 1;
  const height = (trays * TRAY_GAP) / 2 + 1;
  const radius = Math.hypot(width, height, 3 + (rows - 1) * PITCH);
  if (bundling) {
    const layout = { chipCount, chipPositions, switchPositions, radius };
    return bundledWiring(layout, chipsPerInstance, instances, switches, bundling, trayY, topTrays);
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
  trayY: (tray: number) => number,
  topTrays: number,
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
        vertices.set([x, y, z, 0, trayY(topTrays + t), -2.5], s * 6);
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
