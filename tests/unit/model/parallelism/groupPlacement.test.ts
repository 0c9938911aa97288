import { describe, expect, it } from 'vitest';
import { allReduceSeconds, allToAllSeconds } from '../../../../src/model/parallelism/groupCollectives';
import { placeGroup } from '../../../../src/model/parallelism/groupPlacement';
import type { WiringDimension } from '../../../../src/model/parallelism/trainingMachine';

// A Trn2-like UltraServer: X and Y rings of 4 (links of 1 GB/s one way), a ring of 4 instances
// (links of 0.5 GB/s one way), and 8 UltraServers on a 0.1 GB/s-per-chip network.
const ring = (name: string, size: number, link: number): WiringDimension => ({
  name,
  kind: 'ring',
  size,
  linkBandwidth: link,
  chipBandwidth: 2 * link,
  latency: 0,
});
const dims: WiringDimension[] = [
  ring('X', 4, 1e9),
  ring('Y', 4, 1e9),
  ring('Z', 4, 0.5e9),
  { name: 'net', kind: 'network', size: 8, linkBandwidth: 0.1e9, chipBandwidth: 0.1e9, latency: 0 },
];

const summary = (inner: number, size: number) => {
  const placed = placeGroup(dims, inner, size);
  if (!placed.ok) return placed.reason;
  return placed.spans.map((s) => [s.dimension.name, s.extent, s.stride, s.bandwidth]);
};

describe('placing a group on the wiring', () => {
  it('a group of 4 innermost closes the X ring: two links each way', () => {
    expect(summary(1, 4)).toEqual([['X', 4, 1, 2e9]]);
  });
  it('a group of 8 takes X whole and half of Y, which is a line: one link each way', () => {
    expect(summary(1, 8)).toEqual([
      ['X', 4, 1, 2e9],
      ['Y', 2, 1, 1e9],
    ]);
  });
  it('a group after 8 inner chips strides 2 in Y (closing it, links shared by 2 groups), then a line in Z', () => {
    // Y members 0 and 2: extent 2 × stride 2 = 4 closes the ring; 2 links ÷ stride 2 = 1 GB/s.
    expect(summary(8, 4)).toEqual([
      ['Y', 2, 2, 1e9],
      ['Z', 2, 1, 0.5e9],
    ]);
  });
  it('a group past the UltraServer lands on the network', () => {
    expect(summary(64, 8)).toEqual([['net', 8, 1, 0.1e9]]);
  });
  it('a group that does not divide a dimension is refused with a reason', () => {
    expect(summary(1, 3)).toMatch(/does not divide the X of 4/);
  });
  it('a group larger than the machine is refused', () => {
    expect(summary(64, 16)).toMatch(/1024 chips are needed but the machine has 512/);
  });
});

describe('collectives on a placed group', () => {
  const group = (inner: number, size: number) => {
    const placed = placeGroup(dims, inner, size);
    if (!placed.ok) throw new Error(placed.reason);
    return placed.spans;
  };
  it('all-reduce of 1 GB on the X ring: 2·(3/4)·1 GB / 2 GB/s = 0.75 s', () => {
    expect(allReduceSeconds(group(1, 4), 1e9)).toBeCloseTo(0.75, 12);
  });
  it('all-reduce over X then half of Y: 0.75 s on X, then 2·(1/2)·(1 GB/4)/1 GB/s = 0.25 s on Y', () => {
    expect(allReduceSeconds(group(1, 8), 1e9)).toBeCloseTo(1.0, 12);
  });
  it('all-to-all of 1 GB on the X ring is bisection bound: 4·1 GB/4 over a 2-link cut of 2 GB/s = 0.5 s', () => {
    // The member's own links alone would take (3/4)·1 GB / 2 GB/s = 0.375 s.
    expect(allToAllSeconds(group(1, 4), 1e9)).toBeCloseTo(0.5, 12);
  });
  it('all-to-all of 1 GB over 8 UltraServers on the network: (7/8)·1 GB / 0.1 GB/s = 8.75 s', () => {
    expect(allToAllSeconds(group(64, 8), 1e9)).toBeCloseTo(8.75, 12);
  });
});
