import { describe, expect, it } from 'vitest';
import { presetConfig } from '../../../src/model/presets/catalog';
import {
  COMPARISON_ROWS,
  comparisonRows,
  MAX_COMPARED,
  type ComparedSystem,
} from '../../../src/ui/compare/comparisonRows';

const trn2Us: ComparedSystem = {
  label: 'Trn2 UltraServer',
  config: presetConfig('trn2-ultraserver'),
  presetId: 'trn2-ultraserver',
};
const nvl72: ComparedSystem = { label: 'GB200 NVL72', config: presetConfig('gb200-nvl72'), presetId: 'gb200-nvl72' };
const rainier: ComparedSystem = { label: 'Rainier', config: presetConfig('rainier'), presetId: 'rainier' };

const row = (c: ReturnType<typeof comparisonRows>, key: string) => c.rows.find((r) => r.def.key === key)!;

describe('comparison rows', () => {
  it("starts with the seed article's rows, in its order", () => {
    const article = COMPARISON_ROWS.filter((r) => r.group === 'As in the seed article').map((r) => r.label);
    expect(article).toEqual(['Accelerators', 'HBM', 'Memory BW', 'Interconnect BW', 'Dense FP8', 'Sparse FP8']);
  });

  it('has unique keys, usable as test ids', () => {
    const keys = COMPARISON_ROWS.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9-]+$/);
  });

  it('formats each cell with units and divides by the baseline column', () => {
    const c = comparisonRows([trn2Us, nvl72], 0);
    const dense = row(c, 'dense-fp8');
    expect(dense.cells.map((x) => x.text)).toEqual(['83.14 PFLOP/s', '360 PFLOP/s']);
    expect(dense.cells[0]!.ratio).toBeNull();
    expect(dense.cells[1]!.ratio).toBeCloseTo(360 / 83.136, 6);
    expect(dense.cells[1]!.ratioText).toBe('4.33×');
    // Totals grow with size, so only normalized rows say which is better.
    expect(dense.cells[1]!.verdict).toBeNull();
    expect(row(c, 'dense-fp8-per-chip').cells[1]!.verdict).toBe('better');
    expect(row(c, 'interconnect-bw').cells.map((x) => x.text)).toEqual(['81.92 TB/s', '129.6 TB/s']);
    expect(row(c, 'hbm').cells[0]!.text).toBe('6,144 GiB (6.597 TB)');
  });

  it('marks fewer hops as better and a different baseline flips the ratio', () => {
    const c = comparisonRows([trn2Us, nvl72], 1);
    const hops = row(c, 'average-hops');
    expect(hops.cells.map((x) => x.text)).toEqual(['3.05 hops', '2 hops']);
    expect(hops.cells[0]!.ratio).toBeCloseTo((64 * 3) / 63 / 2, 9);
    expect(hops.cells[0]!.verdict).toBe('worse');
    expect(row(c, 'diameter').cells[0]!.ratioText).toBe('3×');
  });

  it('derives per-chip, per-watt and per-domain rows from the metrics', () => {
    const c = comparisonRows([trn2Us, rainier], 0);
    const [us, cluster] = c.metrics;
    expect(row(c, 'dense-fp8-per-chip').cells.map((x) => x.value)).toEqual([1299e12, 1299e12]);
    expect(row(c, 'flops-per-watt').cells[0]!.value).toBeCloseTo(us!.fp8DenseFlops / us!.facilityPowerWatts, 0);
    expect(row(c, 'flops-per-watt').cells[0]!.text).toMatch(/TFLOP\/s per W$/);
    // A 7,812-UltraServer cluster is 7,812 identical domains.
    expect(row(c, 'power-per-domain').cells[1]!.value).toBeCloseTo(us!.facilityPowerWatts, 3);
    expect(row(c, 'dense-fp8-per-domain').cells[1]!.ratio).toBeCloseTo(1, 9);
    expect(row(c, 'dense-fp8-per-chip').cells[1]!.verdict).toBe('same');
    expect(row(c, 'domains').cells[1]!.text).toBe('7,812');
    expect(row(c, 'facility-power').cells[1]!.value).toBe(cluster!.facilityPowerWatts);
  });

  it('keeps at most four systems and clamps the baseline', () => {
    const five = [trn2Us, nvl72, rainier, trn2Us, nvl72];
    const c = comparisonRows(five, 9);
    expect(c.systems).toHaveLength(MAX_COMPARED);
    expect(c.baselineIndex).toBe(3);
    expect(comparisonRows([trn2Us, nvl72], -2).baselineIndex).toBe(0);
  });

  it('says "not published" and gives no ratio where a value is missing', () => {
    const custom = {
      key: 'fp32',
      label: 'FP32',
      group: 'Per chip' as const,
      value: (m: { fp32DenseFlops: number | null }) => m.fp32DenseFlops,
      format: String,
    };
    const c = comparisonRows([trn2Us, { label: 'TPU', config: presetConfig('tpu-v5p-pod') }], 0, [custom]);
    expect(c.rows[0]!.cells[1]).toMatchObject({ value: null, text: 'not published', ratio: null });
  });
});

