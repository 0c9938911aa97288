import { describe, expect, it } from 'vitest';
import { algorithmRanges, collectiveLines, collectiveSweeps } from '../../../src/charts/data/collectiveSeries';
import { collectiveSweep } from '../../../src/model/collectives/clusterCollectives';
import { presetConfig } from '../../../src/model/presets/catalog';

const systems = [
  { label: 'Rainier', config: presetConfig('rainier') },
  { label: 'GB200 NVL72', config: presetConfig('gb200-nvl72') },
];

describe('collectiveSweeps', () => {
  it('sweeps 1 KiB … 4 GiB, one point per doubling, for every system', () => {
    const sweeps = collectiveSweeps(systems, 'all-reduce');
    expect(sweeps.map((s) => s.label)).toEqual(['Rainier', 'GB200 NVL72']);
    for (const { sweep } of sweeps) {
      expect(sweep.bytes[0]).toBe(1024);
      expect(sweep.bytes.at(-1)).toBe(2 ** 32);
      expect(sweep.bytes).toHaveLength(23);
    }
    expect(sweeps[0]!.sweep).toEqual(collectiveSweep(systems[0]!.config, 'all-reduce'));
  });
});

describe('collectiveLines', () => {
  const sweeps = collectiveSweeps(systems, 'all-gather', { sizes: [2 ** 20, 2 ** 30] });

  it('plots the scope and metric asked for, against bytes', () => {
    const cluster = collectiveLines(sweeps, 'cluster', 'seconds');
    expect(cluster[0]!.points).toEqual([
      { x: 2 ** 20, y: sweeps[0]!.sweep.clusterSeconds[0] },
      { x: 2 ** 30, y: sweeps[0]!.sweep.clusterSeconds[1] },
    ]);
    expect(collectiveLines(sweeps, 'scale-up', 'busBandwidth')[1]!.points.map((p) => p.y)).toEqual(
      sweeps[1]!.sweep.scaleUpBusBandwidth,
    );
    expect(collectiveLines(sweeps, 'cluster', 'busBandwidth')[0]!.points.map((p) => p.y)).toEqual(
      sweeps[0]!.sweep.clusterBusBandwidth,
    );
  });

  it('shows the cluster slower than one domain when the scale-out network is in the path', () => {
    const [rainier] = collectiveSweeps(systems.slice(0, 1), 'all-reduce', { sizes: [2 ** 30] });
    expect(rainier!.sweep.clusterSeconds[0]!).toBeGreaterThan(rainier!.sweep.scaleUpSeconds[0]!);
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
