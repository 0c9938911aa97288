import { DRAW_DIM_SWITCH, LINK_KIND, type DomainWiring } from './wiring';

const PITCH = 1.5;
const TRAY_GAP = 0.9;
const CHIP_SIZE = [1, 0.22, 1] as const;
const SWITCH_SIZE = [1.6, 0.3, 1.2] as const;

/**
 * Lays out a switched domain like its rack: compute trays (instances) stacked with the switch
 * trays in the middle, and every chip linked to every switch (NVLink 5 gives each GPU one link
 * per switch chip). Links are drawn chip-to-switch; ports per chip above the switch count share a line.
 */
export function switchedWiring(chipsPerInstance: number, instances: number, switches: number): DomainWiring {
  const chipCount = chipsPerInstance * instances;
  const switchTrays = Math.ceil(switches / 2);
  const trays = instances + switchTrays;
  const topTrays = Math.ceil(instances / 2);
  const chipPositions = new Float32Array(chipCount * 3);
  const switchPositions = new Float32Array(switches * 3);
  const trayY = (t: number) => ((trays - 1) / 2 - t) * TRAY_GAP;

  let chip = 0;
  for (let i = 0; i < instances; i++) {
    // Compute trays above and below the switch trays, as in an NVL72 rack.
    const tray = i < topTrays ? i : i + switchTrays;
    for (let c = 0; c < chipsPerInstance; c++) {
      chipPositions.set([(c - (chipsPerInstance - 1) / 2) * PITCH, trayY(tray), 0], chip * 3);
      chip++;
    }
  }
  for (let w = 0; w < switches; w++) {
    const tray = topTrays + Math.floor(w / 2);
    const column = switches === 1 ? 0 : w % 2 === 0 ? -1 : 1;
    switchPositions.set([column * 1.3, trayY(tray), -2.5], w * 3);
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

  const width = (chipsPerInstance * PITCH) / 2 + 1;
  const height = (trays * TRAY_GAP) / 2 + 1;
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
    radius: Math.hypot(width, height, 3),
  };
}
