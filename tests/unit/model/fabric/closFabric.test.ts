import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/model/evaluate';
import {
  closFabric,
  leafPorts,
  maxEndpoints,
  pathBetweenEndpoints,
  tiersNeeded,
} from '../../../../src/model/fabric/closFabric';
import { DEFAULT_FABRIC, FABRIC_PROVENANCE, type FabricConfig } from '../../../../src/model/fabric/fabricConfig';
import { pathBetweenUltraServers, scaleOutFabric } from '../../../../src/model/fabric/scaleOutFabric';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { SOURCES } from '../../../../src/model/sources';

const fabric = (overrides: Partial<FabricConfig>): FabricConfig => ({ ...DEFAULT_FABRIC, ...overrides });
const b = 25e9;

describe('closFabric: full builds match the k-ary fat-tree', () => {
  it.each([4, 8, 16, 48, 128])('3 tiers of radix %i: k³/4 hosts on 5k²/4 switches', (k) => {
    const hosts = k ** 3 / 4;
    expect(maxEndpoints(3, k)).toBe(hosts);
    const f = closFabric(hosts, b, fabric({ tiers: 3, radix: k }));
    expect(f.fits).toBe(true);
    expect(f.tierSwitches.map((t) => t.switches)).toEqual([k ** 2 / 2, k ** 2 / 2, k ** 2 / 4]);
    expect(f.switches).toBe((5 * k ** 2) / 4);
    // Every tier boundary carries k³/4 links; switch-to-switch links take two transceivers each.
    expect(f.endpointLinks).toBe(hosts);
    expect(f.switchLinks).toBe(2 * hosts);
    expect(f.transceivers).toBe(4 * hosts);
    expect(f.bisectionBandwidth).toBe((hosts / 2) * b);
    expect(f.bisectionRatio).toBe(1);
  });

  it('k = 4 is the textbook 16-host, 20-switch fat-tree', () => {
    const f = closFabric(16, b, fabric({ tiers: 3, radix: 4 }));
    expect(f.switches).toBe(20);
    expect(f.endpointsPerPod).toBe(4);
    expect(f.links).toBe(48);
  });

  it.each([8, 64, 128])('2 tiers of radix %i: k²/2 hosts on 3k/2 switches', (k) => {
    expect(maxEndpoints(2, k)).toBe(k ** 2 / 2);
    const f = closFabric(k ** 2 / 2, b, fabric({ tiers: 2, radix: k }));
    expect(f.tierSwitches.map((t) => t.switches)).toEqual([k, k / 2]);
    expect(f.switches).toBe((3 * k) / 2);
    expect(f.switchLinks).toBe(k ** 2 / 2);
  });

  it('1 tier is one switch of k ports', () => {
    const f = closFabric(64, b, fabric({ tiers: 1, radix: 64 }));
    expect(f.switches).toBe(1);
    expect(f.maxEndpoints).toBe(64);
    expect(f.switchLinks).toBe(0);
    expect(f.transceivers).toBe(0);
    expect(f.bisectionBandwidth).toBe(32 * b);
    expect(f.paths.map((p) => p.switches)).toEqual([1]);
  });

  it('counts NIC-to-leaf optics only when asked', () => {
    const copper = closFabric(128, b, fabric({ tiers: 2, radix: 16 }));
    const optical = closFabric(128, b, fabric({ tiers: 2, radix: 16, endpointLinksOptical: true }));
    expect(optical.transceivers - copper.transceivers).toBe(256);
  });
});

describe('closFabric: oversubscription', () => {
  it('2:1 at the leaf halves the bisection bandwidth', () => {
    const full = closFabric(768, b, fabric({ tiers: 2, radix: 48, oversubscription: 1 }));
    const half = closFabric(768, b, fabric({ tiers: 2, radix: 48, oversubscription: 2 }));
    expect(leafPorts(48, 2, 2)).toEqual({ down: 32, up: 16 });
    expect(full.bisectionBandwidth).toBe(384 * b);
    expect(half.bisectionBandwidth).toBe(192 * b);
    expect(half.bisectionRatio).toBe(0.5);
    expect(half.oversubscription).toBe(2);
    // Fewer leaves, fewer uplinks: cheaper.
    expect(half.switches).toBeLessThan(full.switches);
  });

  it('3:1 in three tiers leaves a third of full bisection', () => {
    const f = closFabric(48 * 64, b, fabric({ tiers: 3, radix: 64, oversubscription: 3 }));
    expect(f.endpointsPerLeaf).toBe(48);
    expect(f.bisectionRatio).toBeCloseTo(1 / 3, 12);
  });

  it('uses whole ports and never oversubscribes more than asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 512 }), fc.double({ min: 1, max: 8, noNaN: true }), (radix, o) => {
        const { down, up } = leafPorts(radix, 2, o);
        expect(Number.isInteger(down) && Number.isInteger(up)).toBe(true);
        expect(down + up).toBe(2 * Math.floor(radix / 2));
        expect(down / up).toBeLessThanOrEqual(o + 1e-9);
      }),
    );
  });
});

