import { describe, expect, it } from 'vitest';
import { queryOfLink } from '../../../src/share/queryOfLink';

describe('queryOfLink', () => {
  it('finds the query in a full URL, a path, or the query itself', () => {
    expect(queryOfLink('http://127.0.0.1:5173/?v=1&preset=trn2#top')).toBe('v=1&preset=trn2');
    expect(queryOfLink('  /?torus=16x16x16 ')).toBe('torus=16x16x16');
    expect(queryOfLink('?v=1&us=4')).toBe('v=1&us=4');
    expect(queryOfLink('v=1&caption=why?')).toBe('v=1&caption=why?');
    expect(queryOfLink('http://127.0.0.1:5173/')).toBe('');
    expect(queryOfLink('')).toBe('');
  });
});
