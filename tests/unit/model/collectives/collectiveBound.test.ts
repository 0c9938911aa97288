import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allAlgorithmTimes } from '../../../../src/model/collectives/algorithmPolicy';
import { clusterCollectives, scaleUpCollectiveFabric } from '../../../../src/model/collectives/clusterCollectives';
import { collectiveOnFabric } from '../../../../src/model/collectives/collectiveOnFabric';
import { COLLECTIVE_OPS, type CollectiveOp } from '../../../../src/model/collectives/collectiveTime';
import { scaleUpAllReduce } from '../../../../src/model/collectives/scaleUpAllReduce';
import type { ClusterConfig } from '../../../../src/model/config';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { scaleUpDomain } from '../../../../src/model/scaleUpDomain';

/**
 * The cut bound, restated here from first principles (not imported): with W bytes/s each way across
 * a balanced cut (⌊p/2⌋ | ⌈p/2⌉ ranks),
 *   all-reduce: side B must learn the sum of side A's S-byte inputs, S bytes each way → S / W;
 *   all-gather, reduce-scatter: ⌈p/2⌉ chunks of S/p must cross → ⌈p/2⌉·S / (p·W);
 *   all-to-all: ⌊p/2⌋·⌈p/2⌉ shares of S/p cross → ⌊p/2⌋⌈p/2⌉·S / (p·W).
 */
function cutBound(op: CollectiveOp, p: number, bytes: number, w: number): number {
  if (p <= 1 || bytes <= 0) return 0;
  const a = Math.floor(p / 2);
  const b = p - a;
  const crossing = op === 'all-reduce' ? bytes : op === 'all-to-all' ? (a * b * bytes) / p : (b * bytes) / p;
  return crossing / w;
}

const bandwidth = fc.oneof(fc.double({ min: 1e6, max: 2e12, noNaN: true }), fc.constantFrom(1e9, 128e9, 256e9, 100e9));

const torusConfig = fc.record({
  instanceDims: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }),
  instancesPerUltraServer: fc.integer({ min: 1, max: 6 }),
  intraLinkBandwidth: bandwidth,
  interLinkBandwidth: bandwidth,
});

const switchedConfig = fc.record({
  instanceDims: fc.tuple(fc.integer({ min: 1, max: 8 })).map((t) => [...t]),
  instancesPerUltraServer: fc.integer({ min: 1, max: 18 }),
  intraLinkBandwidth: bandwidth,
  linksPerChip: fc.integer({ min: 1, max: 18 }),
});

describe('collective times never beat the cut bound', () => {
  it('holds for every operation and algorithm on random tori and switched domains (property)', () => {
    const config = fc.oneof(
      torusConfig.map((c): ClusterConfig => ({ ...presetConfig('trn2-ultraserver'), ...c })),
      switchedConfig.map((c): ClusterConfig => ({ ...presetConfig('gb200-nvl72'), ...c })),
    );
    fc.assert(
      fc.property(config, fc.double({ min: 1, max: 2 ** 34, noNaN: true }), (c, bytes) => {
        const fabric = scaleUpCollectiveFabric(c, 0);
        const w = scaleUpDomain(c).bisectionBandwidth;
        for (const op of COLLECTIVE_OPS) {
          for (const time of allAlgorithmTimes(op, fabric, bytes)) {
            const bound = cutBound(op, fabric.ranks, bytes, w);
            expect(
              time.seconds,
              `${op} ${time.algorithm} on ${c.instanceDims}×${c.instancesPerUltraServer}`,
            ).toBeGreaterThanOrEqual(bound * (1 - 1e-9));
          }
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('prices the Trn2 UltraServer with 1 GB/s between instances above 1 GB ÷ 16 GB/s = 62.5 ms (was 3.93 ms)', () => {
    const config = { ...presetConfig('trn2-ultraserver'), interLinkBandwidth: 1e9 };
    // Bisection: the plane across the Z rings, 2 × 64 ÷ 4 = 32 links × 0.5 GB/s each way = 16 GB/s.
    expect(scaleUpDomain(config).bisectionBandwidth).toBe(16e9);
    const best = scaleUpAllReduce(config, 1e9);
    expect(best.seconds).toBeGreaterThanOrEqual(1e9 / 16e9);
    // Ring: 3 edge-disjoint rings through all 64 chips, each both ways at the Z links' 0.5 GB/s:
    // 3 × 2 × 0.5 = 3 GB/s; all-reduce moves 2 × 63/64 of the buffer: 656.25 ms of transfer.
    const ring = collectiveOnFabric('all-reduce', 'ring', scaleUpCollectiveFabric(config, 0), 1e9)!;
    expect(ring.transferSeconds).toBeCloseTo((2 * (63 / 64) * 1e9) / 3e9, 12);
    // Torus rings, Z last: Z carries 3/4 of 1/16 of the buffer each pass at 1 GB/s → 2 × 46.875 ms,
    // X and Y (256 GB/s) run alongside; splitting work onto Z earlier only adds to the slowest axis.
    const rings = collectiveOnFabric('all-reduce', 'torus-rings', scaleUpCollectiveFabric(config, 0), 1e9)!;
    expect(rings.transferSeconds).toBeCloseTo((2 * ((3 / 4) * (1e9 / 16))) / 1e9, 9);
  });

  it('reports a domain with 0 B/s between instances as disconnected, never a finite time (was 3.94 ms)', () => {
    const config = { ...presetConfig('trn2-ultraserver'), interLinkBandwidth: 0 };
    expect(scaleUpDomain(config).connected).toBe(false);
    const fabric = scaleUpCollectiveFabric(config, 0);
    expect(fabric.connected).toBe(false);
    for (const op of COLLECTIVE_OPS) {
      for (const time of allAlgorithmTimes(op, fabric, 1e9)) {
        expect(time.disconnected).toBe(true);
        expect(time.seconds).toBe(Infinity);
      }
    }
    const best = scaleUpAllReduce(config, 1e9);
    expect(best.disconnected).toBe(true);
    // Across the cluster too, and the same for a network at 0 B/s between UltraServers.
    for (const op of COLLECTIVE_OPS) {
      expect(clusterCollectives({ ...config, ultraServers: 4 }, 1e9).cluster[op].disconnected).toBe(true);
      const noNetwork = { ...presetConfig('trn2-ultraserver'), ultraServers: 4, scaleOutBandwidthPerChip: 0 };
      const cluster = clusterCollectives(noNetwork, 1e9).cluster[op];
      expect(cluster.disconnected).toBe(true);
      expect(cluster.seconds).toBe(Infinity);
      expect(clusterCollectives(noNetwork, 1e9).scaleUp.chosen[op].disconnected).toBe(false);
    }
    // One instance alone is still connected: the dead Z links are not part of it.
    const single = { ...config, instancesPerUltraServer: 1 };
    expect(scaleUpAllReduce(single, 1e9).disconnected).toBe(false);
    expect(Number.isFinite(scaleUpAllReduce(single, 1e9).seconds)).toBe(true);
  });
});
