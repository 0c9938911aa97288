import { describe, expect, it } from 'vitest';
import { readJob } from '../../../src/cli/render';

describe('npm run render: reading the command line', () => {
  it('reads a link, an output file and a size', () => {
    const job = readJob(['--url', '/?preset=trn2', '--out', 'slides/trn2.svg', '--size', '1600x1200']);
    expect(job.format).toBe('svg');
    expect([job.width, job.height]).toEqual([1600, 1200]);
    expect(job.out.endsWith('slides/trn2.svg')).toBe(true);
    expect(job.query).toContain('preset=trn2');
  });
  it('opens an embed link as the full view, keeping its caption for the title', () => {
    const job = readJob(['--url', '/?preset=trn2&embed=1&caption=Hello', '--out', 'a.png']);
    expect(job.query).not.toContain('embed=');
    expect(job.query).toContain('caption=Hello');
  });
  it('defaults to a 1920×1080 slide', () => {
    const job = readJob(['--url', '/?preset=trn2', '--out', 'a.png']);
    expect([job.width, job.height, job.format]).toEqual([1920, 1080, 'png']);
  });
  it.each([
    [['--url', '/?preset=nonsense', '--out', 'a.png'], /problem: preset/],
    [['--url', '/?preset=trn2', '--out', 'a.jpg'], /\.png or \.svg/],
    [['--url', '/?preset=trn2', '--out', 'a.png', '--size', '10x10'], /outside 64–8192/],
    [['--url', '/?preset=trn2', '--out', 'a.png', '--size', 'big'], /not a size/],
    [['--url', '/?preset=trn2', '--out', 'a.png', '--background', 'blue'], /dark, light or transparent/],
    [['--url', 'javascript:alert(1)', '--out', 'a.png'], /not a clusterscope link/],
    [['--out', 'a.png'], /--url/],
    [['--url', '/?preset=trn2', '--wat'], /Unknown option/],
  ])('refuses %j with one readable sentence', (args, message) => {
    expect(() => readJob(args)).toThrow(message);
  });
});
