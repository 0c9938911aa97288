/** Bounds on what a user may configure, so the model and the view stay meaningful and fast. */
export const LIMITS = {
  /** Per torus dimension. */
  torusRadix: { min: 1, max: 32 },
  /** Dimensions of an instance torus. */
  torusDims: { min: 1, max: 3 },
  /** Chips in one drawn torus (16×20×28 = 8,960 fits). */
  torusChips: { min: 1, max: 32_768 },
} as const;

export type ParsedDims = { ok: true; dims: number[] } | { ok: false; error: string };

/** Reads "16x16x16", "16×16×16", "16 16 16" or "16,16,16" into torus dims, or says what is wrong. */
export function parseTorusDims(text: string): ParsedDims {
  const parts = text
    .trim()
    .split(/\s*[x×*,\s]\s*/i)
    .filter((p) => p.length > 0);
  const { torusRadix, torusDims, torusChips } = LIMITS;
  if (parts.length < torusDims.min || parts.length > torusDims.max) {
    return { ok: false, error: `Give ${torusDims.min} to ${torusDims.max} sizes, like 4×4 or 16×20×28.` };
  }
  const dims: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p))
      return {
        ok: false,
        error: `"${p.slice(0, 12)}" is not a whole number; sizes run ${torusRadix.min}–${torusRadix.max}.`,
      };
    const k = Number(p);
    if (k < torusRadix.min || k > torusRadix.max)
      return { ok: false, error: `Each size must be ${torusRadix.min}–${torusRadix.max}; got ${k}.` };
    dims.push(k);
  }
  const chips = dims.reduce((a, k) => a * k, 1);
  if (chips > torusChips.max)
    return {
      ok: false,
      error: `${chips.toLocaleString('en-US')} chips is more than the ${torusChips.max.toLocaleString('en-US')} a torus view can hold.`,
    };
  return { ok: true, dims };
}
