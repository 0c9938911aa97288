import { describe, expect, it } from 'vitest';
import { queryOfLink, readLinkQuery } from '../../../src/share/queryOfLink';

describe('queryOfLink', () => {
  it('finds the query in a full URL, a path, or the query itself', () => {
    expect(queryOfLink('http://127.0.0.1:5173/?v=1&preset=trn2#top')).toBe('v=1&preset=trn2');
    expect(queryOfLink('  /?torus=16x16x16 ')).toBe('torus=16x16x16');
    expect(queryOfLink('?v=1&us=4')).toBe('v=1&us=4');
    expect(queryOfLink('v=1&caption=why?')).toBe('v=1&caption=why?');
    expect(queryOfLink('http://127.0.0.1:5173/')).toBe('');
    expect(queryOfLink('')).toBe('');
  });

  it('refuses what cannot be a link to this page, saying why', () => {
    expect(readLinkQuery('')).toEqual({ ok: false, reason: 'the link is empty' });
    expect(readLinkQuery('   ')).toEqual({ ok: false, reason: 'the link is empty' });
    expect(readLinkQuery('javascript:alert(1)')).toEqual({ ok: false, reason: 'a javascript: link is not a web page' });
    expect(readLinkQuery('mailto:a@b?preset=trn2')).toEqual({ ok: false, reason: 'a mailto: link is not a web page' });
    expect(readLinkQuery('hello world').ok).toBe(false);
    expect(readLinkQuery('http://[bad')).toEqual({ ok: false, reason: 'it is not a URL' });
  });

  it('reads an address pasted without its scheme', () => {
    expect(readLinkQuery('localhost:5173/?preset=trn2')).toEqual({ ok: true, query: 'preset=trn2' });
    expect(readLinkQuery('example.com/app/?v=1&us=2#x')).toEqual({ ok: true, query: 'v=1&us=2' });
  });
});
