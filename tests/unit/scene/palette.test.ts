import { describe, expect, it } from 'vitest';
import { scenePalette } from '../../../src/scene/palette';

describe('scene palette', () => {
  it.each(['dark', 'light'] as const)(
    'in the %s theme, link dimensions, chip planes and overlays never share a colour',
    (theme) => {
      const p = scenePalette(theme);
      const { path, failedChip, failedLink, collectiveLink } = p.overlay;
      const colours = [...p.dims, p.switchLink, ...p.planes, path, failedChip, failedLink, collectiveLink].map((c) =>
        c.toLowerCase(),
      );
      expect(new Set(colours).size).toBe(colours.length);
    },
  );

  it('has one theme per name and dark by default', () => {
    expect(scenePalette().theme).toBe('dark');
    expect(scenePalette('light').theme).toBe('light');
    expect(scenePalette('light').background).not.toBe(scenePalette('dark').background);
  });
});
