import type { TorusShape } from './torus';

/**
 * The weakest balanced cut of a torus of one to three dimensions (sizes 1–32, odd or even, any
 * link bandwidth per dimension): halves of ⌊N/2⌋ and ⌈N/2⌉ chips, cost in bytes/s one direction.
 *
 * Why it is exact (the reasoning, step by step):
 *
 * 1. Compression. Take a set S of chips and one dimension d. Replace S's part of every ring of d by
 *    the arc {0 … m−1} of the same size m. In d, a ring with 0 < m < k is cut at least twice
 *    before and exactly twice after (a radix-2 ring has its two parallel links); in another
 *    dimension e, the links between two neighbouring rings of d join equal positions, so they cut
 *    |A Δ B| ≥ ||A| − |B|| links before and exactly ||A| − |B|| after. Compressing never adds cut
 *    bandwidth and keeps |S|, and repeating it over the dimensions stops (Σ coordinates over S falls
 *    each time something moves). So some minimum balanced cut is a down-set of the box
 *    [k₁]×[k₂]×[k₃] (an arc from 0 in every ring), and for a down-set every "mixed" ring (neither
 *    empty nor full) is cut exactly twice: cost = Σ_d w_d · mixed_d, w_d = one link's both-ways
 *    figure (two links at half of it each way), links = 2 · Σ_d mixed_d.
 *
 * 2. Two dimensions, exactly. A down-set of an a×b face is a list of row lengths r₀ ≥ … ≥ r_{a−1}
 *    (rows along Q, columns along P): cost = w_P·(r₀ − r_{a−1}) + w_Q·#{0 < rᵢ < b}. By the row
 *    extremes (max p, min q) every down-set falls in one case, each won by one member of a nested
 *    chain: q = 0 & p = b → full rows then one partial row; q = 0 & p < b → rows of length p,
 *    at least ⌈s/p⌉ of them mixed; q > 0 & p = b → the complement of that (reflected); q > 0 &
 *    p < b → every row mixed, the columns filled one by one. So the face minimum G(s) is the least
 *    cost over the chains below, for every size s.
 *
 * 3. Three dimensions. Slice along a dimension d into k faces D₀ ⊇ … ⊇ D_{k−1} (a down-set's slices
 *    nest): cost = w_d·(|D₀| − |D_{k−1}|) + Σ_t face cost(D_t) ≥ w_d·(max − min) + Σ_t G(|D_t|).
 *    Minimising the right side over slice sizes (an exact dynamic programme below) is a lower bound;
 *    filling the chosen sizes from one nested chain builds a real cut, an upper bound. Equal → exact.
 *    Two cheaper bounds cover the rest. A chord: the face obeys G(s) ≥ μ·min(s, A − s) with
 *    μ = 2γ/A (γ its weakest plane cut; each case in 2 checks it), and a chord of that concave
 *    bound over the slice sizes bounds the sum; on an all-even torus it meets the best plane cut,
 *    so those are exact at any size. And, where the exact programme would cost too much
 *    (N·⌊N/2⌋ above a budget, ~7,000 chips), the programme on sizes grouped q at a time, which
 *    keeps the cost of a partial slice that the chord misses (most large odd tori are settled).
 *
 * Everything else is reported as an upper bound with `exact: false` and the proven lower bound.
 */
export interface TorusBisection {
  /** Bytes/s across the weakest balanced cut found, one direction. */
  bandwidth: number;
  /** Links that cut crosses (ties in bandwidth go to fewer links). */
  links: number;
  /** Links that cut crosses in each dimension of the shape. */
  linksByDim: number[];
  /** True when `bandwidth` is proven to be the minimum; otherwise it is an upper bound. */
  exact: boolean;
  /** A proven lower bound on the minimum, one direction; equals `bandwidth` when exact. */
  lowerBound: number;
  /** How to list the cut's chips (null for a single chip and for four dimensions). */
  cut: BalancedCut | null;
}

