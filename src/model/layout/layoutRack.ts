import { rackAddress, type RackAddress } from '../site/rackAddress';
import { switchTraysPerRack, type RackSpec } from '../site/rackSpec';
import type { SitePlan } from '../site/sitePlan';
import { allocateBoxes, BOX_CATEGORY, NO_ID, writeBox, type BoxInstances } from './boxInstances';

/** One rack unit, metres. */
export const RACK_UNIT = 0.04445;
/** 19-inch equipment width, metres. */
const TRAY_WIDTH = 0.45;
const CHIP_SIZE = 0.05;
const CHIP_DEPTH = 0.01;
const PLINTH = 0.1;
const TOP_CAP = 0.05;
const POST = 0.04;
const MANIFOLD = 0.05;

/** Id ranges of the non-host trays, so every tray id is unique and host trays keep 0, 1, 2…. */
export const SWITCH_TRAY_ID_BASE = 1_000_000;
export const POWER_SHELF_ID_BASE = 2_000_000;

export interface RackLayout {
  rack: number;
  address: RackAddress;
  ultraServer: number;
  occupied: boolean;
  /** What the rack holds (its name, trays, cooling). */
  spec: RackSpec;
  /**
   * Head trays (ids: host index in the UltraServer), compute trays (ids: tray index in the rack),
   * switch trays and power shelves (ids from SWITCH_TRAY_ID_BASE and POWER_SHELF_ID_BASE); rack frame.
   */
  trays: BoxInstances;
  /** Chips on the compute trays' fronts; ids are global chip indices (UltraServer · chips per UltraServer + chip). */
  chips: BoxInstances;
  /** The cabinet: plinth, top, corner posts and, when liquid-cooled, supply and return manifolds at the back. */
  frame: BoxInstances;
  /** Counts in this rack, for labels. */
  hosts: number;
  computeTrays: number;
  switchTrays: number;
  powerShelves: number;
  /** Height of the cabinet, metres. */
  height: number;
  /** Height of each kind's first and last unit (centre y), metres, for labels; NaN where the rack has none. */
  spans: Record<'compute' | 'switch' | 'power', [number, number]>;
}

interface Slot {
  kind: 'power' | 'head' | 'compute' | 'switch';
  units: number;
  /** First chip of a compute tray (UltraServer-local), and its chip count. */
  chip: number;
  chips: number;
  id: number;
}

/**
 * Rack level of detail: one rack as its spec stacks it, in the rack's frame (origin on the floor
 * at its centre, front towards +z). From the floor: half the power shelves, the first half of the
 * hosts, the switch trays, the other hosts, the other power shelves (the NVL72 order). An
 * UltraServer's hosts are shared over its racks. If the contents overflow the rack they shrink
 * to fit.
 */
