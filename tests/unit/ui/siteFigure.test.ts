import { describe, expect, it } from 'vitest';
import { FABRIC_PROVENANCE } from '../../../src/model/fabric/fabricConfig';
import { INDIANA_SITE_PROVENANCE } from '../../../src/model/site/indianaSite';
import { explainSiteFigure } from '../../../src/ui/SiteFigure';

describe('site and fabric figures explain themselves', () => {
  it('keeps the 16-building plan of 2024 beside the 30 buildings reported in 2025 (fact sheet C10)', () => {
    const e = explainSiteFigure('Buildings on the site', 30, 'count', INDIANA_SITE_PROVENANCE.buildings);
    expect(e.inputs[0]!.figure!.source).toEqual(['Reg-2025-07', 'CNBC']);
    expect(e.inputs[0]!.figure!.alternatives!.map((a) => a.value)).toEqual([16]);
    expect(e.doubtful).toBe(true);
  });

  it('says the 2.2 GW comes from the press, medium confidence', () => {
    const e = explainSiteFigure('Site power limit', 2.2e9, 'W', INDIANA_SITE_PROVENANCE.sitePowerLimitWatts);
    expect(e.inputs[0]!.figure!.confidence).toBe('M');
    expect(e.inputs[0]!.figure!.note).toMatch(/press/);
    expect(e.formula).toContain('2.2 GW');
  });

  it('marks a value the user changed and names the default it replaced', () => {
    const e = explainSiteFigure('Switch radix (ports)', 64, 'count', FABRIC_PROVENANCE.radix, 128);
    expect(e.formula).toBe('Your value: 64; the sourced default is 128');
    expect(e.inputs[0]!.value).toBe(128);
    expect(e.doubtful).toBe(false);
  });

  it('flags a latency built on assumed switch hops as doubtful', () => {
    // 12.5 µs at the ends + 5 × 0.5 µs = 15 µs, AWS's measured figure read as a 3-tier path.
    const e = explainSiteFigure('Latency', 15e-6, 's', undefined, undefined, {
      formula: '12.5 µs + 5 × 0.50 µs = 15.0 µs',
      inputs: [
        { label: 'Endpoint', value: 12.5e-6, unit: 's', figure: FABRIC_PROVENANCE.endpointLatency!, overridden: false },
        { label: 'Per switch', value: 0.5e-6, unit: 's', figure: FABRIC_PROVENANCE.switchLatency!, overridden: false },
      ],
    });
    expect(e.inputs.map((i) => i.figure!.confidence)).toEqual(['D', 'U']);
    expect(e.doubtful).toBe(true);
  });
});
