import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/metrics.ts', ...args], { encoding: 'utf8' });

describe('npm run metrics', () => {
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
});
