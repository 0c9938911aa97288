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

/** Hop distances from one node by breadth-first search; -1 where unreachable. */
export function bfsDistances(
  graph: TorusGraph,
  from: number,
  isLinkUp?: (a: number, b: number) => boolean,
): Int32Array {
  const distance = new Int32Array(graph.nodes).fill(-1);
  const queue = new Uint32Array(graph.nodes);
  let head = 0;
  let tail = 0;
  distance[from] = 0;
  queue[tail++] = from;
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

/** One shortest path from `from` to `to` as a node list (both ends included); empty if none. */
export function shortestPath(graph: TorusGraph, from: number, to: number): number[] {
  const distance = bfsDistances(graph, to);
  if (distance[from] === -1) return [];
  const path = [from];
  let n = from;
  while (n !== to) {
    for (let e = graph.offsets[n]!; e < graph.offsets[n + 1]!; e++) {
      const m = graph.adjacency[e]!;
      if (distance[m] === distance[n]! - 1) {
        n = m;
        break;
      }
    }
    path.push(n);
  }
  return path;
}
