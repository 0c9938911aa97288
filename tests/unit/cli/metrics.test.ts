import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/metrics.ts', ...args], { encoding: 'utf8' });

describe('npm run metrics', () => {
  it('prints the preset Metrics as JSON with flat SI keys', () => {
    const out = execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/metrics.ts', '--preset', 'trn2-ultraserver'], {
      encoding: 'utf8',
    });
    const m = JSON.parse(out);
    for (const key of ['chips', 'fp8DenseFlops', 'fp8SparseFlops', 'bf16DenseFlops', 'fp32DenseFlops', 'hbmBytes', 'hbmBandwidth',
      'scaleUpBandwidth', 'bisectionBandwidth', 'diameterHops', 'averageHops', 'itPowerWatts', 'facilityPowerWatts']) {
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
});
