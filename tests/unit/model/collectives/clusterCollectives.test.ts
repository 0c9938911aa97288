import { describe, expect, it } from 'vitest';
import {
  clusterCollectives,
  collectiveSweep,
  messageSizes,
  scaleOutCollectiveFabric,
} from '../../../../src/model/collectives/clusterCollectives';
import { COLLECTIVE_OPS } from '../../../../src/model/collectives/collectiveTime';
import { EFA_STEP_LATENCY } from '../../../../src/model/collectives/collectiveLatency';
import { PRESET_IDS } from '../../../../src/model/presets/preset';
import { presetConfig } from '../../../../src/model/presets/catalog';

describe('clusterCollectives', () => {
  it('returns finite, positive times for every preset and operation', () => {
    for (const id of PRESET_IDS) {
      const report = clusterCollectives(presetConfig(id), 64e6);
      for (const op of COLLECTIVE_OPS) {
        const scaleUp = report.scaleUp.chosen[op].seconds;
        expect(Number.isFinite(scaleUp) && scaleUp > 0, `${id} ${op}`).toBe(true);
        expect(Number.isFinite(report.cluster[op].seconds)).toBe(true);
        // Hierarchical phases add to the scale-up ones (all-to-all overlaps them instead).
        if (op !== 'all-to-all') expect(report.cluster[op].seconds).toBeGreaterThanOrEqual(scaleUp * (1 - 1e-12));
        expect(report.scaleUp.busBandwidth[op]).toBeGreaterThan(0);
      }
    }
  });

  it('equals the scale-up time when the cluster is one UltraServer', () => {
    const report = clusterCollectives(presetConfig('trn2-ultraserver'), 256e6);
    for (const op of COLLECTIVE_OPS) {
      expect(report.cluster[op].seconds).toBeCloseTo(report.scaleUp.chosen[op].seconds, 15);
      expect(report.cluster[op].ranks).toBe(64);
    }
  });

  it("crosses Rainier's EFA network with a ~15 µs step and the chip's own NIC", () => {
    const rainier = presetConfig('rainier');
    const network = scaleOutCollectiveFabric(rainier);
    expect(network.ranks).toBe(7812);
    expect(network.stepLatency).toBe(EFA_STEP_LATENCY.value);
    expect(network.injectionBandwidth).toBe(25e9);
    const allReduce = clusterCollectives(rainier, 1e9).cluster['all-reduce'];
    expect(allReduce.phases.map((phase) => phase.scope)).toEqual(['scale-up', 'scale-out', 'scale-up']);
    // The scale-out phase all-reduces 1/64 of the buffer.
    expect(allReduce.phases[1]!.time.bytes).toBeCloseTo(1e9 / 64, 6);
    expect(allReduce.ranks).toBe(499_968);
    expect(allReduce.seconds).toBeGreaterThan(clusterCollectives(rainier, 1e9).scaleUp.chosen['all-reduce'].seconds);
  });

  it('grows with the number of UltraServers (powers of two, where RDH needs no fold)', () => {
    const base = presetConfig('rainier');
    let previous = 0;
    for (const ultraServers of [1, 2, 8, 64, 512, 4096]) {
      const t = clusterCollectives({ ...base, ultraServers }, 64e6).cluster['all-reduce'].seconds;
      expect(t).toBeGreaterThan(previous);
      previous = t;
    }
  });

  it('sweeps message sizes into plain arrays of equal length', () => {
    const sizes = messageSizes(2 ** 10, 2 ** 30);
    expect(sizes).toHaveLength(21);
    expect(sizes[0]).toBe(1024);
    expect(sizes.at(-1)).toBe(2 ** 30);
    expect(messageSizes(1, 16, 2)).toHaveLength(9);

    const sweep = collectiveSweep(presetConfig('trn2-ultraserver'), 'all-reduce', { sizes, policy: 'fastest' });
    for (const series of [
      sweep.scaleUpSeconds,
      sweep.scaleUpBusBandwidth,
      sweep.clusterSeconds,
      sweep.chosenAlgorithm,
    ]) {
      expect(series).toHaveLength(sizes.length);
    }
    expect(sweep.algorithms).toContain('torus-rings');
    for (const algorithm of sweep.algorithms) {
      const series = sweep.scaleUpSecondsByAlgorithm[algorithm]!;
      expect(series).toHaveLength(sizes.length);
      for (let i = 1; i < series.length; i++) expect(series[i]!).toBeGreaterThanOrEqual(series[i - 1]!);
    }
    // The fastest-of envelope is monotone too, and bus bandwidth climbs towards the link rate.
    for (let i = 1; i < sizes.length; i++)
      expect(sweep.scaleUpSeconds[i]!).toBeGreaterThanOrEqual(sweep.scaleUpSeconds[i - 1]!);
    expect(sweep.scaleUpBusBandwidth.at(-1)!).toBeGreaterThan(sweep.scaleUpBusBandwidth[0]!);
    expect(sweep.scaleUpBusBandwidth.at(-1)!).toBeLessThanOrEqual(640e9 * (1 + 1e-12));
  });

  it('switches algorithm at the Neuron thresholds in a default sweep', () => {
    const sweep = collectiveSweep(presetConfig('trn2'), 'all-reduce', { sizes: [256e3, 8e6, 512e6] });
    expect(sweep.chosenAlgorithm).toEqual(['mesh', 'recursive-halving-doubling', 'kangaring']);
  });

  it("follows Neuron's rule on Trainium and the fastest algorithm elsewhere by default", () => {
    expect(clusterCollectives(presetConfig('trn2-ultraserver'), 1e9).policy).toBe('neuron');
    expect(clusterCollectives(presetConfig('trn3-ultraserver'), 1e9).policy).toBe('neuron');
    const pod = clusterCollectives(presetConfig('tpu-v5p-pod'), 1e9);
    expect(pod.policy).toBe('fastest');
    // A flat ring over 8,960 chips would pay 4,480 steps per pass; the torus rings pay 32.
    expect(pod.scaleUp.chosen['all-reduce'].algorithm).toBe('torus-rings');
    expect(
      clusterCollectives(presetConfig('tpu-v5p-pod'), 1e9, { policy: 'neuron' }).scaleUp.chosen['all-reduce'].algorithm,
    ).toBe('kangaring');
  });
});
