import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/metrics.ts', ...args], { encoding: 'utf8' });

// Each case starts Node with tsx: seconds apiece on a busy two-core machine.
describe('npm run metrics', { timeout: 30_000 }, () => {
  it('prints the preset Metrics as JSON with flat SI keys', () => {
    const out = execFileSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'src/cli/metrics.ts', '--preset', 'trn2-ultraserver'],
      {
        encoding: 'utf8',
      },
    );
    const m = JSON.parse(out);
    for (const key of [
      'chips',
      'fp8DenseFlops',
      'fp8SparseFlops',
      'bf16DenseFlops',
      'fp32DenseFlops',
      'hbmBytes',
      'hbmBandwidth',
      'scaleUpBandwidth',
      'bisectionBandwidth',
      'diameterHops',
      'averageHops',
      'itPowerWatts',
      'facilityPowerWatts',
    ]) {
      expect(typeof m[key], key).toBe('number');
    }
    expect(m.chips).toBe(64);
    expect(m.diameterHops).toBe(6);
  });

  it('lists the valid ids and exits non-zero on an unknown preset', () => {
    const r = run('--preset', 'nope');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('trn2-ultraserver');
    expect(r.stdout).toBe('');
  });

  it('--url prints the same Metrics for a link as --preset does for its preset, full URL or bare query', () => {
    const byPreset = run('--preset', 'gb200-nvl72');
    const byUrl = run('--url', 'http://127.0.0.1:5173/?v=1&preset=gb200-nvl72#view');
    const byQuery = run('--url=?preset=gb200-nvl72');
    expect([byUrl.status, byUrl.stderr, byQuery.status, byQuery.stderr]).toEqual([0, '', 0, '']);
    expect(byUrl.stdout).toBe(byPreset.stdout);
    expect(byQuery.stdout).toBe(byPreset.stdout);
  });

  it('--url applies the link’s edits, migrates version-0 links and writes problems to stderr, exiting 0', () => {
    const edited = run('--url', 'http://127.0.0.1:5173/?v=1&preset=trn2-ultraserver&us=10&inst=99&hologram=1');
    expect(edited.status).toBe(0);
    const m = JSON.parse(edited.stdout);
    expect([m.preset, m.chips, m.chipsPerUltraServer]).toEqual(['trn2-ultraserver', 10240, 1024]);
    expect(edited.stderr).toContain('inst (clamped): Clamped inst="99" to 64');
    expect(edited.stderr).toContain('hologram (ignored)');
    const legacy = JSON.parse(run('--url', '/?torus=16x16x16').stdout);
    expect([legacy.chips, legacy.diameterHops]).toEqual([4096, 24]);
  });

  it('exits 2 on usage errors: no link after --url, or both --preset and --url', () => {
    for (const args of [['--url'], ['--preset', 'trn2', '--url', '?preset=trn2']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Usage');
    }
  });

  it('refuses a --url that is not a link to this page, in one line, with exit 2', () => {
    const cases: [string, string][] = [
      ['', 'clusterscope metrics: cannot use --url "": the link is empty.\n'],
      [
        'hello world',
        'clusterscope metrics: cannot use --url "hello world": it is neither a URL, a path such as /?preset=trn2, nor a query such as preset=trn2.\n',
      ],
      [
        'javascript:alert(1)',
        'clusterscope metrics: cannot use --url "javascript:alert(1)": a javascript: link is not a web page.\n',
      ],
    ];
    for (const [link, message] of cases) {
      const r = run('--url', link);
      expect([r.status, r.stdout, r.stderr], link).toEqual([2, '', message]);
    }
  });

  it('refuses an option given twice instead of silently using one of them', () => {
    const r = run('--preset', 'trn2', '--preset', 'rainier');
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'clusterscope metrics: --preset is given 2 times: give it once.\n',
    ]);
    expect(run('--url', '?preset=trn2', '--url=?preset=rainier').status).toBe(2);
  });
});
