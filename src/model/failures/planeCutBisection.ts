import { coordsOf } from '../topology/torusGraph';
import type { TorusShape } from '../topology/torus';
import type { DownLink } from './torusFailures';

/** One balanced plane cut: perpendicular to `dim`, between positions offset|offset+1 and the opposite pair. */
export interface PlaneCut {
  kind: 'plane';
  dim: number;
  offset: number;
  /** Live links crossing the cut. */
  links: number;
  /** Bytes/s across the cut, one direction. */
  bandwidth: number;
}

/**
 * The weakest balanced plane cut of a torus after failures. Cutting a ring of even radix k at two
 * opposite places (after position c and after c + k/2) crosses 2N/k links and leaves N/2 chips on
 * each side; each down link that spans one of those places is subtracted. Every offset of every
 * even dimension is tried. (An odd ring cut in two places leaves unequal halves, so odd dimensions
 * are left to weakestShiftedCut, which moves the intact torus's exact minimum cut instead.)
 *
 * Honest naming: the true minimum bisection of a damaged torus may bend around the failures, so
 * this is an upper bound on it. With failed chips the two sides can differ by a few live chips.
 */
export function weakestPlaneCut(shape: TorusShape, downLinks: readonly DownLink[]): PlaneCut | null {
  const { dims } = shape;
  const nodes = dims.reduce((product, k) => product * k, 1);
  const eligible = dims.map((k) => k >= 2 && k % 2 === 0);

  // Down links crossing each cut, by dimension and offset.
  const lost = dims.map((k, d) => new Array<number>(eligible[d] ? cutOffsets(k) : 0).fill(0));
  for (const link of downLinks) {
    const k = dims[link.dim]!;
    if (!eligible[link.dim]) continue;
    const counts = lost[link.dim]!;
    if (k === 2) {
      // Both parallel links of a pair cross the only cut of a radix-2 dimension.
      counts[0]!++;
      continue;
    }
    const xa = coordsOf(link.a, dims)[link.dim]!;
    const xb = coordsOf(link.b, dims)[link.dim]!;
    const lower = (xa + 1) % k === xb ? xa : xb;
    const half = Math.floor(k / 2);
    const offsets = new Set([lower % counts.length, ((lower - half + k) % k) % counts.length]);
    for (const c of offsets) counts[c]!++;
  }

  let weakest: PlaneCut | null = null;
  dims.forEach((k, dim) => {
    if (!eligible[dim]) return;
    const healthyLinks = (2 * nodes) / k;
    const oneWay = (shape.linkBandwidth[dim] ?? 0) / 2;
    lost[dim]!.forEach((down, offset) => {
      const links = healthyLinks - down;
      const bandwidth = links * oneWay;
      if (!weakest || bandwidth < weakest.bandwidth) weakest = { kind: 'plane', dim, offset, links, bandwidth };
    });
  });
  return weakest;
}

/** Distinct cuts of a ring of radix k: k/2 when even (c and c + k/2 name the same cut), k when odd. */
function cutOffsets(k: number): number {
  return k % 2 === 0 ? k / 2 : k;
}
