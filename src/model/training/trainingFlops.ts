/** Training compute C ≈ 6·N·D FLOPs (Kaplan et al. 2020; fact sheet §10.4). */
export function trainingFlops(parameters: number, tokens: number, flopsPerParameterPerToken = 6): number {
  return flopsPerParameterPerToken * parameters * tokens;
}

/** T = C / (peak × MFU × goodput): seconds of wall clock; Infinity when nothing computes. */
export function trainingSeconds(flops: number, peakFlopsPerSecond: number, mfu: number, goodput = 1): number {
  if (flops <= 0) return 0;
  const rate = peakFlopsPerSecond * mfu * goodput;
  return rate > 0 ? flops / rate : Infinity;
}
