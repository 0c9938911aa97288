/**
 * The convex hull of 2D points given as a flat [x0, y0, x1, y1, …] array, as a flat array of its
 * corners in order (Andrew's monotone chain). Collinear points on the edges are dropped.
 */
export function convexHull(points: ArrayLike<number>): number[] {
  const list: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) list.push([points[i]!, points[i + 1]!]);
  list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (list.length < 3) return list.flat();
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (ordered: [number, number][]) => {
    const chain: [number, number][] = [];
    for (const p of ordered) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, p) <= 0) chain.pop();
      chain.push(p);
    }
    chain.pop(); // the last point starts the other half
    return chain;
  };
  return [...half(list), ...half([...list].reverse())].flat();
}
