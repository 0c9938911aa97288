import type { FabricConfig, FabricTiers } from './fabricConfig';

export type FabricTierName = 'leaf' | 'aggregation' | 'spine';

/** One tier of switches, counted for the endpoints actually attached. */
export interface FabricTier {
  name: FabricTierName;
  switches: number;
  /** Ports per switch facing the endpoints or the tier below. */
  downPorts: number;
  /** Ports per switch facing the tier above (0 at the top). */
  upPorts: number;
}

/** Where two endpoints' lowest common switch sits: same leaf, same pod, or over the top tier. */
export type FabricScope = 'leaf' | 'pod' | 'fabric';

/** One class of path through the fabric, from the lowest tier two endpoints share. */
export interface FabricPath {
  scope: FabricScope;
  label: string;
  /** Highest tier traversed, 1-based. */
  tier: number;
  /** Switches traversed (2·tier − 1). */
  switches: number;
  /** Cables traversed, NIC to NIC (2·tier). */
  links: number;
  /** Endpoint latency plus switch hops, seconds. */
  latency: number;
  /** Endpoints that reach each other without climbing higher than this path. */
  endpointsWithin: number;
}

/**
 * A folded Clos (fat-tree) sized for a number of endpoints, by closed forms, O(tiers).
 * Full builds match Al-Fares et al.'s k-ary fat-tree: k³/4 hosts and 5k²/4 switches for 3 tiers.
 */
export interface ClosFabric {
  tiers: FabricTiers;
  /** Radix as used: even and at least 2. */
  radix: number;
  /** Leaf down:up ratio as built from whole ports (≤ the requested ratio). */
  oversubscription: number;
  endpoints: number;
  /** One endpoint link (NIC port), one direction, bytes/s. */
  portBandwidth: number;
  /** Endpoints a full build of these tiers can hold. */
  maxEndpoints: number;
  fits: boolean;
  /** Fewest tiers (1–3) that would hold the endpoints at this radix; null if even 3 cannot. */
  tiersNeeded: FabricTiers | null;
  /** Bottom (leaf) first. */
  tierSwitches: FabricTier[];
  switches: number;
  /** Leaf downlinks used by the endpoints (NIC to leaf). */
  endpointLinks: number;
  /** Switch-to-switch links. */
  switchLinks: number;
  links: number;
  /** Two per optical link: switch-to-switch always, NIC-to-leaf when configured so. */
  transceivers: number;
  /** Endpoints per leaf switch (leaf down ports). */
  endpointsPerLeaf: number;
  /** Endpoints under one aggregation pod (3 tiers); the whole fabric's capacity otherwise. */
  endpointsPerPod: number;
  /** Sum over endpoints, one direction, bytes/s. */
  injectionBandwidth: number;
  /** Across the worst balanced cut, one direction, bytes/s: limited by leaf uplinks when oversubscribed. */
  bisectionBandwidth: number;
  /** Bisection ÷ what full bisection would give (half the endpoints at full rate); 1 = non-blocking. */
  bisectionRatio: number;
  /** Path classes from the closest (same leaf) to the farthest (over the top tier). */
  paths: FabricPath[];
}

/** Even and ≥ 2, since fat-tree switches split their ports half down, half up. */
export const normalizeRadix = (radix: number): number =>
  Number.isFinite(radix) ? Math.max(2, 2 * Math.floor(radix / 2)) : 2;

/** Leaf ports down and up for a down:up ratio; whole ports, never more oversubscribed than asked. */
export function leafPorts(radix: number, tiers: FabricTiers, oversubscription: number): { down: number; up: number } {
  const k = normalizeRadix(radix);
  if (tiers === 1) return { down: k, up: 0 };
  const o = Number.isFinite(oversubscription) ? Math.max(1, oversubscription) : 1;
  const down = Math.min(k - 1, Math.max(1, Math.floor((k * o) / (1 + o))));
  return { down, up: k - down };
}

/** Endpoints a full build holds: k, k·d, k·(k/2)·d (d = leaf down ports; k²/2 and k³/4 at 1:1). */
export function maxEndpoints(tiers: FabricTiers, radix: number, oversubscription = 1): number {
  const k = normalizeRadix(radix);
  const { down } = leafPorts(k, tiers, oversubscription);
  if (tiers === 1) return k;
  if (tiers === 2) return k * down;
  return k * (k / 2) * down;
}

export function tiersNeeded(endpoints: number, radix: number, oversubscription = 1): FabricTiers | null {
  for (const t of [1, 2, 3] as const) if (endpoints <= maxEndpoints(t, radix, oversubscription)) return t;
  return null;
}

const PATH_LABELS: Record<FabricScope, string> = {
  leaf: 'Same leaf switch',
  pod: 'Same pod (through aggregation)',
  fabric: 'Across the spine',
};

