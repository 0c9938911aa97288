import { describe, expect, it } from 'vitest';
import { algorithmRanges, collectiveLines, collectiveSweeps } from '../../../src/charts/data/collectiveSeries';
import { presetConfig } from '../../../src/model/presets/catalog';

const systems = [
  { label: 'Rainier', config: presetConfig('rainier') },
  { label: 'GB200 NVL72', config: presetConfig('gb200-nvl72') },
];

/** 1 KiB, 2 KiB, … 4 GiB: 2¹⁰ to 2³², one point per doubling, 23 sizes. */
const SIZES = Array.from({ length: 23 }, (_, i) => 2 ** (10 + i));

describe('collectiveSweeps', () => {
  it('sweeps 1 KiB … 4 GiB, one point per doubling, for every system', () => {
    const sweeps = collectiveSweeps(systems, 'all-reduce');
    expect(sweeps.map((s) => s.label)).toEqual(['Rainier', 'GB200 NVL72']);
    for (const { sweep } of sweeps) expect(sweep.bytes).toEqual(SIZES);
  });
});

describe('collectiveLines', () => {
  const sizes = [2 ** 20, 2 ** 30];
  const sweeps = collectiveSweeps(systems, 'all-reduce', { sizes });

  it('plots against the message sizes asked for', () => {
    for (const scope of ['cluster', 'scale-up'] as const)
      for (const metric of ['seconds', 'busBandwidth'] as const)
        for (const line of collectiveLines(sweeps, scope, metric)) expect(line.points.map((p) => p.x)).toEqual(sizes);
  });

  it('pairs time and bus bandwidth as NCCL-tests defines them: busBW × time = size × 2(n−1)/n', () => {
    // One NVL72 domain: n = 72 ranks, so an all-reduce's bus factor is 2 × 71 ÷ 72.
    const time = collectiveLines(sweeps, 'scale-up', 'seconds')[1]!;
    const busbw = collectiveLines(sweeps, 'scale-up', 'busBandwidth')[1]!;
    time.points.forEach((p, i) => {
      expect(busbw.points[i]!.y * p.y).toBeCloseTo((p.x * 2 * 71) / 72, 0);
    });
  });

  it('shows the cluster slower than one domain when the scale-out network is in the path', () => {
    const cluster = collectiveLines(sweeps, 'cluster', 'seconds')[0]!;
    const domain = collectiveLines(sweeps, 'scale-up', 'seconds')[0]!;
    expect(cluster.points[1]!.y).toBeGreaterThan(domain.points[1]!.y);
  });
});

describe('algorithmRanges', () => {
  it('collapses consecutive sizes with the same pick', () => {
    expect(algorithmRanges([1, 2, 4, 8], ['mesh', 'mesh', 'ring', 'mesh'])).toEqual([
      { algorithm: 'mesh', label: 'Mesh (direct)', fromBytes: 1, toBytes: 2 },
      { algorithm: 'ring', label: 'Ring', fromBytes: 4, toBytes: 4 },
      { algorithm: 'mesh', label: 'Mesh (direct)', fromBytes: 8, toBytes: 8 },
    ]);
    expect(algorithmRanges([], [])).toEqual([]);
  });

  it('gives Neuron’s ranges on Trainium2: Mesh under 1 MB, RDH to 56 MB, KangaRing above', () => {
    // AWS Neuron's documented thresholds on the doubling sizes: ≤ 512 KiB mesh, 1–32 MiB RDH, ≥ 64 MiB KangaRing.
    const { sweep } = collectiveSweeps(systems.slice(0, 1), 'all-reduce')[0]!;
    expect(
      algorithmRanges(sweep.bytes, sweep.chosenAlgorithm).map((r) => [r.algorithm, r.fromBytes, r.toBytes]),
    ).toEqual([
      ['mesh', 2 ** 10, 2 ** 19],
      ['recursive-halving-doubling', 2 ** 20, 2 ** 25],
      ['kangaring', 2 ** 26, 2 ** 32],
    ]);
  });
});
