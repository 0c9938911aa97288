// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/LineChart';
import { PowerBreakdownChart } from '../../../src/charts/PowerBreakdownChart';
import { ScalingChart } from '../../../src/charts/ScalingChart';
import { StackedBarChart } from '../../../src/charts/StackedBarChart';
import { presetConfig } from '../../../src/model/presets/catalog';

afterEach(cleanup);

const series = [
  {
    label: 'A',
    points: [
      { x: 10, y: 100 },
      { x: 100, y: 1000 },
      { x: 1000, y: 10000 },
    ],
  },
  {
    label: 'B',
    points: [
      { x: 10, y: 50 },
      { x: 1000, y: 5000 },
    ],
  },
];

const bodyRows = (table: HTMLElement) => within(table.querySelector('tbody')!).getAllByRole('row');

describe('LineChart', () => {
  it('labels the SVG as an image and lists the same numbers in its table alternative', () => {
    render(
      <LineChart
        series={series}
        title="Growth"
        xLabel="Chips"
        yLabel="Power (W)"
        formatX={(v) => `${v} chips`}
        formatY={(v) => `${v} W`}
      />,
    );
    const img = screen.getByRole('img');
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.getAttribute('aria-label')).toMatch(/^Growth\. Power \(W\) against Chips, log–log, for A, B/);
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Growth');
    const rows = bodyRows(table).map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['A', '10 chips', '100 W'],
      ['A', '100 chips', '1000 W'],
      ['A', '1000 chips', '10000 W'],
      ['B', '10 chips', '50 W'],
      ['B', '1000 chips', '5000 W'],
    ]);
    // One line per series, legend entries in order.
    expect(img.querySelectorAll('path.cs-line')).toHaveLength(2);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['A', 'B']);
  });

  it('keeps the table visually hidden until toggled, without removing it', () => {
    render(<LineChart series={series} title="Growth" xLabel="x" yLabel="y" />);
    const toggle = screen.getByRole('button', { name: 'Show data table' });
    const wrapper = screen.getByRole('table').parentElement!;
    expect(wrapper.className).toBe('cs-visually-hidden');
    expect(toggle.getAttribute('aria-controls')).toBe(wrapper.id);
    fireEvent.click(toggle);
    expect(wrapper.className).toBe('');
    expect(screen.getByRole('button', { name: 'Hide data table' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('reads out the nearest point of each series under the pointer', () => {
    const { container } = render(
      <LineChart series={series} title="Growth" xLabel="x" yLabel="y" formatY={(v) => `${v} W`} width={480} />,
    );
    const hit = container.querySelector('rect.cs-hit')!;
    // jsdom has no layout: a zero-width box maps client x straight to chart pixels; x=0 is the first sample.
    fireEvent.pointerMove(hit, { clientX: 0 });
    const readout = container.querySelector('.cs-chart-readout')!;
    expect(readout.textContent).toContain('A: 10 → 100 W');
    expect(readout.textContent).toContain('B: 10 → 50 W');
    fireEvent.pointerLeave(hit);
    expect(readout.textContent).toBe('');
  });

  it('draws labelled axis ticks from the scales', () => {
    const { container } = render(
      <LineChart series={series} title="t" xLabel="Chips" yLabel="W" formatXTick={(v) => `x${v}`} />,
    );
    const labels = [...container.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['x10', 'x100', 'x1000', 'Chips', 'W']));
  });
});

describe('StackedBarChart', () => {
  it('stacks parts per bar and tabulates them with totals', () => {
    const { container } = render(
      <StackedBarChart
        title="Power"
        valueLabel="W"
        parts={[
          { key: 'a', label: 'Part A' },
          { key: 'b', label: 'Part B' },
        ]}
        data={[
          { label: 'One', values: { a: 1, b: 2 } },
          { label: 'Two', values: { a: 3 } },
        ]}
        formatValue={(v) => `${v} W`}
      />,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/split into Part A, Part B/);
    expect(container.querySelectorAll('rect.cs-bar-segment')).toHaveLength(3);
    const rows = bodyRows(screen.getByRole('table')).map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['One', '1 W', '2 W', '3 W'],
      ['Two', '3 W', '0 W', '3 W'],
    ]);
    fireEvent.pointerEnter(container.querySelector('rect.cs-bar-segment')!);
    expect(container.querySelector('.cs-chart-readout')!.textContent).toBe('One · Part A: 1 W (33% of 3 W)');
  });
});

describe('composed charts', () => {
  const systems = [
    { label: 'Trn2 UltraServer', config: presetConfig('trn2-ultraserver') },
    { label: 'GB200 NVL72', config: presetConfig('gb200-nvl72') },
  ];

  it('PowerBreakdownChart tabulates watts per chip, derived by hand from the preset', () => {
    render(<PowerBreakdownChart systems={systems} />);
    const first = bodyRows(screen.getByRole('table'))[0]!;
    // Trn2 UltraServer per chip: chip 500 W; host 2,500 W ÷ 16 chips = 156.25 W; overhead 100 W;
    // IT 756.25 W × (PUE 1.14 − 1) = 105.875 W cooling; 862.125 W in all. Four significant digits.
    expect([...first.children].map((c) => c.textContent)).toEqual([
      'Trn2 UltraServer',
      '500 W',
      '156.3 W',
      '100 W',
      '105.9 W',
      '862.1 W',
    ]);
  });

  it('ScalingChart tabulates the samples and states its caveat', () => {
    render(<ScalingChart systems={systems} metric="averageHops" />);
    const rows = bodyRows(screen.getByRole('table'));
    // 4×4×4 torus: 3 rings of 4, each averaging 1 hop over all pairs, × 64/63 over distinct pairs = 3.048 hops.
    expect([...rows[0]!.children].map((c) => c.textContent)).toEqual(['Trn2 UltraServer', '64 chips', '3.05 hops']);
    expect(screen.getByText(/constant as domains are added/)).toBeTruthy();
  });
});