/** A cut as a recipe: slice along `sliceAxis`, fill slice t with `sizes[t]` chips of one chain. */
export interface BalancedCut {
  sliceAxis: number;
  /** The face's row axis P and column-within-row axis Q (dimension indices, padded to 3). */
  rowAxis: number;
  lineAxis: number;
  chain: FaceChain;
  /** Chips on the first side in each slice, non-increasing. */
  sizes: number[];
  /** Dims padded to three with 1s. */
  dims: number[];
}

/** One nested family of face down-sets: rows of length `p` first, optionally complemented and reflected. */
interface FaceChain {
  p: number;
  reflected: boolean;
}

interface Cost {
  bandwidth: number;
  /** Mixed rings per padded axis. */
  mixed: [number, number, number];
}

const AXES = [0, 1, 2] as const;
/** Work budget for the exact slice programme, in N·⌊N/2⌋ (≈ 7,000 chips; ~0.1 s at worst). */
const PROGRAMME_BUDGET = 2.5e7;
/** Work budget for the grouped programme on larger tori, in state updates. */
const BUCKETED_BUDGET = 2.4e7;
/** Largest face of the merged 3-D torus worth building for a four-dimensional lower bound. */
const MERGED_FACE_LIMIT = 4096;
const RELATIVE_TOLERANCE = 1e-9;

const cache = new Map<string, TorusBisection>();

