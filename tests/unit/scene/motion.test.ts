import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The module afresh: it keeps the media query it made on first use. */
const freshMotion = async () => (await import('../../../src/scene/motion')).prefersReducedMotion;

describe('prefersReducedMotion', () => {
  it('is false where there is no window (Node, the CLI)', async () => {
    expect((await freshMotion())()).toBe(false);
  });

  it('follows the reader’s setting, asking matchMedia once however often it is read (every frame)', async () => {
    const query = { matches: true };
    const matchMedia = vi.fn(() => query);
    vi.stubGlobal('window', { matchMedia });
    const prefersReducedMotion = await freshMotion();
    expect(prefersReducedMotion()).toBe(true);
    query.matches = false;
    for (let frame = 0; frame < 60; frame++) prefersReducedMotion();
    expect(prefersReducedMotion()).toBe(false);
    expect(matchMedia).toHaveBeenCalledTimes(1);
    expect(matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
  });
});
