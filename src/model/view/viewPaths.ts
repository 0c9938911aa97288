import { buildTorusGraph, shortestPath, type TorusGraph } from '../topology/torusGraph';
import type { ViewDomain } from './viewDomain';

/** One hop of a path: from chip to chip over a torus link, or chip to switch to chip. */
export interface PathHop {
  from: number;
  to: number;
  /** Torus: the dimension of the link. */
  dim: number;
  /** Torus: +1 or -1 along dim. */
  direction: 1 | -1;
  /** Switched: the switch the hop passes through (-1 for torus hops). */
  viaSwitch: number;
}

/** The explicit graph of the view's torus (null for switched views, whose paths are trivial). */
export function viewGraph(view: ViewDomain): TorusGraph | null {
  if (view.fabric !== 'torus') return null;
  return buildTorusGraph({ dims: view.dims, linkBandwidth: view.linkBandwidth });
}

/**
 * One shortest path between two chips of the view, as hops. Its length is the model's hop
 * distance: BFS on the torus, and chip → switch → chip (counted as one chip-to-chip hop of two
 * link traversals) through a switch. Empty when there is none, or an end is not a chip of the view.
 */
export function viewPath(view: ViewDomain, graph: TorusGraph | null, from: number, to: number): PathHop[] {
  const isChip = (c: number) => Number.isInteger(c) && c >= 0 && c < view.chips;
  // A chip number of another view has no path here: unreachable, never a walk off the graph.
  if (!isChip(from) || !isChip(to) || from === to) return [];
  if (!graph) return [{ from, to, dim: -1, direction: 1, viaSwitch: 0 }];
  const nodes = shortestPath(graph, from, to);
  const hops: PathHop[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    let dim = -1;
    let direction: 1 | -1 = 1;
    let stride = 1;
    for (let d = 0; d < view.dims.length; d++) {
      const k = view.dims[d]!;
      const ca = Math.floor(a / stride) % k;
      const cb = Math.floor(b / stride) % k;
      if (ca !== cb) {
        dim = d;
        direction = (ca + 1) % k === cb ? 1 : -1;
        break;
      }
      stride *= k;
    }
    hops.push({ from: a, to: b, dim, direction, viaSwitch: -1 });
  }
  return hops;
}

/** Link traversals of a path (a hop through a switch crosses two links). */
export function linkTraversals(hops: readonly PathHop[]): number {
  return hops.reduce((n, h) => n + (h.viaSwitch >= 0 ? 2 : 1), 0);
}