describe('closFabric: partial builds', () => {
  it('wires enough ports at every tier and never more bisection than half the injection', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
        fc.integer({ min: 1, max: 128 }).map((h) => 2 * h),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constantFrom(1, 2, 3),
        (tiers, radix, endpoints, o) => {
          const f = closFabric(endpoints, b, fabric({ tiers, radix, oversubscription: o }));
          const [leaf, middle, top] = f.tierSwitches;
          expect(leaf!.switches * leaf!.downPorts).toBeGreaterThanOrEqual(endpoints);
          if (tiers === 2)
            expect(middle!.switches * middle!.downPorts).toBeGreaterThanOrEqual(leaf!.switches * leaf!.upPorts);
          if (tiers === 3)
            expect(top!.switches * top!.downPorts).toBeGreaterThanOrEqual(middle!.switches * middle!.upPorts);
          expect(f.links).toBe(f.endpointLinks + f.switchLinks);
          expect(f.bisectionBandwidth).toBeLessThanOrEqual(f.injectionBandwidth / 2);
          expect(f.fits).toBe(endpoints <= f.maxEndpoints);
          for (const value of [f.switches, f.links, f.transceivers, f.bisectionBandwidth, f.bisectionRatio]) {
            expect(Number.isFinite(value)).toBe(true);
          }
        },
      ),
    );
  });

  it('gives an empty fabric for no endpoints, without NaN', () => {
    const f = closFabric(0, b, DEFAULT_FABRIC);
    expect(f.switches).toBe(0);
    expect(f.links).toBe(0);
    expect(f.bisectionBandwidth).toBe(0);
    expect(f.bisectionRatio).toBe(1);
    expect(f.fits).toBe(true);
  });

  it('rounds an odd radix down to even', () => {
    expect(closFabric(10, b, fabric({ radix: 65 })).radix).toBe(64);
  });
});

describe('closFabric: reach', () => {
  it('says when the cluster outgrows the tiers, and how many it would need', () => {
    expect(tiersNeeded(64, 64)).toBe(1);
    expect(tiersNeeded(65, 64)).toBe(2);
    expect(tiersNeeded(2049, 64)).toBe(3);
    expect(tiersNeeded(65_537, 64)).toBeNull();
    const small = closFabric(499_968, b, fabric({ radix: 64 }));
    expect(small.maxEndpoints).toBe(65_536);
    expect(small.fits).toBe(false);
    expect(small.tiersNeeded).toBeNull();
  });

  it('counts switches and latency per path: 1, 3, 5 switches up to the spine', () => {
    const f = closFabric(1000, b, DEFAULT_FABRIC);
    expect(f.paths.map((p) => p.scope)).toEqual(['leaf', 'pod', 'fabric']);
    expect(f.paths.map((p) => p.switches)).toEqual([1, 3, 5]);
    expect(f.paths.map((p) => p.links)).toEqual([2, 4, 6]);
    // Latency = endpoint + switches × per-switch, with values chosen here (not the calibrated
    // defaults): 4 µs endpoint, 0.7 µs per switch → 4.7, 6.1 and 7.5 µs.
    const timed = closFabric(1000, b, fabric({ endpointLatency: 4e-6, switchLatency: 0.7e-6 }));
    expect(timed.paths.map((p) => p.latency * 1e6)).toEqual([
      expect.closeTo(4.7, 9),
      expect.closeTo(6.1, 9),
      expect.closeTo(7.5, 9),
    ]);
    expect(pathBetweenEndpoints(f, 0, 63).scope).toBe('leaf');
    expect(pathBetweenEndpoints(f, 0, 64).scope).toBe('pod');
    expect(pathBetweenEndpoints(f, 0, 4096).scope).toBe('fabric');
    const twoTier = closFabric(1000, b, fabric({ tiers: 2 }));
    expect(twoTier.paths.map((p) => [p.scope, p.switches])).toEqual([
      ['leaf', 1],
      ['fabric', 3],
    ]);
  });
});

describe('scaleOutFabric: Project Rainier on EFAv3', () => {
  const config = presetConfig('rainier');
  const f = scaleOutFabric(config);

  it('puts one 200 Gbps EFA NIC per chip on the fabric', () => {
    expect(f.endpoints).toBe(499_968);
    expect(f.portBandwidth).toBe(25e9);
    expect(f.injectionBandwidth).toBe(evaluate(config).scaleOutBandwidth);
    // 64 × 200 Gbps = 12.8 Tbps per UltraServer (fact sheet C15).
    expect(f.bandwidthPerUltraServer * 8).toBe(12.8e12);
  });

  it('fits three tiers of radix 128, just, and a million chips do not', () => {
    expect(f.maxEndpoints).toBe(524_288);
    expect(f.fits).toBe(true);
    expect(f.bisectionBandwidth).toBe((499_968 / 2) * 25e9);
    const million = scaleOutFabric({ ...config, ultraServers: 15_625 });
    expect(million.fits).toBe(false);
    expect(scaleOutFabric({ ...config, ultraServers: 15_625 }, { ...DEFAULT_FABRIC, radix: 256 }).fits).toBe(true);
  });

  it('places UltraServers one per leaf and 64 per pod', () => {
    expect(f.ultraServersPerLeaf).toBe(1);
    expect(f.ultraServersPerPod).toBe(64);
    expect(pathBetweenUltraServers(f, 0, 0).scope).toBe('leaf');
    expect(pathBetweenUltraServers(f, 0, 63).scope).toBe('pod');
    expect(pathBetweenUltraServers(f, 0, 64).scope).toBe('fabric');
  });

  it('sources every fabric figure', () => {
    for (const figure of Object.values(FABRIC_PROVENANCE)) {
      for (const key of figure.source) expect(SOURCES).toHaveProperty(key);
      if (figure.confidence === 'U') expect(figure.note).toMatch(/assum/i);
    }
  });
});
