/**
 * Boxes for one instanced mesh: flat typed arrays, one slot per item, so the scene hands them
 * to the GPU as they are and nothing is allocated per item. Metres; y is up, ground is x–z.
 */
export interface BoxInstances {
  count: number;
  /** Box centres, x y z per item. */
  positions: Float32Array;
  /** Box extents, x y z per item. */
  sizes: Float32Array;
  /** A BOX_CATEGORY per item: the scene maps it to a colour and a legend entry. */
  categories: Uint8Array;
  /** What picking an item selects (building, hall, rack or chip index); NO_ID for nothing. */
  ids: Uint32Array;
}

/** One palette across levels, so a legend reads the same at every zoom. */
export const BOX_CATEGORY = {
  buildingPlanned: 0,
  buildingLive: 1,
  buildingOccupied: 2,
  /** Campus level: the occupied rows of one hall as one block. */
  rackBlock: 3,
  hall: 4,
  supportGallery: 5,
  rackOccupied: 6,
  /** A powered rack position with nothing in it yet. */
  rackEmpty: 7,
  /** A position the hall's power share cannot feed, or a row end too short for an UltraServer. */
  rackUnpowered: 8,
  headTray: 9,
  computeTray: 10,
  chip: 11,
  /** Scale-up switch tray (NVLink, NeuronSwitch). */
  switchTray: 12,
  powerShelf: 13,
  /** Cabinet: plinth, top and posts. */
  rackFrame: 14,
  coolantSupply: 15,
  coolantReturn: 16,
  /** Campus: a building's roof slab and the plant standing on it. */
  roof: 17,
  rooftopPlant: 18,
  /** Campus: substation yard, its transformers, cooling plant, roads. */
  substationYard: 19,
  transformer: 20,
  coolingPlant: 21,
  road: 22,
  /** Roof of a building that holds part of the cluster. */
  roofOccupied: 23,
  /** Building level: the cut-away outer and partition walls. */
  wall: 24,
  /** Campus: the site's land inside the ring road. */
  siteLot: 25,
} as const;

export type BoxCategory = (typeof BOX_CATEGORY)[keyof typeof BOX_CATEGORY];

export const NO_ID = 0xffffffff;

export function allocateBoxes(count: number): BoxInstances {
  const n = Math.max(0, Math.floor(count));
  return {
    count: n,
    positions: new Float32Array(n * 3),
    sizes: new Float32Array(n * 3),
    categories: new Uint8Array(n),
    ids: new Uint32Array(n),
  };
}

/** Writes item i; takes scalars rather than tuples so hot loops allocate nothing. */
export function writeBox(
  boxes: BoxInstances,
  i: number,
  x: number,
  y: number,
  z: number,
  sizeX: number,
  sizeY: number,
  sizeZ: number,
  category: BoxCategory,
  id: number,
): void {
  const o = i * 3;
  boxes.positions[o] = x;
  boxes.positions[o + 1] = y;
  boxes.positions[o + 2] = z;
  boxes.sizes[o] = sizeX;
  boxes.sizes[o + 1] = sizeY;
  boxes.sizes[o + 2] = sizeZ;
  boxes.categories[i] = category;
  boxes.ids[i] = id;
}
