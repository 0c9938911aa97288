import { buildTorusGraph, type TorusGraph } from '../topology/torusGraph';
import type { TorusShape } from '../topology/torus';
import type { DownLink, FailedLink, TorusFailures } from './torusFailures';

/** A torus with failures applied: the live graph in the same CSR form `bfsDistances` reads. */
export interface DegradedTorus {
  shape: TorusShape;
  healthy: TorusGraph;
  /** Only live links; a failed chip is kept as a node without links. */
  graph: TorusGraph;
  /** 1 where the chip is down. */
  failedChip: Uint8Array;
  failedChips: number[];
  liveChips: number;
  /** Every physical link that is down: listed ones and those of failed chips, each once. */
  downLinks: DownLink[];
  /** Listed links that matched no live link: not neighbours, out of range, or already down. */
  ignoredLinks: FailedLink[];
  /** Listed chips out of range or listed twice. */
  ignoredChips: number[];
}

/**
 * Applies failures to the explicit graph of a torus. O(nodes × degree): rebuilds a compact CSR
 * rather than testing a predicate on every BFS step, so the many BFS runs that follow stay fast.
 */
export function degradeTorus(shape: TorusShape, failures: TorusFailures = {}): DegradedTorus {
  const healthy = buildTorusGraph(shape);
  const { nodes, offsets, adjacency, adjacencyDim } = healthy;
  const down = new Uint8Array(adjacency.length);
  const failedChip = new Uint8Array(nodes);
  const failedChips: number[] = [];
  const downLinks: DownLink[] = [];
  const ignoredLinks: FailedLink[] = [];
  const ignoredChips: number[] = [];
  const isNode = (n: number) => Number.isInteger(n) && n >= 0 && n < nodes;

  /** Takes down entry e (from → its neighbour) and one live matching entry back. */
  const takeDown = (from: number, e: number) => {
    const to = adjacency[e]!;
    const dim = adjacencyDim[e]!;
    down[e] = 1;
    for (let f = offsets[to]!; f < offsets[to + 1]!; f++) {
      if (!down[f] && adjacency[f] === from && adjacencyDim[f] === dim) {
        down[f] = 1;
        break;
      }
    }
    downLinks.push({ a: Math.min(from, to), b: Math.max(from, to), dim });
  };

  for (const chip of failures.chips ?? []) {
    if (!isNode(chip) || failedChip[chip]) {
      ignoredChips.push(chip);
      continue;
    }
    failedChip[chip] = 1;
    failedChips.push(chip);
    for (let e = offsets[chip]!; e < offsets[chip + 1]!; e++) if (!down[e]) takeDown(chip, e);
  }

  for (const link of failures.links ?? []) {
    const [a, b] = link;
    let entry = -1;
    if (isNode(a) && isNode(b)) {
      for (let e = offsets[a]!; e < offsets[a + 1]!; e++) {
        if (!down[e] && adjacency[e] === b) {
          entry = e;
          break;
        }
      }
    }
    if (entry < 0) ignoredLinks.push(link);
    else takeDown(a, entry);
  }

  return {
    shape,
    healthy,
    graph: withoutEntries(healthy, down),
    failedChip,
    failedChips,
    liveChips: nodes - failedChips.length,
    downLinks,
    ignoredLinks,
    ignoredChips,
  };
}

function withoutEntries(graph: TorusGraph, drop: Uint8Array): TorusGraph {
  const kept = drop.length - drop.reduce((sum, d) => sum + d, 0);
  const offsets = new Uint32Array(graph.nodes + 1);
  const adjacency = new Uint32Array(kept);
  const adjacencyDim = new Uint8Array(kept);
  const adjacencyBandwidth = new Float64Array(kept);
  let cursor = 0;
  for (let n = 0; n < graph.nodes; n++) {
    offsets[n] = cursor;
    for (let e = graph.offsets[n]!; e < graph.offsets[n + 1]!; e++) {
      if (drop[e]) continue;
      adjacency[cursor] = graph.adjacency[e]!;
      adjacencyDim[cursor] = graph.adjacencyDim[e]!;
      adjacencyBandwidth[cursor] = graph.adjacencyBandwidth[e]!;
      cursor++;
    }
  }
  offsets[graph.nodes] = cursor;
  return { dims: graph.dims, nodes: graph.nodes, offsets, adjacency, adjacencyDim, adjacencyBandwidth };
}
