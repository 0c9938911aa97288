// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBinaryBytes, formatInteger, formatPercent, siFormatter } from '../../../../src/charts/chartFormat';
import { algorithmRanges, collectiveLines, collectiveSweeps } from '../../../../src/charts/data/collectiveSeries';
import { goodputSeries } from '../../../../src/charts/data/goodputSeries';
import { DEFAULT_RELIABILITY } from '../../../../src/model/goodput/reliabilityConfig';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { CollectiveChart } from '../../../../src/ui/training/CollectiveChart';
import { GoodputChart } from '../../../../src/ui/training/GoodputChart';

afterEach(cleanup);

const systems = [
  { label: 'Rainier', config: presetConfig('rainier') },
  { label: 'GB200 NVL72', config: presetConfig('gb200-nvl72') },
];
const cells = (row: HTMLElement) => [...row.children].map((c) => c.textContent);
const bodyRows = (table: HTMLElement) => within(table.querySelector('tbody')!).getAllByRole('row');

describe('GoodputChart', () => {
  it('tabulates the sweep’s numbers: chips and goodput of every point of every system', () => {
    render(<GoodputChart systems={systems} parameters={70e9} />);
    const figure = screen.getByTestId('goodput-chart');
    const expected = goodputSeries(systems, 70e9, DEFAULT_RELIABILITY).flatMap((s) =>
      s.points.map((p) => [s.label, `${formatInteger(p.chips)} chips`, formatPercent(p.goodput)]),
    );
    expect(bodyRows(within(figure).getByRole('table')).map(cells)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(20);
    expect(within(figure).getByRole('img').getAttribute('aria-label')).toMatch(
      /^Goodput as the cluster grows\. Goodput \(% of wall-clock time\) against Chips in the cluster, log x, linear y, for Rainier, GB200 NVL72/,
    );
  });

  it('recomputes when the reliability changes, and cites its method', () => {
    const { rerender } = render(<GoodputChart systems={systems.slice(0, 1)} maxChips={1000} />);
    const last = () => cells(bodyRows(screen.getByRole('table')).at(-1)!);
    const before = last();
    rerender(
      <GoodputChart
        systems={systems.slice(0, 1)}
        maxChips={1000}
        reliability={{ ...DEFAULT_RELIABILITY, restartSeconds: 6 * 3600 }}
      />,
    );
    expect(last()[1]).toBe(before[1]);
    expect(last()[2]).not.toBe(before[2]);
    expect(screen.getByRole('link', { name: /Daly, A higher order estimate/ })).toBeTruthy();
  });
});

describe('CollectiveChart', () => {
  it('draws time and bus bandwidth against message size, with the sweep’s numbers in the tables', () => {
    render(<CollectiveChart systems={systems} />);
    const sweeps = collectiveSweeps(systems, 'all-reduce');
    const time = screen.getByTestId('collective-time-chart');
    const busbw = screen.getByTestId('collective-busbw-chart');
    expect(
      within(time).getByText('All-reduce time against message size', { selector: '.cs-chart-title' }),
    ).toBeTruthy();
    const timeRows = bodyRows(within(time).getByRole('table')).map(cells);
    expect(timeRows).toHaveLength(2 * 23);
    const line = collectiveLines(sweeps, 'cluster', 'seconds')[0]!;
    expect(timeRows[0]).toEqual(['Rainier', '1 KiB', siFormatter('s')(line.points[0]!.y)]);
    expect(timeRows[22]![1]).toBe('4 GiB');
    const bw = collectiveLines(sweeps, 'cluster', 'busBandwidth')[1]!;
    expect(bodyRows(within(busbw).getByRole('table')).map(cells)[23]).toEqual([
      'GB200 NVL72',
      '1 KiB',
      siFormatter('B/s')(bw.points[0]!.y),
    ]);
    expect(within(busbw).getByRole('img').getAttribute('aria-label')).toContain('log–log');
  });

  it('names the algorithm the policy picks at each size', () => {
    render(<CollectiveChart systems={systems} />);
    const table = screen.getByTestId('collective-algorithms');
    const [rainier] = bodyRows(table).map(cells);
    expect(rainier).toEqual([
      'Rainier',
      'Neuron size ranges',
      'Mesh (direct): 1 KiB–512 KiB; Recursive halving-doubling (RDH): 1 MiB–32 MiB; KangaRing (bidirectional ring): 64 MiB–4 GiB',
    ]);
  });

  it('switches the collective and the scope from its selects', () => {
    render(<CollectiveChart systems={systems} />);
    fireEvent.change(screen.getByTestId('collective-chart-op'), { target: { value: 'all-gather' } });
    fireEvent.change(screen.getByTestId('collective-chart-scope'), { target: { value: 'scale-up' } });
    const time = screen.getByTestId('collective-time-chart');
    expect(
      within(time).getByText('All-gather time against message size', { selector: '.cs-chart-title' }),
    ).toBeTruthy();
    const sweeps = collectiveSweeps(systems, 'all-gather');
    const expected = collectiveLines(sweeps, 'scale-up', 'seconds')[1]!.points.at(-1)!;
    expect(bodyRows(within(time).getByRole('table')).map(cells).at(-1)).toEqual([
      'GB200 NVL72',
      formatBinaryBytes(expected.x),
      siFormatter('s')(expected.y),
    ]);
    const ranges = algorithmRanges(sweeps[1]!.sweep.bytes, sweeps[1]!.sweep.chosenAlgorithm);
    expect(bodyRows(screen.getByTestId('collective-algorithms')).map(cells)[1]![2]).toContain(ranges[0]!.label);
  });
});