export function torusBisection(shape: TorusShape): TorusBisection {
  const key = `${shape.dims.join('x')}|${shape.linkBandwidth.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = computeBisection(shape);
  if (cache.size > 200) cache.clear();
  cache.set(key, result);
  return result;
}

function computeBisection(shape: TorusShape): TorusBisection {
  const nodes = shape.dims.reduce((product, k) => product * k, 1);
  const zero = { bandwidth: 0, links: 0, linksByDim: shape.dims.map(() => 0), exact: true, lowerBound: 0, cut: null };
  // Rings of one chip have no links; dropping them keeps the mixed-radix numbering of the rest.
  const active = shape.dims.flatMap((k, i) => (k >= 2 ? [i] : []));
  if (active.length === 0 || nodes < 2) return zero;
  const weightOf = (i: number) => Math.max(shape.linkBandwidth[i] ?? 0, 0);
  if (active.length > 3) return fourDimensional(shape, active, weightOf);

  const sized = minimumCutOfSize(
    active.map((i) => shape.dims[i]!),
    active.map(weightOf),
    Math.floor(nodes / 2),
  );
  const linksByDim = shape.dims.map(() => 0);
  active.forEach((i, a) => {
    linksByDim[i] = 2 * sized.cost.mixed[a]!;
  });
  return {
    bandwidth: sized.cost.bandwidth,
    links: linksByDim.reduce((sum, l) => sum + l, 0),
    linksByDim,
    exact: sized.exact,
    lowerBound: sized.lowerBound,
    cut: sized.cut,
  };
}

interface SizedCut {
  cost: Cost;
  cut: BalancedCut;
  exact: boolean;
  lowerBound: number;
}

/**
 * The least cut of a set of exactly `target` chips in a torus of up to three dimensions (all the
 * reasoning above holds for any size, not only ⌊N/2⌋). `dims` has only sizes ≥ 2.
 */
function minimumCutOfSize(activeDims: number[], activeWeights: number[], target: number): SizedCut {
  const dims = [...activeDims, 1, 1, 1].slice(0, 3);
  const weight = dims.map((k, i) => (k >= 2 && i < activeDims.length ? activeWeights[i]! : 0));
  const nodes = dims[0]! * dims[1]! * dims[2]!;
  const half = target;

  let best: { cost: Cost; cut: BalancedCut } | null = null;
  let lower = 0;
  const consider = (cost: Cost, cut: BalancedCut) => {
    if (!best || better(cost, best.cost)) best = { cost, cut };
  };

  const slicings = AXES.map((sliceAxis) => faceOf(dims, weight, sliceAxis));
  // Quick upper bounds: slab cuts (full slices, one partial, empties) and even spreads.
  for (const slicing of slicings) {
    for (const sizes of quickSizePatterns(slicing.k, slicing.area, half)) {
      const realised = realise(slicing, sizes);
      if (realised) consider(realised.cost, realised.cut);
    }
    lower = Math.max(lower, chordLowerBound(slicing, half));
  }

  const exactEnough = () => best !== null && nearlyEqual(lower, best.cost.bandwidth);
  if (!exactEnough() && nodes * half <= PROGRAMME_BUDGET) {
    // The slicing of the best cut so far first: its programme usually settles the question.
    const first = (best as { cut: BalancedCut } | null)?.cut.sliceAxis ?? 0;
    const order = [...slicings].sort((a, b) => Number(b.sliceAxis === first) - Number(a.sliceAxis === first));
    let strongest: Slicing | null = null;
    for (const slicing of order) {
      const { bandwidth } = sliceProgramme(slicing, half, false);
      if (bandwidth > lower || !strongest) strongest = slicing;
      lower = Math.max(lower, bandwidth);
      if (exactEnough()) break;
    }
    if (!exactEnough() && strongest) {
      // Build the sizes the strongest programme chose from the chains: often a real cut at the bound.
      const realised = realise(strongest, sliceProgramme(strongest, half, true).sizes);
      if (realised) consider(realised.cost, realised.cut);
    }
  } else if (!exactEnough()) {
    // Too big for the exact programme: the same programme on sizes grouped q at a time (a bound).
    const q = Math.ceil(Math.sqrt((4 * nodes * half) / BUCKETED_BUDGET));
    // Only along the best cut's slicing: that is where its partial slice, the part a chord misses, lies.
    const along = slicings[(best as { cut: BalancedCut } | null)?.cut.sliceAxis ?? 0]!;
    lower = Math.max(lower, bucketedProgramme(along, half, q));
  }

  const found = best as { cost: Cost; cut: BalancedCut } | null;
  if (!found) throw new Error('A torus always has a slab cut.');
  const exact = exactEnough();
  return { ...found, exact, lowerBound: exact ? found.cost.bandwidth : Math.min(lower, found.cost.bandwidth) };
}

/**
 * Four dimensions (an instance of three joined by a ring of instances). No exact method here:
 * - the cut reported is the best of balanced planes across even rings and slabs (whole 3-D faces
 *   plus the least cut of the remainder inside one face, by the three-dimensional method);
 * - the lower bound comes from a spanning subgraph: the two smallest rings' 2-D torus has a
 *   Hamiltonian cycle, so C_a×C_b×C_c×C_d contains C_ab×C_c×C_d with that cycle's links at the
 *   slower of the two bandwidths; fewer links can only lower the minimum, so its bound holds here.
 */
function fourDimensional(shape: TorusShape, active: number[], weightOf: (i: number) => number): TorusBisection {
  const nodes = shape.dims.reduce((product, k) => product * k, 1);
  const half = Math.floor(nodes / 2);
  let best: { bandwidth: number; linksByDim: number[] } | null = null;
  const consider = (bandwidth: number, linksByDim: number[]) => {
    const links = linksByDim.reduce((sum, l) => sum + l, 0);
    if (
      !best ||
      (nearlyEqual(bandwidth, best.bandwidth)
        ? links < best.linksByDim.reduce((sum, l) => sum + l, 0)
        : bandwidth < best.bandwidth)
    )
      best = { bandwidth, linksByDim };
  };
  for (const d of active) {
    const k = shape.dims[d]!;
    const area = nodes / k;
    const rings = area;
    if (k % 2 === 0) {
      const linksByDim = shape.dims.map(() => 0);
      linksByDim[d] = 2 * rings;
      consider(rings * weightOf(d), linksByDim);
    }
    const full = Math.floor(half / area);
    const rest = half - full * area;
    const linksByDim = shape.dims.map(() => 0);
    const mixedRings = full >= 1 ? area : rest;
    linksByDim[d] = 2 * mixedRings;
    let bandwidth = mixedRings * weightOf(d);
    if (rest > 0) {
      const face = active.filter((i) => i !== d);
      const partial = minimumCutOfSize(
        face.map((i) => shape.dims[i]!),
        face.map(weightOf),
        rest,
      );
      face.forEach((i, a) => {
        linksByDim[i] = 2 * partial.cost.mixed[a]!;
      });
      bandwidth += partial.cost.bandwidth;
    }
    consider(bandwidth, linksByDim);
  }

  const [a, b, ...others] = [...active].sort((x, y) => shape.dims[x]! - shape.dims[y]!);
  const merged = [shape.dims[a!]! * shape.dims[b!]!, ...others.map((i) => shape.dims[i]!)];
  const mergedWeights = [Math.min(weightOf(a!), weightOf(b!)), ...others.map(weightOf)];
  const faces = [merged[0]! * merged[1]!, merged[0]! * merged[2]!, merged[1]! * merged[2]!];
  const lowerBound =
    Math.max(...faces) <= MERGED_FACE_LIMIT ? minimumCutOfSize(merged, mergedWeights, half).lowerBound : 0;

  const found = best as { bandwidth: number; linksByDim: number[] } | null;
  if (!found)
    return { bandwidth: 0, links: 0, linksByDim: shape.dims.map(() => 0), exact: true, lowerBound: 0, cut: null };
  const exact = nearlyEqual(lowerBound, found.bandwidth);
  return {
    bandwidth: found.bandwidth,
    links: found.linksByDim.reduce((sum, l) => sum + l, 0),
    linksByDim: found.linksByDim,
    exact,
    lowerBound: Math.min(lowerBound, found.bandwidth),
    cut: null,
  };
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

function better(a: Cost, b: Cost): boolean {
  if (!nearlyEqual(a.bandwidth, b.bandwidth)) return a.bandwidth < b.bandwidth;
  return a.mixed[0] + a.mixed[1] + a.mixed[2] < b.mixed[0] + b.mixed[1] + b.mixed[2];
}

/** Slicing along one axis: the face's two axes, its chains and its exact minimum G(s) for every s. */
interface Slicing {
  dims: number[];
  weight: number[];
  sliceAxis: number;
  k: number;
  area: number;
  /** Face down-set costs per chain, indexed by size: mixed rows and mixed columns. */
  chains: { rowAxis: number; lineAxis: number; chain: FaceChain; rows: Int32Array; columns: Int32Array }[];
  /** G(s): the least bandwidth over all chains. */
  minimum: Float64Array;
}

/** Mixed rows (lines along the line axis) and mixed columns (lines along the row axis) of a face down-set. */
interface FaceCost {
  rows: number;
  columns: number;
}

function faceOf(dims: number[], weight: number[], sliceAxis: number): Slicing {
  const [first, second] = AXES.filter((axis) => axis !== sliceAxis) as [number, number];
  const area = dims[first]! * dims[second]!;
  const chains: Slicing['chains'] = [];
  for (const [rowAxis, lineAxis] of [
    [first, second],
    [second, first],
  ] as const) {
    const a = dims[rowAxis]!;
    const b = dims[lineAxis]!;
    for (let p = 1; p <= b; p++) {
      const rows = new Int32Array(area + 1);
      const columns = new Int32Array(area + 1);
      for (let s = 0; s <= area; s++) {
        const cost = chainFaceCost(a, b, p, s);
        rows[s] = cost.rows;
        columns[s] = cost.columns;
      }
      chains.push({ rowAxis, lineAxis, chain: { p, reflected: false }, rows, columns });
      // The reflected complement has the same mixed lines at size area − s.
      chains.push({
        rowAxis,
        lineAxis,
        chain: { p, reflected: true },
        rows: rows.slice().reverse(),
        columns: columns.slice().reverse(),
      });
    }
  }
  const minimum = new Float64Array(area + 1).fill(Infinity);
  for (const { rowAxis, lineAxis, rows, columns } of chains) {
    const wRows = weight[lineAxis]!;
    const wColumns = weight[rowAxis]!;
    for (let s = 0; s <= area; s++) {
      const bandwidth = wRows * rows[s]! + wColumns * columns[s]!;
      if (bandwidth < minimum[s]!) minimum[s] = bandwidth;
    }
  }
  return { dims, weight, sliceAxis, k: dims[sliceAxis]!, area, chains, minimum };
}

/**
 * Row lengths of the chain "rows of length p" at size s in an a×b face (a rows of length b):
 * rows fill to p one after another; past a·p they fill to b one after another. Nested in s.
 */
export function chainRowLength(a: number, b: number, p: number, s: number, row: number): number {
  if (s <= a * p) {
    const full = Math.floor(s / p);
    if (row < full) return p;
    return row === full ? s - full * p : 0;
  }
  const extra = s - a * p;
  const room = b - p;
  const full = Math.floor(extra / room);
  if (row < full) return b;
  return row === full ? p + (extra - full * room) : p;
}

function chainFaceCost(a: number, b: number, p: number, s: number): FaceCost {
  const firstRow = chainRowLength(a, b, p, s, 0);
  const lastRow = chainRowLength(a, b, p, s, a - 1);
  let rows = 0;
  if (s <= a * p) {
    const full = Math.floor(s / p);
    const partial = s - full * p > 0 ? 1 : 0;
    rows = p < b ? full + partial : partial;
  } else {
    rows = a - Math.floor((s - a * p) / (b - p));
  }
  return { rows, columns: firstRow - lastRow };
}

/** Slice sizes for a slab cut and for an even spread, both non-increasing. */
function quickSizePatterns(k: number, area: number, half: number): number[][] {
  const slab: number[] = [];
  let left = half;
  for (let t = 0; t < k; t++) {
    const take = Math.min(area, left);
    slab.push(take);
    left -= take;
  }
  const spread = Array.from({ length: k }, (_, t) => Math.floor(half / k) + (t < half % k ? 1 : 0));
  return left === 0 ? [slab, spread] : [spread];
}

/** The cheapest chain for a list of slice sizes, as a real cut. */
function realise(slicing: Slicing, sizes: readonly number[]): { cost: Cost; cut: BalancedCut } | null {
  if (sizes.some((s) => s < 0 || s > slicing.area)) return null;
  const spanned = sizes[0]! - sizes[sizes.length - 1]!;
  let best: { cost: Cost; cut: BalancedCut } | null = null;
  for (const { rowAxis, lineAxis, chain, rows, columns } of slicing.chains) {
    const mixed: [number, number, number] = [0, 0, 0];
    mixed[slicing.sliceAxis] = slicing.k >= 2 ? spanned : 0;
    for (const s of sizes) {
      mixed[lineAxis] = mixed[lineAxis]! + rows[s]!;
      mixed[rowAxis] = mixed[rowAxis]! + columns[s]!;
    }
    const bandwidth = mixed.reduce((sum, count, axis) => sum + slicing.weight[axis]! * count, 0);
    const cost = { bandwidth, mixed };
    if (!best || better(cost, best.cost)) {
      best = {
        cost,
        cut: { sliceAxis: slicing.sliceAxis, rowAxis, lineAxis, chain, sizes: [...sizes], dims: slicing.dims },
      };
    }
  }
  return best;
}

/**
 * Exact minimum of w_d·(max − min) + Σ_t G(s_t) over k slice sizes adding to `half`.
 * Sizes are taken in falling order v = A … 0; F[j][σ] is the least cost with j slices summing to σ.
 * Each unit step down of v while 1 ≤ j < k costs w_d (those steps add up to max − min); that
 * charge is kept as one running offset for the rows 1 … k−1 instead of being added row by row.
 * States that cannot reach `half` with the k − j slices left (each ≤ v) are skipped.
 * Cost O(A·k·half) = O(N·half) at worst. With `recover`, a bit per (v, j, σ) gives back the sizes.
 */
function sliceProgramme(slicing: Slicing, half: number, recover: boolean): { bandwidth: number; sizes: number[] } {
  const { k, area, minimum } = slicing;
  if (k === 1) return { bandwidth: minimum[half]!, sizes: [half] };
  const step = slicing.weight[slicing.sliceAxis]!;
  const width = half + 1;
  // Stored value = true cost − offset(j), offset = penalty so far for 1 ≤ j < k, 0 for j = 0 and k.
  const table = new Float64Array((k + 1) * width).fill(Infinity);
  table[0] = 0;
  const stage = (k + 1) * width;
  const took = recover ? new Uint32Array(Math.ceil(((area + 1) * stage) / 32)) : null;
  let penalty = 0;
  for (let v = area; v >= 0; v--) {
    const g = minimum[v]!;
    const base = v * stage;
    for (let j = 1; j <= k; j++) {
      const row = j * width;
      const previous = row - width;
      // Moving from row j − 1 to row j changes the offset: from (j − 1 ≥ 1 ? penalty : 0) to (j < k ? penalty : 0).
      const shift = (j - 1 >= 1 ? penalty : 0) - (j < k ? penalty : 0);
      const add = g + shift;
      const lowest = Math.max(v, half - (k - j) * v);
      for (let sigma = lowest; sigma <= half; sigma++) {
        const candidate = table[previous + sigma - v]! + add;
        if (candidate < table[row + sigma]!) {
          table[row + sigma] = candidate;
          if (took) {
            const bit = base + row + sigma;
            took[bit >>> 5]! |= 1 << (bit & 31);
          }
        }
      }
    }
    if (v > 0) penalty += step;
  }
  const bandwidth = table[k * width + half]!;
  if (!took) return { bandwidth, sizes: [] };
  const sizes: number[] = [];
  let j = k;
  let sigma = half;
  let v = 0;
  while (j > 0 && v <= area) {
    const bit = v * stage + j * width + sigma;
    if ((took[bit >>> 5]! >>> (bit & 31)) & 1) {
      sizes.push(v);
      j--;
      sigma -= v;
    } else {
      v++;
    }
  }
  return { bandwidth, sizes: sizes.reverse() };
}

/**
 * The grouped programme's bound for one slicing axis and group size q, for a shape of up to three
 * dimensions (q = 1 is the exact slice programme). Exposed so its soundness can be checked.
 */
export function groupedSliceLowerBound(shape: TorusShape, sliceAxis: number, q: number): number {
  const original = shape.dims.length;
  const dims = [...shape.dims, 1, 1, 1].slice(0, 3);
  const weight = dims.map((k, i) => (k >= 2 && i < original ? Math.max(shape.linkBandwidth[i] ?? 0, 0) : 0));
  const half = Math.floor((dims[0]! * dims[1]! * dims[2]!) / 2);
  return half === 0 ? 0 : bucketedProgramme(faceOf(dims, weight, sliceAxis), half, q);
}

/**
 * A lower bound for tori too big for the exact programme: the same relaxation with slice sizes
 * grouped q at a time. A size s in group u = ⌊s/q⌋ costs at least the least G over its group;
 * sizes adding to `half` have groups adding to between ⌈(half − k(q−1))/q⌉ and ⌊half/q⌋; and
 * max − min ≥ q·(group span) − (q − 1), so the first step down between groups is charged w_d and
 * every later one q·w_d (a second layer of states remembers whether a step has been taken).
 * With q = 1 it is the exact programme. Cost about 4·A·k·half/q² updates.
 */
function bucketedProgramme(slicing: Slicing, half: number, q: number): number {
  const { k, area, minimum } = slicing;
  if (k === 1) return minimum[half]!;
  const w = slicing.weight[slicing.sliceAxis]!;
  const top = Math.floor(area / q);
  const least = new Float64Array(top + 1).fill(Infinity);
  for (let size = 0; size <= area; size++) {
    const u = Math.floor(size / q);
    if (minimum[size]! < least[u]!) least[u] = minimum[size]!;
  }
  const highest = Math.floor(half / q);
  const lowest = Math.max(0, Math.ceil((half - k * (q - 1)) / q));
  const width = highest + 1;
  // Layer 0: no step down since the first slice; layer 1: at least one.
  const fresh = new Float64Array((k + 1) * width).fill(Infinity);
  const stepped = new Float64Array((k + 1) * width).fill(Infinity);
  fresh[0] = 0;
  for (let u = top; u >= 0; u--) {
    const g = least[u]!;
    for (let j = 1; j <= k; j++) {
      const row = j * width;
      const previous = row - width;
      const from = Math.max(u, lowest - (k - j) * u);
      for (let sigma = from; sigma <= highest; sigma++) {
        const a = fresh[previous + sigma - u]! + g;
        if (a < fresh[row + sigma]!) fresh[row + sigma] = a;
        const b = stepped[previous + sigma - u]! + g;
        if (b < stepped[row + sigma]!) stepped[row + sigma] = b;
      }
    }
    if (u > 0) {
      for (let i = width; i < k * width; i++) {
        const moved = fresh[i]! + w;
        const kept = stepped[i]! + q * w;
        stepped[i] = Math.min(moved, kept);
        fresh[i] = Infinity;
      }
    }
  }
  let best = Infinity;
  for (let sigma = lowest; sigma <= highest; sigma++) {
    best = Math.min(best, fresh[k * width + sigma]!, stepped[k * width + sigma]!);
  }
  return best;
}

/**
 * A cheap lower bound from one slicing: w_d·(M − m) + μ·k·chord(h/k), minimised over the slice
 * extremes m ≤ h/k ≤ M, where μ·min(s, A − s) ≤ G(s) and the chord of that concave function over
 * [m, M] bounds the mean of the slices from below (Jensen).
 */
function chordLowerBound(slicing: Slicing, half: number): number {
  const { dims, weight, sliceAxis, k, area } = slicing;
  const faceAxes = AXES.filter((axis) => axis !== sliceAxis);
  const planeCuts = faceAxes.filter((axis) => dims[axis]! >= 2).map((axis) => (weight[axis]! * area) / dims[axis]!);
  const gamma = planeCuts.length > 0 ? Math.min(...planeCuts) : 0;
  const mu = (2 * gamma) / area;
  const mean = half / k;
  const fold = (s: number) => Math.min(s, area - s);
  if (k === 1) return mu * fold(half);
  const w = weight[sliceAxis]!;
  let best = Infinity;
  for (let m = 0; m <= Math.floor(mean); m++) {
    for (let M = Math.max(m, Math.ceil(mean)); M <= area; M++) {
      const chord = M === m ? fold(m) : fold(m) + ((mean - m) * (fold(M) - fold(m))) / (M - m);
      const bound = w * (M - m) + mu * k * chord;
      if (bound < best) best = bound;
    }
  }
  return best;
}

/**
 * Which side of the cut each chip is on (1 = the ⌊N/2⌋ side), for one domain's explicit graph.
 * Chips are numbered in mixed radix, dimension 0 fastest (as torusGraph numbers them).
 */
export function balancedCutSides(cut: BalancedCut): Uint8Array {
  const { dims, sliceAxis, rowAxis, lineAxis, chain, sizes } = cut;
  const nodes = dims[0]! * dims[1]! * dims[2]!;
  const a = dims[rowAxis]!;
  const b = dims[lineAxis]!;
  const area = a * b;
  const sides = new Uint8Array(nodes);
  const coords = [0, 0, 0];
  for (let n = 0; n < nodes; n++) {
    coords[0] = n % dims[0]!;
    coords[1] = Math.floor(n / dims[0]!) % dims[1]!;
    coords[2] = Math.floor(n / (dims[0]! * dims[1]!));
    const s = sizes[coords[sliceAxis]!]!;
    let row = coords[rowAxis]!;
    let along = coords[lineAxis]!;
    if (chain.reflected) {
      row = a - 1 - row;
      along = b - 1 - along;
      sides[n] = along < chainRowLength(a, b, chain.p, area - s, row) ? 0 : 1;
    } else {
      sides[n] = along < chainRowLength(a, b, chain.p, s, row) ? 1 : 0;
    }
  }
  return sides;
}
