import { describe, expect, it } from 'vitest';
import { torusCollectiveFabric, switchedCollectiveFabric } from '../../../../src/model/collectives/collectiveFabric';
import { collectiveOnFabric, algorithmsFor } from '../../../../src/model/collectives/collectiveOnFabric';
import { switchedCollective, torusCollective } from '../../../../src/model/collectives/shapeCollectives';
import { chosenCollective, neuronAlgorithmFor } from '../../../../src/model/collectives/algorithmPolicy';
import { busBandwidth } from '../../../../src/model/collectives/busBandwidth';
import type { TorusShape } from '../../../../src/model/topology/torus';

const GB = 1e9;
const uniform = (dims: number[], link: number): TorusShape => ({ dims, linkBandwidth: dims.map(() => link) });

describe('torus collectives (JAX scaling book form)', () => {
  it('gives T_AllReduce ≈ 2V/(W_bidir·n_axes) in the bandwidth-bound limit', () => {
    for (const dims of [
      [4, 4],
      [4, 4, 4],
      [8, 8, 8],
      [16, 16],
    ]) {
      const w = 200 * GB; // one axis, both directions
      const t = torusCollective('all-reduce', uniform(dims, w), 1e9, 0);
      const p = dims.reduce((a, b) => a * b, 1);
      expect(t.transferSeconds).toBeCloseTo(((2 * 1e9) / (w * dims.length)) * ((p - 1) / p), 12);
      // Latency: Σ⌊kᵢ/2⌋ hops per pass, two passes.
      const hops = torusCollective('all-reduce', uniform(dims, w), 1e9, 1e-6);
      expect(hops.steps).toBe(2 * dims.reduce((sum, k) => sum + Math.floor(k / 2), 0));
    }
  });

  it("prices the Trn2 instance (4×4, 256 GB/s links both ways) at the chip's 512 GB/s one-way injection", () => {
    const t = torusCollective('all-reduce', uniform([4, 4], 256 * GB), 1e9, 0);
    expect(t.transferSeconds).toBeCloseTo(2 * (15 / 16) * (1e9 / (512 * GB)), 12);
  });

  it('lets slow axes count for what they carry (UltraServer Z rings at half rate)', () => {
    const fabric = torusCollectiveFabric({ dims: [4, 4, 4], linkBandwidth: [256 * GB, 256 * GB, 128 * GB] }, 0);
    expect(fabric.injectionBandwidth).toBe(640 * GB);
    // RDH visits the fast axes first: two steps each on X and Y (one link, 128 GB/s one way), then Z.
    expect(fabric.pairwiseStepBandwidths).toEqual([128, 128, 128, 128, 64, 64].map((b) => b * GB));
    // Uniform traffic is limited by the slow axis: mean ring distance 1 over 128 GB/s both ways.
    expect(fabric.uniformTrafficSecondsPerByte).toBeCloseTo(1 / (128 * GB), 20);
  });

  it('loads a ring of radix 2 through both parallel links', () => {
    const fabric = torusCollectiveFabric(uniform([2], 100 * GB), 0);
    expect(fabric.injectionBandwidth).toBe(100 * GB);
    expect(fabric.pairwiseStepBandwidths).toEqual([100 * GB]);
    const allReduce = collectiveOnFabric('all-reduce', 'recursive-halving-doubling', fabric, 1e9)!;
    // One exchange of half the buffer each pass over the pair's two links (50 GB/s each way each).
    expect(allReduce.transferSeconds).toBeCloseTo(2 * (0.5e9 / (100 * GB)), 12);
  });

  it('makes mesh over-subscribe torus links but not a non-blocking switch', () => {
    const torus = torusCollectiveFabric(uniform([4, 4], 256 * GB), 0);
    const mesh = collectiveOnFabric('all-reduce', 'mesh', torus, 1e9)!;
    const rings = collectiveOnFabric('all-reduce', 'torus-rings', torus, 1e9)!;
    expect(mesh.transferSeconds).toBeGreaterThan(rings.transferSeconds);
    expect(mesh.steps).toBe(2);

    const nvl72 = { nodes: 72, linksPerChip: 18, linkBandwidth: 100 * GB };
    const direct = switchedCollective('all-reduce', nvl72, 1e9, 'mesh', 0);
    const ring = switchedCollective('all-reduce', nvl72, 1e9, 'ring', 0);
    expect(direct.transferSeconds).toBeCloseTo(ring.transferSeconds, 12);
    expect(ring.transferSeconds).toBeCloseTo(2 * (71 / 72) * (1e9 / (900 * GB)), 12);
    expect(busBandwidth('all-reduce', 72, 1e9, ring.seconds)).toBeCloseTo(900 * GB, -3);
  });

  it('offers torus rings only on a torus, and only direct all-to-all', () => {
    const switched = switchedCollectiveFabric({ nodes: 8, linksPerChip: 18, linkBandwidth: 100 * GB }, 1e-6);
    expect(algorithmsFor('all-reduce', switched)).not.toContain('torus-rings');
    expect(collectiveOnFabric('all-reduce', 'torus-rings', switched, 1e6)).toBeNull();
    expect(algorithmsFor('all-to-all', switched)).toEqual(['mesh']);
    expect(collectiveOnFabric('all-to-all', 'ring', switched, 1e6)!.algorithm).toBe('mesh');
  });

  it('costs nothing on one chip or for an empty buffer', () => {
    const single = torusCollectiveFabric(uniform([1], 100 * GB), 1e-6);
    for (const algorithm of algorithmsFor('all-reduce', single)) {
      expect(collectiveOnFabric('all-reduce', algorithm, single, 1e9)?.seconds ?? 0).toBe(0);
    }
    const torus = torusCollectiveFabric(uniform([4, 4], 100 * GB), 1e-6);
    for (const algorithm of algorithmsFor('all-gather', torus)) {
      expect(collectiveOnFabric('all-gather', algorithm, torus, 0)!.seconds).toBe(0);
    }
  });
});

describe('algorithm choice by message size, as the Neuron runtime does', () => {
  it('uses Mesh below 1 MB, RDH from 1 to 56 MB and KangaRing above', () => {
    expect(neuronAlgorithmFor('all-reduce', 512e3)).toBe('mesh');
    expect(neuronAlgorithmFor('all-reduce', 1e6)).toBe('recursive-halving-doubling');
    expect(neuronAlgorithmFor('all-gather', 56e6)).toBe('recursive-halving-doubling');
    expect(neuronAlgorithmFor('reduce-scatter', 57e6)).toBe('kangaring');
    expect(neuronAlgorithmFor('all-to-all', 1e9)).toBe('mesh');
  });

  it("agrees with the model's own fastest pick at the two ends on the Trn2 UltraServer torus", () => {
    const fabric = torusCollectiveFabric({ dims: [4, 4, 4], linkBandwidth: [256 * GB, 256 * GB, 128 * GB] }, 1.5e-6);
    expect(chosenCollective('all-reduce', fabric, 4e3, 'fastest').algorithm).toBe('mesh');
    // Large buffers: every full-bandwidth ring form beats mesh and RDH.
    const large = chosenCollective('all-reduce', fabric, 1e9, 'fastest');
    expect(['torus-rings', 'kangaring', 'ring']).toContain(large.algorithm);
    expect(chosenCollective('all-reduce', fabric, 1e9, 'neuron').algorithm).toBe('kangaring');
  });
});
