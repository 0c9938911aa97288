/**
 * Physical dimensions that decide how many racks a hall holds and how the scene draws them,
 * in metres. None is published for Rainier's buildings: they are typical data-hall values.
 */
export interface SiteGeometry {
  /** Rack width along its row. */
  rackWidth: number;
  /** Rack depth across its row. */
  rackDepth: number;
  rackHeight: number;
  /** Each row owns one aisle (hot and cold aisles alternate), so rows repeat every rackDepth + aisleWidth. */
  aisleWidth: number;
  /** Clearance at each end of a row, for cross-aisles and power distribution. */
  rowEndClearance: number;
  /** Depth of the gallery along one long side of a building (electrical rooms, cooling, offices): not data hall. */
  supportDepth: number;
  /** Building length ÷ width (one storey). */
  buildingAspect: number;
  buildingHeight: number;
  /** Gap between neighbouring buildings on the campus. */
  buildingGap: number;
}

/**
 * A data-centre site as plain data: what the site view edits and the placement reads.
 * Power here is the site's grid limit (facility power); the machine's draw comes from
 * `evaluate(config)`, which applies the cluster's PUE.
 */
export interface SiteConfig {
  name: string;
  buildings: number;
  /** Buildings already built; the rest are planned (drawn differently). */
  buildingsLive: number;
  /** Floor area of one (single-storey) building, m². */
  buildingFloorArea: number;
  hallsPerBuilding: number;
  rowsPerHall: number;
  racksPerRow: number;
  /** Power one rack position is provisioned for (IT), W. An UltraServer drawing more is spread over more racks. */
  rackPowerWatts: number;
  /** Racks one UltraServer occupies, side by side in one row. */
  racksPerUltraServer: number;
  /** Facility power the site may draw, W; shared evenly by its halls. */
  sitePowerLimitWatts: number;
  geometry: SiteGeometry;
}
