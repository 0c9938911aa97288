import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewDomain } from '../../../../src/model/view/viewDomain';
import { linkTraversals, viewGraph, viewPath } from '../../../../src/model/view/viewPaths';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { torusDistance } from '../../../../src/model/topology/torusDistance';

describe('view paths', () => {
  it('are as long as the closed-form torus distance, one dimension step per hop', () => {
    const view = viewDomain(presetConfig('trn2-ultraserver'), 'ultraserver');
    const graph = viewGraph(view);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 63 }), (a, b) => {
        const hops = viewPath(view, graph, a, b);
        expect(hops.length).toBe(torusDistance(view.dims, a, b));
        for (const h of hops) expect(h.dim).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('cross two links through a switch', () => {
    const view = viewDomain(presetConfig('gb200-nvl72'), 'ultraserver');
    expect(view.chips).toBe(72);
    const hops = viewPath(view, viewGraph(view), 3, 70);
    expect(hops).toHaveLength(1);
    expect(linkTraversals(hops)).toBe(2);
  });

  it('know an instance of the UltraServer is the 4×4 plane, and which dimension joins instances', () => {
    const config = presetConfig('trn2-ultraserver');
    expect(viewDomain(config, 'instance')).toMatchObject({ dims: [4, 4], interInstanceDim: -1, chips: 16 });
    expect(viewDomain(config, 'ultraserver')).toMatchObject({ dims: [4, 4, 4], interInstanceDim: 2, chips: 64 });
  });
});
