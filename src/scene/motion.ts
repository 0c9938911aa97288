/** The user's "reduce motion" preference: camera moves and packets jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}
