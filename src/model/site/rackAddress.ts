import type { SitePlan } from './sitePlan';

/** Where a rack stands: all 0-based. `rack` counts rack positions along the row. */
export interface RackAddress {
  building: number;
  hall: number;
  row: number;
  rack: number;
}

/**
 * Rack indices run over the site's powered rack positions in fill order: UltraServer u owns
 * racks u·r … u·r + r − 1 (r racks per UltraServer). Positions past the last whole UltraServer
 * of a row (or of a band of rows), and rows a hall's power share cannot feed, have no index.
 */
export function rackCapacity(plan: SitePlan): number {
  return plan.capacity * plan.racksPerUltraServer;
}

const isIndex = (n: number, below: number): boolean => Number.isInteger(n) && n >= 0 && n < below;

/**
 * Where rack k of the UltraServer in hall slot j stands. Narrow UltraServers sit side by side
 * along a row; one wider than a row takes rowsPerUltraServer whole rows and fills them in order.
 */
function placeInHall(plan: SitePlan, slot: number, k: number): { row: number; rack: number } {
  const perRow = Math.max(1, plan.ultraServersPerRow);
  const band = Math.floor(slot / perRow);
  const rowInBand = plan.racksPerRow > 0 ? Math.floor(k / plan.racksPerRow) : 0;
  return {
    row: band * plan.rowsPerUltraServer + rowInBand,
    rack: (slot % perRow) * plan.racksPerUltraServer + (k - rowInBand * plan.racksPerRow),
  };
}

/** Address of rack `index`, or null if the site has no such powered position. */
export function rackAddress(plan: SitePlan, index: number): RackAddress | null {
  if (!isIndex(index, rackCapacity(plan))) return null;
  const perUltraServer = plan.racksPerUltraServer;
  const ultraServer = Math.floor(index / perUltraServer);
  const inBuilding = ultraServer % plan.ultraServersPerBuilding;
  const inHall = inBuilding % plan.ultraServersPerHall;
  const { row, rack } = placeInHall(plan, inHall, index % perUltraServer);
  return {
    building: Math.floor(ultraServer / plan.ultraServersPerBuilding),
    hall: Math.floor(inBuilding / plan.ultraServersPerHall),
    row,
    rack,
  };
}

/** Index of the rack at an address, or null if the address is off the site or unpowered. */
export function rackIndexAt(plan: SitePlan, address: RackAddress): number | null {
  const { building, hall, row, rack } = address;
  const perUltraServer = plan.racksPerUltraServer;
  if (
    !isIndex(building, plan.buildings) ||
    !isIndex(hall, plan.hallsPerBuilding) ||
    !isIndex(row, plan.rowsPerHall) ||
    !isIndex(rack, plan.racksPerRow)
  ) {
    return null;
  }
  const perRow = Math.max(1, plan.ultraServersPerRow);
  let inHall: number;
  let k: number;
  if (plan.rowsPerUltraServer === 1) {
    if (rack >= plan.ultraServersPerRow * perUltraServer) return null;
    inHall = row * perRow + Math.floor(rack / perUltraServer);
    k = rack % perUltraServer;
  } else {
    inHall = Math.floor(row / plan.rowsPerUltraServer);
    k = (row % plan.rowsPerUltraServer) * plan.racksPerRow + rack;
    if (k >= perUltraServer) return null;
  }
  if (inHall >= plan.ultraServersPerHall) return null;
  const ultraServer = (building * plan.hallsPerBuilding + hall) * plan.ultraServersPerHall + inHall;
  return ultraServer * perUltraServer + k;
}

/** Address of UltraServer `index`'s first rack, or null past the site's capacity. */
export function ultraServerAddress(plan: SitePlan, index: number): RackAddress | null {
  return isIndex(index, plan.capacity) ? rackAddress(plan, index * plan.racksPerUltraServer) : null;
}

/** The UltraServer standing at an address (any of its racks), or null. */
export function ultraServerAt(plan: SitePlan, address: RackAddress): number | null {
  const rack = rackIndexAt(plan, address);
  return rack === null ? null : Math.floor(rack / plan.racksPerUltraServer);
}

/** Compact, URL-safe form, 0-based: building 3, hall 1, row 12, rack 8 → "b3-h1-r12-k8". */
export function formatRackAddress(address: RackAddress): string {
  return `b${address.building}-h${address.hall}-r${address.row}-k${address.rack}`;
}

const ADDRESS_PATTERN = /^b(\d{1,6})-h(\d{1,6})-r(\d{1,6})-k(\d{1,6})$/;

/** Inverse of formatRackAddress; null for anything else. Range checks are rackIndexAt's job. */
export function parseRackAddress(text: string): RackAddress | null {
  const match = ADDRESS_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, building, hall, row, rack] = match;
  return { building: Number(building), hall: Number(hall), row: Number(row), rack: Number(rack) };
}
