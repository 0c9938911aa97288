import type { TorusShape } from './torus';

/**
 * The explicit graph of a torus, for one domain only (paths to highlight, failure what-ifs,
 * and checking the closed forms). Nodes are numbered in mixed radix, dimension 0 fastest.
 */
export interface TorusGraph {
  dims: readonly number[];
  nodes: number;
  /** CSR adjacency: neighbors of n are adjacency[offsets[n] .. offsets[n+1]). Parallel links repeat. */
  offsets: Uint32Array;
  adjacency: Uint32Array;
  /** Dimension of each adjacency entry. */
  adjacencyDim: Uint8Array;
  /** Bandwidth of each adjacency entry's link, both directions added. */
  adjacencyBandwidth: Float64Array;
}

export function coordsOf(node: number, dims: readonly number[]): number[] {
  const coords: number[] = [];
  let rest = node;
  for (const k of dims) {
    coords.push(rest % k);
    rest = Math.floor(rest / k);
  }
  return coords;
}

export function nodeAt(coords: readonly number[], dims: readonly number[]): number {
  let node = 0;
  for (let i = dims.length - 1; i >= 0; i--) node = node * dims[i]! + coords[i]!;
  return node;
}

export function buildTorusGraph(shape: TorusShape): TorusGraph {
  const { dims } = shape;
  const nodes = dims.reduce((p, k) => p * k, 1);
  const portsPerNode = dims.filter((k) => k >= 2).length * 2;
  const offsets = new Uint32Array(nodes + 1);
  const adjacency = new Uint32Array(nodes * portsPerNode);
  const adjacencyDim = new Uint8Array(nodes * portsPerNode);
  const adjacencyBandwidth = new Float64Array(nodes * portsPerNode);
  let cursor = 0;
  for (let n = 0; n < nodes; n++) {
    offsets[n] = cursor;
    const coords = coordsOf(n, dims);
    dims.forEach((k, d) => {
      if (k < 2) return;
      for (const step of [1, -1]) {
        const next = coords.slice();
        next[d] = (coords[d]! + step + k) % k;
        adjacency[cursor] = nodeAt(next, dims);
        adjacencyDim[cursor] = d;
        adjacencyBandwidth[cursor] = shape.linkBandwidth[d] ?? 0;
        cursor++;
      }
    });
  }
  offsets[nodes] = cursor;
  return { dims, nodes, offsets, adjacency, adjacencyDim, adjacencyBandwidth };
}

/** True when `node` names a node of the graph (an integer in 0 … nodes − 1). */
export function isGraphNode(graph: TorusGraph, node: number): boolean {
  return Number.isInteger(node) && node >= 0 && node < graph.nodes;
}

/** Hop distances from one node by breadth-first search; -1 where unreachable (everywhere, if `from` is not a node). */
export function bfsDistances(
  graph: TorusGraph,
  from: number,
  isLinkUp?: (a: number, b: number) => boolean,
): Int32Array {
  const distance = new Int32Array(graph.nodes).fill(-1);
  if (!isGraphNode(graph, from)) return distance;
  const queue = new Uint32Array(graph.nodes);
  let head = 0;
  let tail = 0;
  distance[from] = 0;
  queue[tail++] = from;
  // Each node enters the queue once (distance doubles as the visited set): at most `nodes` rounds.
  while (head < tail) {
    const n = queue[head++]!;
    for (let e = graph.offsets[n]!; e < graph.offsets[n + 1]!; e++) {
      const m = graph.adjacency[e]!;
      if (distance[m] !== -1) continue;
      if (isLinkUp && !isLinkUp(n, m)) continue;
      distance[m] = distance[n]! + 1;
      queue[tail++] = m;
    }
  }
  return distance;
}

/**
 * One shortest path from `from` to `to` as a node list (both ends included); empty when there
 * is none ("unreachable"), including when either end is not a node of the graph. Each step
 * moves strictly closer to `to`, so the walk takes exactly distance(from, to) steps.
 */
export function shortestPath(graph: TorusGraph, from: number, to: number): number[] {
  if (!isGraphNode(graph, from) || !isGraphNode(graph, to)) return [];
  const distance = bfsDistances(graph, to);
  const length = distance[from]!;
  if (length < 0) return [];
  const path = [from];
  let n = from;
  for (let step = 0; step < length; step++) {
    let next = -1;
    for (let e = graph.offsets[n]!; e < graph.offsets[n + 1]!; e++) {
      const m = graph.adjacency[e]!;
      if (distance[m] === distance[n]! - 1) {
        next = m;
        break;
      }
    }
    // Cannot happen on a BFS distance field; refusing beats looping if it ever did.
    if (next < 0) return [];
    n = next;
    path.push(n);
  }
  return path;
}
