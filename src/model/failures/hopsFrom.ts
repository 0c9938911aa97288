import { bfsDistances, coordsOf } from '../topology/torusGraph';
import type { TorusShape } from '../topology/torus';
import { degradeTorus, type DegradedTorus } from './degradedTorus';
import type { TorusFailures } from './torusFailures';

/** One chip's view of the damage: hop counts to every chip, before and after. */
export interface HopsFrom {
  source: number;
  /** Closed form on the intact torus: Σ min(|Δxᵢ|, kᵢ − |Δxᵢ|). */
  healthy: Int32Array;
  /** BFS on the live graph; −1 for failed or unreachable chips (and everything, if the source failed). */
  degraded: Int32Array;
  /** Live chips now further away. */
  longer: number;
  /** Live chips (other than the source) it can no longer reach. */
  unreachable: number;
}

/** O(N) per source: cheap enough to recompute on hover, even for a 16×16×16 torus. */
export function hopsFrom(shape: TorusShape, failures: TorusFailures | DegradedTorus, source: number): HopsFrom {
  const degradedTorus = 'graph' in failures ? failures : degradeTorus(shape, failures);
  const { graph, failedChip } = degradedTorus;
  const { dims } = shape;
  const origin = coordsOf(source, dims);
  const healthy = new Int32Array(graph.nodes);
  for (let n = 0; n < graph.nodes; n++) {
    const coords = coordsOf(n, dims);
    let hops = 0;
    dims.forEach((k, i) => {
      const delta = Math.abs(coords[i]! - origin[i]!);
      hops += Math.min(delta, k - delta);
    });
    healthy[n] = hops;
  }
  const degraded = failedChip[source] ? new Int32Array(graph.nodes).fill(-1) : bfsDistances(graph, source);
  let longer = 0;
  let unreachable = 0;
  for (let n = 0; n < graph.nodes; n++) {
    if (failedChip[n]) {
      degraded[n] = -1;
      continue;
    }
    if (n === source) continue;
    if (degraded[n]! < 0) unreachable++;
    else if (degraded[n]! > healthy[n]!) longer++;
  }
  return { source, healthy, degraded, longer, unreachable };
}
