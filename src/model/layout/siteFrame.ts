import type { SitePlan } from '../site/sitePlan';

/**
 * Where things stand on the campus, in metres. Buildings sit on a grid of near-square overall
 * shape; inside a building (origin at its centre) the halls line up along x and the support
 * gallery runs along the +z side; rows run along x and repeat along z.
 */
export interface SiteFrame {
  columns: number;
  rows: number;
  /** Building centre to centre. */
  pitchX: number;
  pitchZ: number;
  /** Campus extent along x and z, edge to edge. */
  width: number;
  depth: number;
  /** First row's rack centre along z, relative to the building centre. */
  firstRowZ: number;
  /** First rack centre along x, relative to its hall's low-x edge (rows are centred in the hall). */
  firstRackX: number;
  /** Low-x edge of hall 0, relative to the building centre. */
  firstHallX: number;
}

export function siteFrame(plan: SitePlan): SiteFrame {
  const g = plan.geometry;
  const pitchX = plan.buildingLength + g.buildingGap;
  const pitchZ = plan.buildingWidth + g.buildingGap;
  const n = plan.buildings;
  // Columns chosen so that columns·pitchX ≈ rows·pitchZ.
  const columns = n > 0 ? Math.max(1, Math.min(n, Math.ceil(Math.sqrt((n * pitchZ) / pitchX)))) : 0;
  const rows = columns > 0 ? Math.ceil(n / columns) : 0;
  const rowLength = plan.racksPerRow * g.rackWidth;
  return {
    columns,
    rows,
    pitchX,
    pitchZ,
    width: columns > 0 ? columns * pitchX - g.buildingGap : 0,
    depth: rows > 0 ? rows * pitchZ - g.buildingGap : 0,
    firstRowZ: -plan.buildingWidth / 2 + g.aisleWidth + g.rackDepth / 2,
    firstRackX: (plan.hallLength - rowLength) / 2 + g.rackWidth / 2,
    firstHallX: -plan.buildingLength / 2,
  };
}

/** Building b's centre on the ground: x into out[0], z into out[1]. */
export function buildingCenter(frame: SiteFrame, b: number, out: Float64Array): void {
  const column = b % frame.columns;
  const row = Math.floor(b / frame.columns);
  out[0] = (column - (frame.columns - 1) / 2) * frame.pitchX;
  out[1] = (row - (frame.rows - 1) / 2) * frame.pitchZ;
}