describe('like-for-like bases', () => {
  it('at equal chips scales totals to the baseline’s chips, so total ratios are per-chip ratios', () => {
    // Baseline GB200 NVL72, 72 chips; the Trn2 UltraServer's 64 chips scale by 72 ÷ 64 = 1.125.
    const c = comparisonRows([trn2Us, nvl72], 1, COMPARISON_ROWS, 'chips');
    expect(c.scales).toEqual([1.125, 1]);
    expect(row(c, 'accelerators').cells.map((x) => x.text)).toEqual(['72', '72']);
    // 72 × 1,299 TFLOP/s = 93,528 TFLOP/s against 72 × 5 PFLOP/s = 360 PFLOP/s: 1,299 ÷ 5,000 = 0.2598.
    const dense = row(c, 'dense-fp8');
    expect(dense.cells[0]!.text).toBe('93.53 PFLOP/s');
    expect(dense.cells[0]!.ratioText).toBe('0.26×');
    // Per-chip rows do not move.
    expect(row(c, 'dense-fp8-per-chip').cells[0]!.text).toBe('1.299 PFLOP/s');
  });

  it('at equal IT power scales by the baseline’s IT watts', () => {
    // IT power, by hand: Trn2 UltraServer 64 × 500 W + 4 × 2,500 W + 64 × 100 W = 48,400 W;
    // NVL72 72 × 1,200 W + 18 trays × 1,866.7 W + 72 × 100 W = 127,200 W. Factor 127,200 ÷ 48,400 = 2.6281.
    const c = comparisonRows([trn2Us, nvl72], 1, COMPARISON_ROWS, 'power');
    expect(c.scales[0]).toBeCloseTo(127_200 / 48_400, 9);
    // 64 × 2.6281 = 168.2 chips (a fractional count keeps four digits); 83.136 PFLOP/s × 2.6281 = 218.5 PFLOP/s.
    expect(row(c, 'accelerators').cells[0]!.text).toBe('168.2');
    expect(row(c, 'dense-fp8').cells[0]!.text).toBe('218.5 PFLOP/s');
    expect(row(c, 'dense-fp8').cells[0]!.ratioText).toBe('0.607×');
    expect(row(c, 'it-power').cells.map((x) => x.text)).toEqual(['127.2 kW', '127.2 kW']);
  });

  it('at equal scale-up domains compares one Rainier UltraServer with one NVL72, not 499,968 chips with 72', () => {
    const c = comparisonRows([rainier, nvl72], 1, COMPARISON_ROWS, 'domains');
    expect(c.scales[0]).toBeCloseTo(1 / 7812, 15);
    expect(row(c, 'accelerators').cells[0]!.text).toBe('64');
    expect(row(c, 'domains').cells[0]!.text).toBe('1');
    // 83.136 ÷ 360 = 0.2309: a ratio a reader can quote, where as configured it is 649.5 EFLOP/s ÷ 360 PFLOP/s = 1,804×.
    expect(row(c, 'dense-fp8').cells[0]!.ratioText).toBe('0.231×');
    const asConfigured = comparisonRows([rainier, nvl72], 1);
    expect(row(asConfigured, 'dense-fp8').cells[0]!.ratioText).toBe('1,800×');
  });
});
