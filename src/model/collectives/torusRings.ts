import type { TorusAxis } from './collectiveFabric';

/**
 * Seconds of transfer for one reduce-scatter (or all-gather) pass of bidirectional rings run axis
 * by axis on a torus, for a buffer of `bytes` per rank.
 *
 * On axis i a chip sends both ways round its ring at L_i/2 each, L_i in all (radix 2: its two
 * parallel links), and moves (kᵢ − 1)/kᵢ of what it holds; what it holds shrinks by kᵢ after each
 * axis. A part of the buffer taken through the axes in order m therefore puts
 * a_{m,i} = (kᵢ − 1)/kᵢ / (product of the radices before i in m) of its bytes on axis i, which
 * takes a_{m,i}/Lᵢ seconds per byte there: every term is the bandwidth of the links that phase
 * really crosses.
 *
 * The JAX scaling book runs all axes at once by splitting the buffer into parts that start on
 * different axes; with the parts pipelined in small chunks every axis works concurrently and the
 * busiest axis sets the time. We choose the split over the orders that minimises it:
 *   min over fractions f (Σ f_m = 1) of max_i Σ_m f_m · a_{m,i} / Lᵢ.
 * By LP duality this equals max over axis weights y (Σ yᵢ = 1) of min_m Σᵢ yᵢ · a_{m,i}/Lᵢ, a
 * concave piecewise-linear function whose maximum lies where n − 1 of its pieces or bounds meet;
 * those points are few (≤ 6 orders for n ≤ 3 axes, 8 for four), so we enumerate them. Perfect overlap is the
 * stated assumption; a single order run without overlap would be slower, never faster.
 */
export function torusRingsPassSeconds(axes: readonly TorusAxis[], bytes: number): number {
  if (axes.length === 0 || bytes <= 0) return 0;
  return bytes * secondsPerByte(axes);
}

const cache = new Map<string, number>();

function secondsPerByte(axes: readonly TorusAxis[]): number {
  const key = axes.map((axis) => `${axis.k}:${axis.link}`).join(',');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const n = axes.length;
  const rows = ordersOf(axes).map((order) => {
    const row = new Array<number>(n).fill(0);
    let held = 1;
    for (const i of order) {
      const { k, link } = axes[i]!;
      row[i] = (((k - 1) / k) * held) / link;
      held /= k;
    }
    return row;
  });
  const value = maxMinOverSimplex(rows);
  if (cache.size > 200) cache.clear();
  cache.set(key, value);
  return value;
}

/** max over y ≥ 0, Σy = 1 of min over rows r of r·y, by enumerating the vertices of its pieces. */
function maxMinOverSimplex(rows: readonly number[][]): number {
  const n = rows[0]!.length;
  const value = (y: readonly number[]) => Math.min(...rows.map((r) => r.reduce((sum, c, i) => sum + c * y[i]!, 0)));
  if (n === 1) return value([1]);
  // Candidate hyperplanes through the optimum: two rows equal, or a weight at zero.
  const planes: number[][] = [];
  for (let a = 0; a < rows.length; a++)
    for (let b = a + 1; b < rows.length; b++) planes.push(rows[a]!.map((c, i) => c - rows[b]![i]!));
  for (let i = 0; i < n; i++) planes.push(Array.from({ length: n }, (_, j) => (j === i ? 1 : 0)));
  let best = 0;
  for (const chosen of combinations(planes.length, n - 1)) {
    const system = [...chosen.map((p) => [...planes[p]!, 0]), [...new Array<number>(n).fill(1), 1]];
    const y = solve(system);
    if (!y || y.some((x) => x < -1e-12)) continue;
    best = Math.max(best, value(y.map((x) => Math.max(x, 0))));
  }
  return best;
}

/** Gaussian elimination with partial pivoting on an augmented n×(n+1) system; null if singular. */
function solve(system: number[][]): number[] | null {
  const n = system.length;
  const m = system.map((row) => [...row]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    const scale = Math.max(...m.map((row) => Math.abs(row[col]!)), 1e-300);
    if (Math.abs(m[pivot]![col]!) <= 1e-12 * scale) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * Every order of up to three axes (6). For four, the rotations of the fastest-first order and of
 * its reverse (8): fewer choices can only make the split slower, never faster than the links allow,
 * and it keeps the vertex enumeration small.
 */
function ordersOf(axes: readonly TorusAxis[]): number[][] {
  if (axes.length <= 3) return permutations(axes.length);
  const fastFirst = axes.map((_, i) => i).sort((a, b) => axes[b]!.link - axes[a]!.link);
  const rotations = (order: number[]) => order.map((_, r) => [...order.slice(r), ...order.slice(0, r)]);
  return [...rotations(fastFirst), ...rotations([...fastFirst].reverse())];
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const rest of permutations(n - 1)) {
    for (let at = 0; at <= rest.length; at++) out.push([...rest.slice(0, at), n - 1, ...rest.slice(at)]);
  }
  return out;
}

function combinations(count: number, size: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === size) {
      out.push(chosen);
      return;
    }
    for (let i = start; i < count; i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return out;
}
