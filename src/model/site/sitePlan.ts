import { chipsPerUltraServer, type ClusterConfig } from '../config';
import { evaluate } from '../evaluate';
import type { Metrics } from '../metrics';
import { hostsOf, hostUnits, racksBySpace, type RackSpec } from './rackSpec';
import type { SiteConfig, SiteGeometry } from './siteConfig';
import { rackDesignFor } from './systemHomes';

/** Which limit stops the site holding more UltraServers. */
export type SiteLimit = 'power' | 'floor';

/**
 * Where a cluster goes on a site and what the site can hold, by closed forms (no per-rack work).
 * UltraServers fill a hall row by row, then the next hall, then the next building; each hall
 * gets an equal share of the site's power, so a power-bound hall leaves its last rows empty.
 */
export interface SitePlan {
  name: string;
  geometry: SiteGeometry;
  /** Counts as used: whole, non-negative, and clipped to what the floor plan fits. */
  buildings: number;
  buildingsLive: number;
  hallsPerBuilding: number;
  rowsPerHall: number;
  racksPerRow: number;
  /** Configured racks per UltraServer, or more when its power or its hosts need more. */
  racksPerUltraServer: number;
  /** Racks its power needs at the site's rack power, and racks its hosts and switch trays fill. */
  racksByPower: number;
  racksBySpace: number;
  /** Rows one UltraServer spans: 1 unless it has more racks than a row (a TPU pod). */
  rowsPerUltraServer: number;
  /** What each rack holds (trays, switch trays, power shelves). */
  rack: RackSpec;
  hostsPerUltraServer: number;
  /** Scale-up switch chips per UltraServer (drawn as switch trays). */
  switchesPerUltraServer: number;

  /** Building footprint (one storey), metres: length along x, width along z. */
  buildingLength: number;
  buildingWidth: number;
  /** One hall: halls sit side by side along the building's length; the support gallery runs along one side. */
  hallLength: number;
  hallDepth: number;
  /** Row repeat distance: rack depth plus its aisle. */
  rowPitch: number;
  /** Most rows and racks per row a hall of this size fits. */
  maxRowsPerHall: number;
  maxRacksPerRow: number;
  /** Data-hall area of one building ÷ its floor area. */
  whiteSpaceShare: number;

  chipsPerUltraServer: number;
  chipsPerHost: number;
  /** One UltraServer's IT power (chips, hosts, overhead), from evaluate(). */
  ultraServerItPowerWatts: number;
  /** The same times the cluster's PUE. */
  ultraServerFacilityPowerWatts: number;
  /** What one occupied rack draws (IT). */
  rackDrawWatts: number;
  rackPowerBudgetWatts: number;

  sitePowerLimitWatts: number;
  buildingPowerLimitWatts: number;
  hallPowerLimitWatts: number;

  /** UltraServers side by side in a row (1 when one spans several rows). */
  ultraServersPerRow: number;
  /** UltraServers a hall's floor holds, and its power share feeds. */
  ultraServerSlotsPerHall: number;
  ultraServersPerHallByPower: number;
  /** The smaller of the two: what placement fills. */
  ultraServersPerHall: number;
  ultraServersPerBuilding: number;
  rackSlotsPerBuilding: number;
  rackSlots: number;

  /** Site-wide: UltraServers the power limit feeds (Infinity if an UltraServer draws nothing). */
  maxUltraServersByPower: number;
  /** Site-wide: UltraServers the floor holds. */
  maxUltraServersByFloor: number;
  /** What placement can fill (the hall-level minimum, times halls). */
  capacity: number;
  bindingLimit: SiteLimit;

  requestedUltraServers: number;
  placedUltraServers: number;
  unplacedUltraServers: number;
  fits: boolean;
  buildingsUsed: number;
  hallsUsed: number;
  racksUsed: number;
  /** Facility power of the placed UltraServers, W. */
  placedFacilityPowerWatts: number;
  /** Facility power of the whole cluster, from evaluate(config). */
  clusterFacilityPowerWatts: number;
  /** Placed facility power ÷ the site limit. */
  powerShare: number;
  /** Racks used ÷ rack slots. */
  floorShare: number;
  /** Readable notes on inputs clipped or limits hit; empty when all is well. */
  problems: string[];
}

/** Whole and non-negative; NaN and negatives become 0. */
const whole = (n: number): number => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
const nonNegative = (n: number): number => (Number.isFinite(n) ? Math.max(0, n) : 0);
const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
const kW = (w: number): string => `${Math.round(w / 1000).toLocaleString('en-US')} kW`;
const count = (n: number): string => n.toLocaleString('en-US');

