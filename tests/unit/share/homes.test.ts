import { describe, expect, it } from 'vitest';
import { decodeShareState } from '../../../src/share/decodeShareState';
import { encodeShareState } from '../../../src/share/encodeShareState';

describe('links open each system in its own home', () => {
  it('opens the GB200 NVL72 in its liquid-cooled hall with 132 kW racks, not in Indiana', () => {
    const { state, problems } = decodeShareState('?v=1&preset=gb200-nvl72&level=rack');
    expect(problems).toEqual([]);
    expect(state.site.name).toBe('Generic liquid-cooled GPU data hall');
    expect(state.site.rackPowerWatts).toBe(132_000);
  });

  it('opens a custom torus on the generic site, named as such', () => {
    const { state } = decodeShareState('?v=1&preset=custom&dims=16x16x16');
    expect(state.site.name).toBe('Generic site (custom configuration)');
  });

  it('keeps a preset link short: the home is implied, not spelled out', () => {
    const { state } = decodeShareState('?v=1&preset=tpu-v5p-pod&level=building');
    const link = encodeShareState(state);
    expect(link).not.toMatch(/sitename|buildings=|rackpower|usracks/);
    expect(decodeShareState(link).state.site).toEqual(state.site);
  });
});
