// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetConfig } from '../../../src/model/presets/catalog';
import { ComparisonTable } from '../../../src/ui/compare/ComparisonTable';
import type { ComparedSystem } from '../../../src/ui/compare/comparisonRows';

afterEach(cleanup);

const systems: ComparedSystem[] = [
  { label: 'Trn2 UltraServer', config: presetConfig('trn2-ultraserver'), presetId: 'trn2-ultraserver' },
  { label: 'GB200 NVL72', config: presetConfig('gb200-nvl72'), presetId: 'gb200-nvl72' },
];

const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((td) => td.textContent ?? '');

describe('ComparisonTable', () => {
  it("shows the seed article's rows for Trn2 UltraServer vs GB200 NVL72, with units and ratios", () => {
    render(<ComparisonTable systems={systems} baselineIndex={0} />);
    const table = screen.getByTestId('compare-table');
    expect(
      within(table.querySelector('thead')!)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Figure', 'Trn2 UltraServerbaseline', 'GB200 NVL72']);
    for (const key of ['accelerators', 'hbm', 'memory-bw', 'interconnect-bw', 'dense-fp8', 'sparse-fp8']) {
      expect(screen.getByTestId(`compare-row-${key}`)).toBeTruthy();
    }
    const dense = cellTexts(screen.getByTestId('compare-row-dense-fp8'));
    expect(dense[0]).toMatch(/^83\.14 PFLOP\/s/);
    expect(dense[1]).toMatch(/^360 PFLOP\/s/);
    expect(dense[1]).toMatch(/4\.33×/);
    expect(cellTexts(screen.getByTestId('compare-row-interconnect-bw'))[0]).toMatch(/^81\.92 TB\/s/);
    expect(cellTexts(screen.getByTestId('compare-row-average-hops'))).toEqual([
      expect.stringMatching(/^3\.05 hops/),
      expect.stringMatching(/^2 hops.*0\.656×/),
    ]);
    expect(screen.getByTestId('compare-row-flops-per-watt')).toBeTruthy();
    expect(screen.getByTestId('compare-row-bisection')).toBeTruthy();
  });

  it('flags the article’s 68 TB/s interconnect and 332.8 PF sparse FP8 with their explanations', () => {
    render(<ComparisonTable systems={systems} />);
    const flags = screen.getAllByTestId('compare-flag');
    const flaggedRows = flags.map((td) => td.closest('tr')!);
    const printed = flaggedRows.map((tr) => within(tr).getAllByRole('cell')[0]!.textContent);
    expect(printed).toContain('68TB/s');
    expect(printed).toContain('332.8 petaFLOPS');
    // No GB200 NVL72 figure is off by more than 2%.
    expect(printed.every((p) => !['130TB/s', '720 petaFLOPS', '360 petaFLOPS'].includes(p ?? ''))).toBe(true);

    const interconnect = flaggedRows[printed.indexOf('68TB/s')]!;
    expect(interconnect.textContent).toMatch(/81\.92 TB\/s/);
    expect(interconnect.textContent).toMatch(/unexplained · C3/);
    const sparse = flaggedRows[printed.indexOf('332.8 petaFLOPS')]!;
    expect(sparse.textContent).toMatch(/164 PFLOP\/s/);
    expect(sparse.textContent).toMatch(/explained · C1/);
    expect(sparse.textContent).toMatch(/−51%/);
  });

  it('explains a cell on focus: the formula and its disputed input', () => {
    render(<ComparisonTable systems={systems} />);
    const row = screen.getByTestId('compare-row-sparse-fp8');
    const trigger = within(row).getAllByRole('button')[0]!;
    expect(trigger.textContent).toMatch(/uncertain/);
    act(() => trigger.focus());
    const dialog = screen.getByRole('dialog', { name: 'How Sparse FP8 is computed' });
    expect(dialog.textContent).toContain('64 chips × 2.563 PFLOP/s per chip = 164 PFLOP/s');
    expect(within(dialog).getAllByText('disputed').length).toBeGreaterThan(0);
    fireEvent.keyDown(trigger, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers the other columns as baseline and reports the choice', () => {
    const onBaselineChange = vi.fn();
    render(
      <ComparisonTable systems={systems} baselineIndex={1} onBaselineChange={onBaselineChange} showPublished={false} />,
    );
    expect(screen.queryByTestId('compare-published')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Use as baseline' }));
    expect(onBaselineChange).toHaveBeenCalledWith(0);
    expect(cellTexts(screen.getByTestId('compare-row-dense-fp8'))[0]).toMatch(/0\.231×/);
  });

  it('renders plain values without provenance when asked, and no published section for custom systems', () => {
    render(
      <ComparisonTable
        showProvenance={false}
        systems={[
          { label: 'A', config: presetConfig('trn2') },
          { label: 'B', config: { ...presetConfig('trn2'), ultraServers: 2 } },
        ]}
      />,
    );
    expect(within(screen.getByTestId('compare-table')).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByTestId('compare-published')).toBeNull();
    expect(cellTexts(screen.getByTestId('compare-row-accelerators'))).toEqual(['16', expect.stringMatching(/^32.*2×/)]);
  });
});