/**
 * Sizes the fabric for `endpoints` NICs of `portBandwidth` each. Partial builds wire every leaf
 * fully and give the upper tiers just enough switches for the uplinks (parallel links where a
 * tier is not full), so counts grow smoothly with the cluster. Past `maxEndpoints` the counts
 * are what the tiers would need with bigger top switches, and `fits` is false.
 */
export function closFabric(endpoints: number, portBandwidth: number, fabric: FabricConfig): ClosFabric {
  const tiers = fabric.tiers;
  const k = normalizeRadix(fabric.radix);
  const e = Math.max(0, Math.floor(Number.isFinite(endpoints) ? endpoints : 0));
  const b = Number.isFinite(portBandwidth) ? Math.max(0, portBandwidth) : 0;
  const { down, up } = leafPorts(k, tiers, fabric.oversubscription);
  const half = k / 2;

  const leaves = Math.ceil(e / down);
  const tierSwitches: FabricTier[] = [{ name: 'leaf', switches: leaves, downPorts: down, upPorts: up }];
  let switchLinks = 0;
  // Links that cross the worst balanced cut, counted per tier boundary (the tightest wins).
  let cutLinks = Math.floor(e / 2);

  if (tiers === 2) {
    const uplinks = leaves * up;
    tierSwitches.push({ name: 'spine', switches: Math.ceil(uplinks / k), downPorts: k, upPorts: 0 });
    switchLinks = uplinks;
    cutLinks = Math.min(cutLinks, Math.floor(uplinks / 2));
  } else if (tiers === 3) {
    // A pod: k/2 leaves, each with one uplink to each of the pod's `up` aggregation switches.
    const pods = Math.ceil(leaves / half);
    const aggregation = pods * up;
    const leafUplinks = leaves * up;
    const aggUplinks = aggregation * half;
    tierSwitches.push({ name: 'aggregation', switches: aggregation, downPorts: half, upPorts: half });
    tierSwitches.push({ name: 'spine', switches: Math.ceil(aggUplinks / k), downPorts: k, upPorts: 0 });
    switchLinks = leafUplinks + aggUplinks;
    cutLinks = Math.min(cutLinks, Math.floor(leafUplinks / 2), Math.floor(aggUplinks / 2));
  }

  const switches = tierSwitches.reduce((sum, t) => sum + t.switches, 0);
  const capacity = maxEndpoints(tiers, k, fabric.oversubscription);
  const endpointsPerPod = tiers === 3 ? half * down : capacity;
  const fullBisection = Math.floor(e / 2) * b;
  const bisectionBandwidth = cutLinks * b;

  const paths: FabricPath[] = [];
  for (let tier = 1; tier <= tiers; tier++) {
    const scope: FabricScope = tier === 1 ? 'leaf' : tier === tiers ? 'fabric' : 'pod';
    const switchesOnPath = 2 * tier - 1;
    paths.push({
      scope,
      label: PATH_LABELS[scope],
      tier,
      switches: switchesOnPath,
      links: 2 * tier,
      latency: fabric.endpointLatency + switchesOnPath * fabric.switchLatency,
      endpointsWithin: tier === 1 ? down : scope === 'pod' ? endpointsPerPod : capacity,
    });
  }

  return {
    tiers,
    radix: k,
    oversubscription: tiers === 1 ? 1 : down / up,
    endpoints: e,
    portBandwidth: b,
    maxEndpoints: capacity,
    fits: e <= capacity,
    tiersNeeded: tiersNeeded(e, k, fabric.oversubscription),
    tierSwitches,
    switches,
    endpointLinks: e,
    switchLinks,
    links: e + switchLinks,
    transceivers: 2 * switchLinks + (fabric.endpointLinksOptical ? 2 * e : 0),
    endpointsPerLeaf: down,
    endpointsPerPod,
    injectionBandwidth: e * b,
    bisectionBandwidth,
    bisectionRatio: fullBisection > 0 ? bisectionBandwidth / fullBisection : 1,
    paths,
  };
}

/** The path class between two endpoints numbered in leaf order (0-based): same leaf, same pod or over the top. */
export function pathBetweenEndpoints(fabric: ClosFabric, a: number, b: number): FabricPath {
  const top = fabric.paths[fabric.paths.length - 1]!;
  const leafPath = fabric.paths[0]!;
  if (Math.floor(a / fabric.endpointsPerLeaf) === Math.floor(b / fabric.endpointsPerLeaf)) return leafPath;
  if (fabric.tiers === 3 && Math.floor(a / fabric.endpointsPerPod) === Math.floor(b / fabric.endpointsPerPod)) {
    return fabric.paths[1]!;
  }
  return top;
}
