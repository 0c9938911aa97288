import { describe, expect, it } from 'vitest';
import { switchedTopology } from '../../../src/model/topology/switched';

describe('switchedTopology', () => {
  it('reaches every chip in two link traversals through the switch', () => {
    const nvl72 = switchedTopology({ nodes: 72, linksPerChip: 18, linkBandwidth: 100e9 });
    expect(nvl72).toMatchObject({ nodes: 72, links: 1296, degree: 18, neighbors: 71, diameterHops: 2, averageHops: 2 });
  });

  it('carries half the chips at full one-way rate across the bisection', () => {
    const nvl72 = switchedTopology({ nodes: 72, linksPerChip: 18, linkBandwidth: 100e9 });
    expect(nvl72.bandwidthPerChip).toBe(1.8e12);
    expect(nvl72.bisectionBandwidth).toBe(36 * 0.9e12);
  });

  it('has nothing to cross for one chip', () => {
    expect(switchedTopology({ nodes: 1, linksPerChip: 18, linkBandwidth: 1 })).toMatchObject({
      diameterHops: 0,
      averageHops: 0,
      bisectionBandwidth: 0,
    });
  });
});
