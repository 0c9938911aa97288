import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/charts/data/axisTicks';
import { chartDomain } from '../../../src/charts/data/chartDomain';

describe('axisTicks', () => {
  it('labels only powers of ten on a log axis spanning decades, keeping the rest as minor ticks', () => {
    const scale = scaleLog().domain([10, 1e5]).range([0, 400]);
    const ticks = axisTicks(scale, 'log', String, 6);
    expect(ticks.filter((t) => t.label !== null).map((t) => t.value)).toEqual([10, 100, 1000, 10000, 100000]);
    expect(ticks.some((t) => t.label === null)).toBe(true);
    expect(ticks[0]!.offset).toBe(0);
    expect(ticks.at(-1)!.offset).toBeCloseTo(400, 9);
  });

  it('thins decade labels past the maximum', () => {
    const scale = scaleLog().domain([1, 1e12]).range([0, 400]);
    const labels = axisTicks(scale, 'log', String, 4).filter((t) => t.label !== null);
    expect(labels.length).toBeLessThanOrEqual(4);
    expect(labels[0]!.value).toBe(1);
  });

  it('labels every tick of a linear axis', () => {
    const scale = scaleLinear().domain([0, 100]).range([0, 200]);
    const ticks = axisTicks(scale, 'linear', (v) => `${v} W`, 5);
    expect(ticks.every((t) => t.label === `${t.value} W`)).toBe(true);
  });
});

describe('chartDomain', () => {
  it('spans the values, starting linear axes at zero', () => {
    expect(chartDomain([3, 8, 5], 'linear')).toEqual([0, 8]);
    expect(chartDomain([3, 8, 5], 'log')).toEqual([3, 8]);
  });

  it('widens a constant series so its line is not drawn on the frame', () => {
    const [lo, hi] = chartDomain([100, 100], 'log');
    expect(lo).toBeCloseTo(100 / Math.sqrt(10), 9);
    expect(hi).toBeCloseTo(100 * Math.sqrt(10), 9);
    expect(chartDomain([2, 2], 'linear')).toEqual([1.8, 2.2]);
  });

  it('ignores values a log axis cannot place', () => {
    expect(chartDomain([0, -1, 10, 1000], 'log')).toEqual([10, 1000]);
    expect(chartDomain([], 'log')).toEqual([1, 10]);
  });
});
