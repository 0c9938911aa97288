import type { DomainTopology } from './domainTopology';

/**
 * An all-to-all domain through one tier of non-blocking switches (NVLink switch trays,
 * NeuronSwitch): every chip reaches every other in two link traversals.
 */
export interface SwitchedShape {
  nodes: number;
  /** Links from each chip to the switches. */
  linksPerChip: number;
  /** One link, both directions added, bytes/s. */
  linkBandwidth: number;
}

export function switchedTopology(shape: SwitchedShape): DomainTopology {
  const { nodes, linksPerChip, linkBandwidth } = shape;
  const bandwidthPerChip = linksPerChip * linkBandwidth;
  const half = Math.floor(nodes / 2);
  const multi = nodes > 1;
  return {
    kind: 'switched',
    nodes,
    links: nodes * linksPerChip,
    degree: linksPerChip,
    neighbors: multi ? nodes - 1 : 0,
    diameterHops: multi ? 2 : 0,
    averageHops: multi ? 2 : 0,
    bisectionLinks: half * linksPerChip,
    bisectionLinksByDim: [half * linksPerChip],
    // A non-blocking switch lets the smaller half send at full rate: half × one-way bandwidth.
    bisectionBandwidth: (half * bandwidthPerChip) / 2,
    bisectionExact: true,
    bisectionBound: 'exact',
    bisectionLowerBound: (half * bandwidthPerChip) / 2,
    connected: !multi || bandwidthPerChip > 0,
    bandwidthPerChip,
  };
}
