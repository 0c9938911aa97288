import { describe, expect, it } from 'vitest';
import {
  BUNDLED_LINES,
  domainWiring,
  estimateViewGeometry,
  GEOMETRY_BUDGET,
  presetConfig,
  switchBundling,
  viewDomain,
  type ClusterConfig,
  type DomainScope,
} from '../../../../src/model/index';

const trn2 = presetConfig('trn2-ultraserver');
const switched = (perInstanceDims: number[], instances: number, switches: number): ClusterConfig => ({
  ...trn2,
  fabric: 'switched',
  instanceDims: perInstanceDims,
  instancesPerUltraServer: instances,
  switchesPerUltraServer: switches,
  linksPerChip: 72,
});
const torus = (dims: number[], instances: number): ClusterConfig => ({
  ...trn2,
  fabric: 'torus',
  instanceDims: dims,
  instancesPerUltraServer: instances,
});

describe('the geometry cost model', () => {
  it('predicts, before building, exactly the segments and chips the wiring then builds', () => {
    const cases: [string, ClusterConfig, DomainScope, boolean][] = [
      ['Trn2 instance 4×4', trn2, 'instance', false],
      ['Trn2 UltraServer 4×4×4', trn2, 'ultraserver', false],
      ['donut 8×8', torus([8, 8], 1), 'instance', true],
      ['ring of 32', torus([32], 1), 'instance', false],
      ['16×16×16', torus([16, 16, 16], 1), 'instance', false],
      ['32×32 × 64 instances', torus([32, 32], 64), 'ultraserver', false],
      ['GB200 NVL72', presetConfig('gb200-nvl72'), 'ultraserver', false],
      ['65,536 chips on 256 switches', switched([32, 32, 32], 2, 256), 'ultraserver', false],
    ];
    for (const [name, config, scope, donut] of cases) {
      const view = viewDomain(config, scope);
      const { drawn } = estimateViewGeometry(view, { donut });
      const wiring = domainWiring(view, { donut });
      expect({ name, chips: drawn.chips, drawn: drawn.drawnSegments, links: drawn.linkSegments }).toEqual({
        name,
        chips: wiring.chipCount,
        drawn: wiring.drawVertices.length / 6,
        links: wiring.linkVertices.length / 6,
      });
    }
  });

  it('bundles the 65,536-chip, 256-switch domain the issue found into 4,096 lines', () => {
    // 256 switches in trays of two: 128 switch trays. 2 compute trays × 128 = 256 tray pairs, so
    // 4,096 lines allow 4,096 / 256 = 16 groups per tray of 32,768 / 16 = 2,048 chips: 2 × 16 × 128 lines.
    const view = viewDomain(switched([32, 32, 32], 2, 256), 'ultraserver');
    expect(switchBundling(view)).toEqual({
      chipsPerLine: 2048,
      switchesPerLine: 2,
      groupsPerTray: 16,
      switchTrays: 128,
      lines: 4096,
    });
    // Drawn link by link it would be 65,536 × 256 = 16,777,216 segments.
    expect(estimateViewGeometry(view).full.drawnSegments).toBe(16_777_216);
  });

  it('draws the NVL72 link by link: 72 GPUs × 18 switches = 1,296 lines is within budget', () => {
    expect(switchBundling(viewDomain(presetConfig('gb200-nvl72'), 'ultraserver'))).toBeNull();
  });

  it('keeps every view the grammar allows within the budget: the largest domains, most switches, all scopes', () => {
    // The bounds: 65,536 chips in a domain, 1–3 instance dims of at most 32, 1–64 instances, 0–256 switches.
    const extremes: ClusterConfig[] = [
      switched([32, 32, 32], 2, 256),
      switched([16, 16, 16], 16, 255),
      switched([32, 32], 64, 256),
      switched([32, 32, 32], 1, 256),
      switched([1], 64, 256),
      switched([32, 32, 32], 2, 1),
      torus([32, 32, 32], 2),
      torus([32, 32], 64),
      torus([32, 32, 32], 1),
      torus([32], 64),
    ];
    for (const config of extremes) {
      for (const scope of ['instance', 'ultraserver'] as const) {
        const { drawn } = estimateViewGeometry(viewDomain(config, scope));
        expect(drawn.drawnSegments).toBeLessThanOrEqual(GEOMETRY_BUDGET.drawnSegments);
        expect(drawn.linkSegments).toBeLessThanOrEqual(GEOMETRY_BUDGET.linkSegments);
        expect(drawn.chips).toBeLessThanOrEqual(GEOMETRY_BUDGET.chips);
      }
    }
    // 64 trays × 128 switch trays is 8,192 tray pairs, more than BUNDLED_LINES (4,096): one group a
    // tray of 1,024 chips, so 8,192 lines, still well within the budget.
    expect(BUNDLED_LINES).toBe(4096);
    expect(switchBundling(viewDomain(switched([32, 32], 64, 256), 'ultraserver'))).toMatchObject({
      chipsPerLine: 1024,
      lines: 8192,
    });
  });
});
