/**
 * Mulberry32: a tiny, fast 32-bit generator. Same seed, same sequence on every machine, so a
 * "k random failures" what-if can be shared by link and reproduced in a test.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct integers from [0, n), by a partial Fisher–Yates shuffle. */
export function sampleDistinct(n: number, count: number, random: () => number): number[] {
  const pool = new Uint32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const picked: number[] = [];
  const k = Math.max(0, Math.min(count, n));
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const chosen = pool[j]!;
    pool[j] = pool[i]!;
    pool[i] = chosen;
    picked.push(chosen);
  }
  return picked;
}
