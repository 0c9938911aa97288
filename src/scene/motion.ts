/** The query, created once: reading `.matches` is cheap, calling matchMedia every frame is not. */
let query: MediaQueryList | null | undefined;

/** The user's "reduce motion" preference: camera moves and packets jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  if (query === undefined)
    query =
      typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  return query?.matches === true;
}
