import { describe, expect, it } from 'vitest';
import { CHIPS, CHIP_IDS } from '../../../src/model/chips/catalog';
import type { Figure } from '../../../src/model/figure';
import { PRESETS } from '../../../src/model/presets/catalog';
import { SOURCES } from '../../../src/model/sources';
import { GiB } from '../../../src/model/units';

function figuresOf(record: object): Figure[] {
  return Object.values(record).filter((v): v is Figure => typeof v === 'object' && v !== null && 'confidence' in v);
}

describe('chip catalog', () => {
  it('has Trainium2, Trainium3, B200, GB200 and TPU v5p', () => {
    expect(CHIP_IDS).toEqual(expect.arrayContaining(['trainium2', 'trainium3', 'b200', 'gb200', 'tpu-v5p']));
  });

  it('gives every figure a unit, known sources and a confidence', () => {
    const all = [
      ...CHIP_IDS.flatMap((id) => figuresOf(CHIPS[id])),
      ...Object.values(PRESETS).flatMap((p) => [...figuresOf(p.provenance), ...p.published.map((f) => f.figure)]),
    ];
    expect(all.length).toBeGreaterThan(80);
    for (const f of all) {
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.unit).toBeTruthy();
      expect(f.source.length).toBeGreaterThan(0);
      for (const key of [...f.source, ...(f.alternatives ?? []).flatMap((a) => a.source)])
        expect(SOURCES).toHaveProperty(key);
      expect(['H', 'M', 'L', 'D', 'U']).toContain(f.confidence);
    }
  });

  it('keeps the disputed values beside the vendor default', () => {
    const t2 = CHIPS.trainium2;
    expect(t2.fp8Sparse.value).toBe(2563e12);
    expect(t2.fp8Sparse.alternatives?.[0]?.value).toBe(4 * 1299e12);
    expect(t2.hbmBandwidth.value).toBe(2.9e12);
    expect(t2.hbmBandwidth.alternatives?.map((a) => a.value)).toContain(3.0e12);
    expect(t2.hbmCapacity.value).toBe(96 * GiB);
    expect(CHIPS.b200.hbmCapacity.alternatives?.[0]?.value).toBe(192e9);
    expect(CHIPS.trainium3.scaleUpBandwidth.alternatives?.length).toBe(2);
    expect(CHIPS['tpu-v5p'].scaleUpBandwidth.alternatives?.length).toBe(1);
  });

  it('marks estimates and assumptions as such', () => {
    expect(CHIPS.trainium2.tdp.confidence).toBe('L');
    expect(CHIPS['tpu-v5p'].tdp.confidence).toBe('U');
  });
});
