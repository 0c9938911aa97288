import { balancedCutSides, torusBisection } from '../topology/torusBisection';
import type { TorusShape } from '../topology/torus';
import type { DownLink } from './torusFailures';

/** The healthy torus's weakest balanced cut, moved by `shift` chips along each dimension. */
export interface ShiftedCut {
  kind: 'shifted';
  shift: number[];
  /** Live links crossing the cut. */
  links: number;
  /** Bytes/s across the cut, one direction. */
  bandwidth: number;
}

/**
 * Shifts × down links tried at most; above it the shifts are thinned evenly (still a real cut).
 * 10⁶ keeps the search near 0.1 s on the main thread for the largest domain (65,536 chips).
 */
const WORK_LIMIT = 1e6;

/**
 * The weakest translate of the intact torus's minimum balanced cut after failures. A torus looks
 * the same from every chip, so every translate of that cut is a minimum cut of the healthy torus;
 * the one that runs through the most down links loses the most. The result is a real balanced
 * cut, so an upper bound on the damaged minimum (which may bend around failures).
 */
export function weakestShiftedCut(shape: TorusShape, downLinks: readonly DownLink[]): ShiftedCut | null {
  const bisection = torusBisection(shape);
  if (!bisection.cut) return null;
  const { dims } = shape;
  const nodes = dims.reduce((product, k) => product * k, 1);
  const sides = balancedCutSides(bisection.cut);
  const oneWay = dims.map((_, d) => (shape.linkBandwidth[d] ?? 0) / 2);
  const stride = Math.max(1, Math.ceil((nodes * downLinks.length) / WORK_LIMIT));
  const coordsA = dims.map(() => 0);
  const coordsB = dims.map(() => 0);

  let weakest: ShiftedCut | null = null;
  for (let s = 0; s < nodes; s += stride) {
    let lostLinks = 0;
    let lostBandwidth = 0;
    for (const link of downLinks) {
      if (sides[shifted(link.a, s, dims, coordsA)] !== sides[shifted(link.b, s, dims, coordsB)]) {
        lostLinks++;
        lostBandwidth += oneWay[link.dim]!;
      }
    }
    const bandwidth = bisection.bandwidth - lostBandwidth;
    if (!weakest || bandwidth < weakest.bandwidth) {
      weakest = { kind: 'shifted', shift: decompose(s, dims), links: bisection.links - lostLinks, bandwidth };
    }
  }
  return weakest;
}

/** The chip at `node − shift` (coordinate-wise, wrapping): where `node` sits in the unshifted cut. */
function shifted(node: number, shift: number, dims: readonly number[], scratch: number[]): number {
  let index = 0;
  let stride = 1;
  let restNode = node;
  let restShift = shift;
  for (let d = 0; d < dims.length; d++) {
    const k = dims[d]!;
    scratch[d] = ((((restNode % k) - (restShift % k)) % k) + k) % k;
    index += scratch[d]! * stride;
    stride *= k;
    restNode = Math.floor(restNode / k);
    restShift = Math.floor(restShift / k);
  }
  return index;
}

function decompose(node: number, dims: readonly number[]): number[] {
  let rest = node;
  return dims.map((k) => {
    const x = rest % k;
    rest = Math.floor(rest / k);
    return x;
  });
}
