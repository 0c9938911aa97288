// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { presetConfig } from '../../../src/model/presets/catalog';
import { explainMetric } from '../../../src/model/provenance/explainMetric';
import { ConfidenceBadge, ProvenanceTip } from '../../../src/ui/provenance/ProvenanceTip';

afterEach(cleanup);

const sparse = explainMetric(presetConfig('trn2-ultraserver'), 'fp8SparseFlops');
const dense = explainMetric(presetConfig('trn2-ultraserver'), 'fp8DenseFlops');

describe('ProvenanceTip', () => {
  it('is closed until hovered, then shows the formula, the sources and their confidence', () => {
    render(<ProvenanceTip explanation={dense}>83.14 PFLOP/s</ProvenanceTip>);
    const trigger = screen.getByRole('button', { name: /83\.14 PFLOP\/s/ });
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.mouseEnter(trigger.parentElement!);
    const dialog = screen.getByRole('dialog', { name: 'How Dense FP8 is computed' });
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(within(dialog).getByText('64 chips × 1,299 TFLOP/s per chip = 83.14 PFLOP/s')).toBeTruthy();
    const link = within(dialog).getAllByRole('link', { name: /AWS Neuron docs: Trainium2 architecture/ })[0]!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/awsdocs-neuron/);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(dialog.querySelector('[data-confidence="H"]')).not.toBeNull();

    fireEvent.mouseLeave(trigger.parentElement!);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens on keyboard focus, points the trigger at the formula and closes on Escape', () => {
    render(<ProvenanceTip explanation={dense}>83.14 PFLOP/s</ProvenanceTip>);
    const trigger = screen.getByRole('button');
    act(() => trigger.focus());
    const dialog = screen.getByRole('dialog');
    const formulaId = trigger.getAttribute('aria-describedby')!;
    expect(document.getElementById(formulaId)?.textContent).toContain('83.14 PFLOP/s');
    expect(trigger.getAttribute('aria-controls')).toBe(dialog.id);

    fireEvent.keyDown(trigger, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('stays open while focus moves to a source link inside it, and closes when focus leaves', () => {
    render(
      <>
        <ProvenanceTip explanation={dense}>value</ProvenanceTip>
        <button type="button">elsewhere</button>
      </>,
    );
    const trigger = screen.getByRole('button', { name: /value/ });
    act(() => trigger.focus());
    const link = within(screen.getByRole('dialog')).getAllByRole('link')[0]!;
    act(() => link.focus());
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.keyDown(link, { key: 'Escape' });
    // Focus returns to the trigger without reopening the popover.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);

    act(() => screen.getByRole('button', { name: 'elsewhere' }).focus());
    act(() => trigger.focus());
    expect(screen.getByRole('dialog')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'elsewhere' }).focus());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('marks a disputed figure on the trigger and in the popover, with its alternative (C1)', () => {
    render(
      <ProvenanceTip explanation={sparse} defaultOpen>
        164 PFLOP/s
      </ProvenanceTip>,
    );
    expect(screen.getByRole('button').textContent).toContain('(uncertain)');
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByText('disputed').length).toBeGreaterThan(0);
    expect(within(dialog).getByText('uncertain')).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: 'Other published values' }).textContent).toMatch(/C1/);
    // Non-web sources (the seed article) are named, not linked.
    expect(within(dialog).getAllByText(/seed-project-rainier\.txt/).length).toBeGreaterThan(0);
  });

  it('shows a user override as "your value" with no source', () => {
    const e = explainMetric({ ...presetConfig('trn2'), chipOverrides: { tdp: 650 } }, 'chipPowerWatts');
    render(<ProvenanceTip explanation={e} defaultOpen />);
    expect(screen.getByRole('button', { name: /How Chip power is computed/ })).toBeTruthy();
    expect(within(screen.getByRole('dialog')).getByText('your value')).toBeTruthy();
  });

  it('pins open on click and closes on a press outside', () => {
    render(
      <>
        <ProvenanceTip explanation={dense}>value</ProvenanceTip>
        <p>outside</p>
      </>,
    );
    const trigger = screen.getByRole('button', { name: /value/ });
    fireEvent.click(trigger);
    fireEvent.mouseLeave(trigger.parentElement!);
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.pointerDown(screen.getByText('outside'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('ConfidenceBadge', () => {
  it('shows a visible word for low and unconfirmed figures, the letter otherwise', () => {
    const { container } = render(
      <>
        <ConfidenceBadge confidence="H" />
        <ConfidenceBadge confidence="L" />
        <ConfidenceBadge confidence="U" disputed />
      </>,
    );
    const badges = [...container.querySelectorAll('[data-confidence]')];
    expect(badges.map((b) => b.querySelector('[aria-hidden]')?.textContent)).toEqual([
      'H',
      'L · low',
      'U · unconfirmed',
    ]);
    expect(badges[1]!.className).toContain('cs-badge--L');
    expect(screen.getByText('disputed')).toBeTruthy();
    expect(screen.getByText(/confidence low: an estimate/)).toBeTruthy();
  });
});
