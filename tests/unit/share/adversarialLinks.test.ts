import { describe, expect, it } from 'vitest';
import { sampleAdversarialLinks } from '../../fixtures/adversarialLinks';

describe('sampleAdversarialLinks', () => {
  it('gives the same links for the same seed, others for another', () => {
    expect(sampleAdversarialLinks(200, 7)).toEqual(sampleAdversarialLinks(200, 7));
    expect(sampleAdversarialLinks(200, 7)).not.toEqual(sampleAdversarialLinks(200, 8));
  });

  it('mixes the hostile kinds', () => {
    const links = sampleAdversarialLinks(2000, 1);
    expect(links).toHaveLength(2000);
    for (const pattern of [/<script>/, /%E0%A4%A/, /1e400/, /NaN/, /^v=/, /(^|&)(\w+)=[^&]*&\2=/]) {
      expect(
        links.some((l) => pattern.test(l)),
        String(pattern),
      ).toBe(true);
    }
  });

  it('keeps to a length a browser takes when asked', () => {
    const links = sampleAdversarialLinks(500, 3, 4000);
    expect(links).toHaveLength(500);
    expect(Math.max(...links.map((l) => l.length))).toBeLessThanOrEqual(4000);
  });
});