export function planSite(
  site: SiteConfig,
  config: ClusterConfig,
  metrics: Metrics = evaluate(config),
  rack: RackSpec = rackDesignFor(config).spec,
): SitePlan {
  const g = site.geometry;
  const problems: string[] = [];

  const buildings = whole(site.buildings);
  const halls = whole(site.hallsPerBuilding);
  const area = nonNegative(site.buildingFloorArea);
  const aspect = site.geometry.buildingAspect > 0 ? site.geometry.buildingAspect : 1;
  const buildingLength = Math.sqrt(area * aspect);
  const buildingWidth = buildingLength > 0 ? area / buildingLength : 0;
  const hallLength = halls > 0 ? buildingLength / halls : 0;
  const hallDepth = Math.max(0, buildingWidth - nonNegative(g.supportDepth));
  const rowPitch = nonNegative(g.rackDepth) + nonNegative(g.aisleWidth);
  // One extra aisle opens the first row; clearance at both ends of each row.
  const maxRowsPerHall = rowPitch > 0 ? whole((hallDepth - nonNegative(g.aisleWidth)) / rowPitch) : 0;
  const maxRacksPerRow = g.rackWidth > 0 ? whole((hallLength - 2 * nonNegative(g.rowEndClearance)) / g.rackWidth) : 0;
  const rowsPerHall = Math.min(whole(site.rowsPerHall), maxRowsPerHall);
  const racksPerRow = Math.min(whole(site.racksPerRow), maxRacksPerRow);

  if (buildings === 0) problems.push('The site has no buildings, so nothing can be placed.');
  else if (halls === 0) problems.push('Buildings have no data halls, so nothing can be placed.');
  if (buildings > 0 && halls > 0) {
    const hallSize = `${hallLength.toFixed(0)} × ${hallDepth.toFixed(0)} m`;
    if (rowsPerHall < whole(site.rowsPerHall)) {
      problems.push(
        `Rows per hall cut from ${count(whole(site.rowsPerHall))} to ${count(rowsPerHall)}: a hall is ${hallSize}.`,
      );
    }
    if (racksPerRow < whole(site.racksPerRow)) {
      problems.push(
        `Racks per row cut from ${count(whole(site.racksPerRow))} to ${count(racksPerRow)}: a hall is ${hallSize}.`,
      );
    }
  }

  // Per-UltraServer power from the model itself, so the site always agrees with evaluate().
  const one = evaluate({ ...config, ultraServers: 1 });
  const ultraServerItPowerWatts = nonNegative(one.itPowerWatts);
  const ultraServerFacilityPowerWatts = nonNegative(one.facilityPowerWatts);

  const configuredRacks = Math.max(1, whole(site.racksPerUltraServer));
  const rackPowerBudgetWatts = nonNegative(site.rackPowerWatts);
  const chipsPerHost = Math.max(1, whole(config.chipsPerHost));
  const hostsPerUltraServer = hostsOf(chipsPerUltraServer(config), chipsPerHost);
  const bySpace = racksBySpace(
    rack,
    hostsPerUltraServer,
    hostUnits(rack, chipsPerHost),
    whole(config.switchesPerUltraServer),
  );
  const byPower = rackPowerBudgetWatts > 0 ? Math.ceil(ultraServerItPowerWatts / rackPowerBudgetWatts) : 1;
  if (rackPowerBudgetWatts <= 0) problems.push('Rack power is not positive: no per-rack power limit applied.');
  // Racks its hosts fill are how the system is built; racks its power needs beyond those are the site's doing, and said.
  const racksBuilt = Math.max(configuredRacks, bySpace);
  const racksPerUltraServer = Math.max(racksBuilt, byPower);
  if (byPower > racksBuilt) {
    problems.push(
      `An UltraServer draws ${kW(ultraServerItPowerWatts)}, more than ${racksBuilt} ${racksBuilt === 1 ? 'rack' : 'racks'} of ${kW(rackPowerBudgetWatts)}: spread over ${racksPerUltraServer} racks.`,
    );
  }
  const rackDrawWatts = ultraServerItPowerWatts / racksPerUltraServer;

  // An UltraServer wider than a row takes whole rows of its own, side by side in the hall.
  const rowsPerUltraServer = racksPerRow > 0 ? Math.max(1, Math.ceil(racksPerUltraServer / racksPerRow)) : 1;
  const ultraServersPerRow =
    rowsPerUltraServer === 1 ? Math.floor(racksPerRow / racksPerUltraServer) : racksPerRow > 0 ? 1 : 0;
  const rowBands = Math.floor(rowsPerHall / rowsPerUltraServer);
  if (racksPerRow > 0 && rowsPerHall > 0 && rowBands * ultraServersPerRow === 0) {
    problems.push(
      `A hall of ${rowsPerHall} rows of ${racksPerRow} racks cannot hold an UltraServer of ${racksPerUltraServer} racks.`,
    );
  }
  const ultraServerSlotsPerHall = rowBands * ultraServersPerRow;

  const sitePowerLimitWatts = nonNegative(site.sitePowerLimitWatts);
  const hallsOnSite = buildings * halls;
  const hallPowerLimitWatts = hallsOnSite > 0 ? sitePowerLimitWatts / hallsOnSite : 0;
  const buildingPowerLimitWatts = buildings > 0 ? sitePowerLimitWatts / buildings : 0;
  const feeds = (watts: number) =>
    ultraServerFacilityPowerWatts > 0 ? Math.floor(watts / ultraServerFacilityPowerWatts) : Number.POSITIVE_INFINITY;
  const ultraServersPerHallByPower = feeds(hallPowerLimitWatts);
  const ultraServersPerHall = Math.min(ultraServerSlotsPerHall, ultraServersPerHallByPower);
  // No floor at all binds first; otherwise whichever hall-level limit is smaller.
  const bindingLimit: SiteLimit =
    hallsOnSite > 0 && ultraServerSlotsPerHall > 0 && ultraServersPerHallByPower < ultraServerSlotsPerHall
      ? 'power'
      : 'floor';
  const ultraServersPerBuilding = halls * ultraServersPerHall;
  const capacity = buildings * ultraServersPerBuilding;
  if (buildings > 0 && sitePowerLimitWatts === 0) problems.push('The site has no power, so nothing can be placed.');

  const requestedUltraServers = whole(config.ultraServers);
  const placedUltraServers = Math.min(requestedUltraServers, capacity);
  const unplacedUltraServers = requestedUltraServers - placedUltraServers;
  if (unplacedUltraServers > 0 && capacity > 0) {
    problems.push(
      `Only ${count(capacity)} of ${count(requestedUltraServers)} UltraServers fit: the site's ${bindingLimit === 'power' ? 'power' : 'floor space'} runs out first.`,
    );
  }

  const rackSlotsPerBuilding = halls * rowsPerHall * racksPerRow;
  const rackSlots = buildings * rackSlotsPerBuilding;
  const racksUsed = placedUltraServers * racksPerUltraServer;
  const placedFacilityPowerWatts = placedUltraServers * ultraServerFacilityPowerWatts;

  return {
    name: site.name,
    geometry: g,
    buildings,
    buildingsLive: Math.min(buildings, whole(site.buildingsLive)),
    hallsPerBuilding: halls,
    rowsPerHall,
    racksPerRow,
    racksPerUltraServer,
    racksByPower: byPower,
    racksBySpace: bySpace,
    rowsPerUltraServer,
    rack,
    hostsPerUltraServer,
    switchesPerUltraServer: whole(config.switchesPerUltraServer),
    buildingLength,
    buildingWidth,
    hallLength,
    hallDepth,
    rowPitch,
    maxRowsPerHall,
    maxRacksPerRow,
    whiteSpaceShare: ratio(buildingLength * hallDepth, area),
    chipsPerUltraServer: chipsPerUltraServer(config),
    chipsPerHost,
    ultraServerItPowerWatts,
    ultraServerFacilityPowerWatts,
    rackDrawWatts,
    rackPowerBudgetWatts,
    sitePowerLimitWatts,
    buildingPowerLimitWatts,
    hallPowerLimitWatts,
    ultraServersPerRow,
    ultraServerSlotsPerHall,
    ultraServersPerHallByPower,
    ultraServersPerHall,
    ultraServersPerBuilding,
    rackSlotsPerBuilding,
    rackSlots,
    maxUltraServersByPower: feeds(sitePowerLimitWatts),
    maxUltraServersByFloor: hallsOnSite * ultraServerSlotsPerHall,
    capacity,
    bindingLimit,
    requestedUltraServers,
    placedUltraServers,
    unplacedUltraServers,
    fits: unplacedUltraServers === 0,
    buildingsUsed: ultraServersPerBuilding > 0 ? Math.ceil(placedUltraServers / ultraServersPerBuilding) : 0,
    hallsUsed: ultraServersPerHall > 0 ? Math.ceil(placedUltraServers / ultraServersPerHall) : 0,
    racksUsed,
    placedFacilityPowerWatts,
    clusterFacilityPowerWatts: metrics.facilityPowerWatts,
    powerShare: ratio(placedFacilityPowerWatts, sitePowerLimitWatts),
    floorShare: ratio(racksUsed, rackSlots),
    problems,
  };
}
