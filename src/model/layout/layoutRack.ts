import { figure } from '../figure';
import { rackAddress, type RackAddress } from '../site/rackAddress';
import type { SitePlan } from '../site/sitePlan';
import { allocateBoxes, BOX_CATEGORY, writeBox, type BoxInstances } from './boxInstances';

/** Trn2 compute trays carry 2 chips, beside one CPU head tray per 16-chip server. */
export const TRN2_CHIPS_PER_TRAY = figure(2, 'count', 'SA-T2', 'L', {
  note: '18U server: one 2U CPU head tray and eight 2U compute trays of 2 Trainium2 each (analyst, via summaries).',
});

/** One rack unit, metres. */
const RACK_UNIT = 0.04445;
const TRAY_UNITS = 2;
const TRAY_WIDTH = 0.45;
const CHIP_SIZE = 0.055;
const CHIP_HEIGHT = 0.01;
const PLINTH = 0.1;

export interface RackLayout {
  rack: number;
  address: RackAddress;
  ultraServer: number;
  occupied: boolean;
  /** Head trays (ids: host index in the UltraServer) and compute trays (ids: tray index in the rack), rack frame. */
  trays: BoxInstances;
  /** Chips on the compute trays; ids are global chip indices (UltraServer · chips per UltraServer + chip). */
  chips: BoxInstances;
  height: number;
}

export interface RackLayoutOptions {
  /** Chips per compute tray; default 2 (Trn2). */
  chipsPerTray?: number;
}

/**
 * Rack level of detail: the servers of one rack, in the rack's frame (origin on the floor at
 * its centre, front towards −z). An UltraServer's hosts are shared out over its racks; each
 * host is a head tray over its compute trays. Trays shrink to fit if they would overflow.
 */
export function layoutRack(plan: SitePlan, rack: number, options: RackLayoutOptions = {}): RackLayout | null {
  const address = rackAddress(plan, rack);
  if (!address) return null;
  const g = plan.geometry;
  const perUltraServer = plan.racksPerUltraServer;
  const ultraServer = Math.floor(rack / perUltraServer);
  const chipsPerUltraServer = plan.chipsPerUltraServer;
  const chipsPerHost = Math.min(plan.chipsPerHost, chipsPerUltraServer);
  const chipsPerTray = Math.max(1, Math.floor(options.chipsPerTray ?? TRN2_CHIPS_PER_TRAY.value));

  const hostsPerUltraServer = Math.ceil(chipsPerUltraServer / chipsPerHost);
  const hostsPerRack = Math.ceil(hostsPerUltraServer / perUltraServer);
  const firstHost = Math.min(hostsPerUltraServer, (rack % perUltraServer) * hostsPerRack);
  const lastHost = Math.min(hostsPerUltraServer, firstHost + hostsPerRack);
  const firstChip = firstHost * chipsPerHost;
  const lastChip = Math.min(chipsPerUltraServer, lastHost * chipsPerHost);
  const chipCount = lastChip - firstChip;
  // Each host: one head tray plus its compute trays (the last host may be short of chips).
  let trayCount = 0;
  for (let h = firstHost; h < lastHost; h++) {
    const chipsOfHost = Math.min(chipsPerHost, chipsPerUltraServer - h * chipsPerHost);
    trayCount += 1 + Math.ceil(chipsOfHost / chipsPerTray);
  }

  const trays = allocateBoxes(trayCount);
  const chips = allocateBoxes(chipCount);
  const pitch = Math.min(TRAY_UNITS * RACK_UNIT, trayCount > 0 ? (g.rackHeight - PLINTH) / trayCount : 0);
  // Thin trays leave a gap above each, so the chips on it show from an oblique camera.
  const trayHeight = pitch * 0.55;
  const trayDepth = g.rackDepth * 0.9;
  const chipPitch = TRAY_WIDTH / chipsPerTray;
  const firstGlobalChip = ultraServer * chipsPerUltraServer;

  let t = 0;
  let c = 0;
  let computeTray = 0;
  for (let h = firstHost; h < lastHost; h++) {
    writeBox(trays, t, 0, PLINTH + (t + 0.5) * pitch, 0, TRAY_WIDTH, trayHeight, trayDepth, BOX_CATEGORY.headTray, h);
    t++;
    const hostEnd = Math.min(chipsPerUltraServer, (h + 1) * chipsPerHost);
    for (let chip = h * chipsPerHost; chip < hostEnd; chip += chipsPerTray) {
      const trayY = PLINTH + (t + 0.5) * pitch;
      writeBox(trays, t, 0, trayY, 0, TRAY_WIDTH, trayHeight, trayDepth, BOX_CATEGORY.computeTray, computeTray++);
      t++;
      const onTray = Math.min(chipsPerTray, hostEnd - chip);
      for (let k = 0; k < onTray; k++) {
        const x = (k - (onTray - 1) / 2) * chipPitch;
        // On the tray edge that faces the default camera (+z), like a faceplate, so every tray shows its chips.
        writeBox(
          chips,
          c++,
          x,
          trayY,
          trayDepth / 2 + CHIP_HEIGHT / 2,
          CHIP_SIZE,
          Math.min(CHIP_SIZE, trayHeight),
          CHIP_HEIGHT,
          BOX_CATEGORY.chip,
          firstGlobalChip + chip + k,
        );
      }
    }
  }

  return {
    rack,
    address,
    ultraServer,
    occupied: ultraServer < plan.placedUltraServers,
    trays,
    chips,
    height: g.rackHeight,
  };
}
