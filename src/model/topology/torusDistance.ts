import { coordsOf } from './torusGraph';

/** Hop distance between two chips of a torus in closed form: Σ min(|Δᵢ|, kᵢ − |Δᵢ|). */
export function torusDistance(dims: readonly number[], a: number, b: number): number {
  const ca = coordsOf(a, dims);
  const cb = coordsOf(b, dims);
  let hops = 0;
  dims.forEach((k, i) => {
    const delta = Math.abs(ca[i]! - cb[i]!);
    hops += Math.min(delta, k - delta);
  });
  return hops;
}