export function layoutRack(plan: SitePlan, rack: number): RackLayout | null {
  const address = rackAddress(plan, rack);
  if (!address) return null;
  const spec = plan.rack;
  const perUltraServer = plan.racksPerUltraServer;
  const ultraServer = Math.floor(rack / perUltraServer);
  const chipsPerUltraServer = plan.chipsPerUltraServer;
  const chipsPerHost = Math.max(1, Math.min(plan.chipsPerHost, chipsPerUltraServer));
  const chipsPerTray = Math.max(1, Math.floor(spec.chipsPerTray));
  const inRack = rack % perUltraServer;

  const hosts = plan.hostsPerUltraServer;
  const hostsPerRack = Math.ceil(hosts / perUltraServer);
  const firstHost = Math.min(hosts, inRack * hostsPerRack);
  const lastHost = Math.min(hosts, firstHost + hostsPerRack);
  const switchTrays = switchTraysPerRack(spec, plan.switchesPerUltraServer, perUltraServer);
  const powerShelves = Math.max(0, Math.floor(spec.powerShelves));

  // Each host: its head tray (if any) over its compute trays.
  const hostGroups: Slot[][] = [];
  let computeTray = 0;
  for (let h = firstHost; h < lastHost; h++) {
    const group: Slot[] = [];
    if (spec.headTrayUnits > 0) group.push({ kind: 'head', units: spec.headTrayUnits, chip: 0, chips: 0, id: h });
    const hostEnd = Math.min(chipsPerUltraServer, (h + 1) * chipsPerHost);
    for (let chip = h * chipsPerHost; chip < hostEnd; chip += chipsPerTray) {
      const chips = Math.min(chipsPerTray, hostEnd - chip);
      group.push({ kind: 'compute', units: spec.computeTrayUnits, chip, chips, id: computeTray++ });
    }
    hostGroups.push(group);
  }
  const hostCount = hostGroups.length;
  // Switch trays sit mid-rack, between the lower and upper halves of the hosts.
  const lowerHosts = hostGroups.slice(0, Math.ceil(hostCount / 2)).flat();
  const upperHosts = hostGroups.slice(Math.ceil(hostCount / 2)).flat();
  const slots: Slot[] = [];
  const power = (k: number): Slot => ({
    kind: 'power',
    units: spec.powerShelfUnits,
    chip: 0,
    chips: 0,
    id: POWER_SHELF_ID_BASE + k,
  });
  const lowerShelves = Math.floor(powerShelves / 2);
  for (let k = 0; k < lowerShelves; k++) slots.push(power(k));
  slots.push(...lowerHosts);
  for (let k = 0; k < switchTrays; k++) {
    slots.push({ kind: 'switch', units: spec.switchTrayUnits, chip: 0, chips: 0, id: SWITCH_TRAY_ID_BASE + k });
  }
  slots.push(...upperHosts);
  for (let k = lowerShelves; k < powerShelves; k++) slots.push(power(k));

  const cabinetUnits = Math.max(1, spec.unitsTall);
  const usedUnits = slots.reduce((sum, s) => sum + s.units, 0);
  // One U per unit unless the contents overflow the cabinet; then everything shrinks alike.
  const unit = usedUnits > cabinetUnits ? (RACK_UNIT * cabinetUnits) / usedUnits : RACK_UNIT;
  const inner = cabinetUnits * RACK_UNIT;
  const height = PLINTH + inner + TOP_CAP;
  const depth = plan.geometry.rackDepth;
  const width = plan.geometry.rackWidth;
  const trayDepth = depth * 0.9;
  // Centre the contents in the cabinet's height, starting from the bottom for a full rack.
  let y = PLINTH + Math.max(0, (inner - usedUnits * unit) / 2);
  const spans: RackLayout['spans'] = {
    compute: [Number.NaN, Number.NaN],
    switch: [Number.NaN, Number.NaN],
    power: [Number.NaN, Number.NaN],
  };

  const chipCount = slots.reduce((sum, s) => sum + s.chips, 0);
  const trays = allocateBoxes(slots.length);
  const chips = allocateBoxes(chipCount);
  const firstGlobalChip = ultraServer * chipsPerUltraServer;
  let c = 0;
  slots.forEach((slot, t) => {
    const h = slot.units * unit;
    const centre = y + h / 2;
    // A hair of gap between trays so their edges read.
    const trayHeight = Math.max(h - Math.min(0.006, h * 0.2), h * 0.5);
    const category =
      slot.kind === 'power'
        ? BOX_CATEGORY.powerShelf
        : slot.kind === 'switch'
          ? BOX_CATEGORY.switchTray
          : slot.kind === 'head'
            ? BOX_CATEGORY.headTray
            : BOX_CATEGORY.computeTray;
    writeBox(trays, t, 0, centre, 0, TRAY_WIDTH, trayHeight, trayDepth, category, slot.id);
    const spanKey = slot.kind === 'head' ? 'compute' : slot.kind;
    const span = spans[spanKey];
    if (Number.isNaN(span[0])) span[0] = centre;
    span[1] = centre;
    const chipPitch = TRAY_WIDTH / Math.max(slot.chips, 1);
    for (let k = 0; k < slot.chips; k++) {
      // On the tray's front edge (+z, towards the default camera), like faceplates, so every tray shows its chips.
      writeBox(
        chips,
        c++,
        (k - (slot.chips - 1) / 2) * chipPitch,
        centre,
        trayDepth / 2 + CHIP_DEPTH / 2,
        Math.min(CHIP_SIZE, chipPitch * 0.8),
        Math.min(CHIP_SIZE, trayHeight * 0.8),
        CHIP_DEPTH,
        BOX_CATEGORY.chip,
        firstGlobalChip + slot.chip + k,
      );
    }
    y += h;
  });

  const liquid = spec.cooling === 'liquid';
  const frame = allocateBoxes(6 + (liquid ? 2 : 0));
  writeBox(frame, 0, 0, PLINTH / 2, 0, width, PLINTH, depth, BOX_CATEGORY.rackFrame, NO_ID);
  writeBox(frame, 1, 0, height - TOP_CAP / 2, 0, width, TOP_CAP, depth, BOX_CATEGORY.rackFrame, NO_ID);
  let f = 2;
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      writeBox(
        frame,
        f++,
        sx * (width / 2 - POST / 2),
        PLINTH + inner / 2,
        sz * (depth / 2 - POST / 2),
        POST,
        inner,
        POST,
        BOX_CATEGORY.rackFrame,
        NO_ID,
      );
    }
  }
  if (liquid) {
    // Supply and return manifolds run up the back, one each side.
    for (const [i, sx] of [-1, 1].entries()) {
      writeBox(
        frame,
        f++,
        sx * (TRAY_WIDTH / 2 + MANIFOLD / 2 + 0.005),
        PLINTH + inner / 2,
        -depth / 2 + MANIFOLD,
        MANIFOLD,
        inner * 0.96,
        MANIFOLD,
        i === 0 ? BOX_CATEGORY.coolantSupply : BOX_CATEGORY.coolantReturn,
        NO_ID,
      );
    }
  }

  return {
    rack,
    address,
    ultraServer,
    occupied: ultraServer < plan.placedUltraServers,
    spec,
    trays,
    chips,
    frame,
    hosts: hostCount,
    computeTrays: computeTray,
    switchTrays,
    powerShelves,
    height,
    spans,
  };
}
