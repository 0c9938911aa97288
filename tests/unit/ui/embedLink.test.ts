import { describe, expect, it } from 'vitest';
import { embedUrl } from '../../../src/ui/share/embedLink';

describe('embedUrl', () => {
  it('pins the theme on screen, so a slide keeps its colours on any viewer', () => {
    const url = new URL(embedUrl('http://127.0.0.1/?v=1&preset=rainier', ' Rainier ', 'light'));
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('theme')).toBe('light');
    expect(url.searchParams.get('caption')).toBe('Rainier');
    expect(url.searchParams.get('preset')).toBe('rainier');
  });

  it('replaces a theme the link already had, and drops an empty caption', () => {
    const url = new URL(embedUrl('http://127.0.0.1/?v=1&theme=light&caption=old', '  ', 'dark'));
    expect(url.searchParams.getAll('theme')).toEqual(['dark']);
    expect(url.searchParams.has('caption')).toBe(false);
  });
});
