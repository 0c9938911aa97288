// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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
  it('tabulates chips and goodput at every sampled size of every system', () => {
    render(<GoodputChart systems={systems} parameters={70e9} />);
    const figure = screen.getByTestId('goodput-chart');
    const rows = bodyRows(within(figure).getByRole('table')).map(cells);
    // Rainier: 1, 2, 4 … 8,192 domains of 64 chips (1,000,000 ÷ 64 = 15,625 fit) plus its own 7,812.
    // NVL72: 1 … 8,192 racks of 72 chips (13,888 fit); its configured single rack is the first.
    const rainier = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 7812, 8192].map((d) => d * 64);
    const nvl72 = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192].map((d) => d * 72);
    const chipsText = (n: number) => `${n.toLocaleString('en-US')} chips`;
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ...rainier.map((n) => ['Rainier', chipsText(n)]),
      ...nvl72.map((n) => ['GB200 NVL72', chipsText(n)]),
    ]);
    // Goodput is a percentage with at most three significant digits, falling as the cluster grows.
    const goodput = rows.map((r) => r[2]!);
    for (const g of goodput) expect(g).toMatch(/^\d{1,3}(\.\d{1,2})?%$/);
    expect(Number.parseFloat(goodput[0]!)).toBeGreaterThan(Number.parseFloat(goodput[rainier.length - 1]!));
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
    const time = screen.getByTestId('collective-time-chart');
    const busbw = screen.getByTestId('collective-busbw-chart');
    expect(
      within(time).getByText('All-reduce time against message size', { selector: '.cs-chart-title' }),
    ).toBeTruthy();
    const timeRows = bodyRows(within(time).getByRole('table')).map(cells);
    expect(timeRows).toHaveLength(2 * 23);
    // Sizes 2¹⁰ … 2³² B, printed in binary units: 1 KiB, 2 KiB … 512 KiB, 1 MiB … 4 GiB.
    const sizes = ['KiB', 'MiB', 'GiB'].flatMap((unit) =>
      [1, 2, 4, 8, 16, 32, 64, 128, 256, 512].map((n) => `${n} ${unit}`),
    );
    expect(timeRows.slice(0, 23).map((r) => r[1])).toEqual(sizes.slice(0, 23));
    expect(timeRows.slice(0, 23).every((r) => r[0] === 'Rainier')).toBe(true);
    // Times carry an SI prefix of seconds, bus bandwidths of B/s, four significant digits at most.
    for (const r of timeRows) expect(r[2]).toMatch(/^\d{1,3}(\.\d{1,3})? (n|µ|m|)s$/);
    const bwRow = bodyRows(within(busbw).getByRole('table')).map(cells)[23]!;
    expect(bwRow.slice(0, 2)).toEqual(['GB200 NVL72', '1 KiB']);
    expect(bwRow[2]).toMatch(/^\d{1,3}(\.\d{1,3})? [kMGT]?B\/s$/);
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
    const last = bodyRows(within(time).getByRole('table')).map(cells).at(-1)!;
    expect(last.slice(0, 2)).toEqual(['GB200 NVL72', '4 GiB']);
    expect(last[2]).toMatch(/^\d{1,3}(\.\d{1,3})? (µ|m|)s$/);
    // The NVL72's row names an algorithm and the sizes it covers, from 1 KiB.
    expect(bodyRows(screen.getByTestId('collective-algorithms')).map(cells)[1]![2]).toMatch(/^[A-Z][^:]+: 1 KiB/);
  });
});
