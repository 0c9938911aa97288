// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimateTraining } from '../../../../src/model/training/estimateTraining';
import { DEFAULT_RELIABILITY, type ReliabilityConfig } from '../../../../src/model/goodput/reliabilityConfig';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { DEFAULT_TRAINING, type TrainingConfig } from '../../../../src/model/training/trainingConfig';
import { formatDays, formatDuration, formatUsd } from '../../../../src/format/numbers';
import { TrainingPanel } from '../../../../src/ui/training/TrainingPanel';

afterEach(cleanup);

const config = presetConfig('rainier');
const YEAR = 365.25 * 86_400;

/** The panel inside a parent that keeps its state, as the store will. */
function Harness({
  onTraining,
  onReliability,
}: {
  onTraining?: (t: TrainingConfig) => void;
  onReliability?: (r: ReliabilityConfig) => void;
}) {
  const [training, setTraining] = useState(DEFAULT_TRAINING);
  const [reliability, setReliability] = useState(DEFAULT_RELIABILITY);
  return (
    <>
      <TrainingPanel
        config={config}
        training={training}
        reliability={reliability}
        onTrainingChange={(t) => {
          onTraining?.(t);
          setTraining(t);
          return [];
        }}
        onReliabilityChange={(r) => {
          onReliability?.(r);
          setReliability(r);
          return [];
        }}
      />
      <button type="button" onClick={() => setTraining({ ...DEFAULT_TRAINING, mfu: 0.3 })}>
        outside edit
      </button>
    </>
  );
}

const raw = (testId: string) => Number(screen.getByTestId(testId).dataset.value);
const fieldOf = (input: HTMLElement) => input.closest('.number-field') as HTMLElement;

describe('TrainingPanel', () => {
  it('shows the model’s estimate with units: days, goodput, MTBF, energy and cost', () => {
    render(<Harness />);
    const estimate = estimateTraining(config, DEFAULT_TRAINING, DEFAULT_RELIABILITY);
    expect(screen.getByTestId('train-days').textContent).toBe(formatDays(estimate.ideal.days));
    expect(raw('train-days')).toBeCloseTo(estimate.ideal.days, 9);
    expect(raw('train-days-goodput')).toBeCloseTo(estimate.withFailures.days, 9);
    expect(raw('goodput-fraction')).toBeCloseTo(estimate.goodput.goodput, 12);
    expect(screen.getByTestId('goodput-fraction').textContent).toMatch(/^\d+(\.\d+)?%$/);
    expect(screen.getByTestId('cluster-mtbf').textContent).toBe(formatDuration(estimate.goodput.mtbfSeconds));
    expect(screen.getByTestId('train-energy').textContent).toMatch(/ MWh$/);
    expect(raw('train-energy')).toBeCloseTo(estimate.withFailures.energyMegawattHours, 6);
    expect(screen.getByTestId('train-cost').textContent).toBe(formatUsd(estimate.withFailures.electricityCost));
    // Failures cost time: the realistic run is longer than the ideal one.
    expect(raw('train-days-goodput')).toBeGreaterThan(raw('train-days'));
  });

  it('shows each formula with its numbers', () => {
    render(<Harness />);
    expect(
      screen.getByText('C = k·N·D = 6 × 405 billion parameters × 15.6 trillion tokens = 3.791 × 10²⁵ FLOP'),
    ).toBeTruthy();
    const days = screen.getByTestId('train-days').closest('.training-result')!;
    expect(days.querySelector('.training-formula')!.textContent).toMatch(
      /^T = C ÷ \(peak × MFU\) = 3\.791 × 10²⁵ FLOP ÷ \(.+FLOP\/s × 40%\) = .+ days$/,
    );
    const mtbf = screen.getByTestId('cluster-mtbf').closest('.training-result')!;
    const mtbfFormula = mtbf.querySelector('.training-formula')!.textContent;
    expect(mtbfFormula).toContain(
      'M = 1 ÷ Σ(count ÷ MTBF) = 1 ÷ (499,968 chips ÷ 9.04 years + 31,248 hosts ÷ 6.58 years',
    );
    expect(mtbfFormula).toContain(
      '+ 1,499,904 scale-up links ÷ 1,140 years) = 6.33 min, about 227 job-stopping failures a day',
    );
  });

  it('halving MFU from 40% to 20% doubles the ideal days', () => {
    const onTraining = vi.fn();
    render(<Harness onTraining={onTraining} />);
    const before = raw('train-days');
    const mfu = screen.getByTestId('train-mfu') as HTMLInputElement;
    expect(mfu.value).toBe('40');
    fireEvent.change(mfu, { target: { value: '20' } });
    expect(onTraining).toHaveBeenCalledTimes(1);
    expect(onTraining.mock.calls[0]![0]).toEqual({ ...DEFAULT_TRAINING, mfu: 0.2 });
    expect(raw('train-days') / before).toBeCloseTo(2, 12);
    expect(mfu.value).toBe('20');
  });

  it.each(['-5', 'abc', '', '1000', 'NaN'])(
    'refuses %j in MFU at the field, shows the allowed range and keeps MFU at 40 percent',
    (text) => {
      const onTraining = vi.fn();
      render(<Harness onTraining={onTraining} />);
      const before = screen.getByTestId('train-days').textContent;
      const mfu = screen.getByTestId('train-mfu') as HTMLInputElement;
      fireEvent.change(mfu, { target: { value: text } });
      expect(onTraining).not.toHaveBeenCalled();
      expect(mfu.value).toBe(text);
      expect(mfu.getAttribute('aria-invalid')).toBe('true');
      const alert = within(fieldOf(mfu)).getByRole('alert');
      // settingsSpec.ts bounds MFU to 0.001–1 (the bound links use too): 0.1 to 100 %.
      expect(alert.textContent).toContain('allowed 0.1 to 100 %.');
      expect(alert.textContent).toContain('Still using 40 %.');
      expect(mfu.getAttribute('aria-describedby')).toContain(alert.id);
      expect(screen.getByTestId('train-days').textContent).toBe(before);
    },
  );

  it('recovers from a refused value: a valid one commits, Escape restores the value in force', () => {
    const onTraining = vi.fn();
    render(<Harness onTraining={onTraining} />);
    const mfu = screen.getByTestId('train-mfu') as HTMLInputElement;
    fireEvent.change(mfu, { target: { value: '-5' } });
    fireEvent.keyDown(mfu, { key: 'Escape' });
    expect(mfu.value).toBe('40');
    expect(within(fieldOf(mfu)).queryByRole('alert')).toBeNull();
    fireEvent.change(mfu, { target: { value: 'abc' } });
    fireEvent.change(mfu, { target: { value: '50' } });
    expect(onTraining).toHaveBeenCalledTimes(1);
    expect(onTraining.mock.calls[0]![0].mfu).toBeCloseTo(0.5, 12);
    expect(mfu.getAttribute('aria-invalid')).toBe('false');
  });

  it('follows a value changed from outside (a preset, a shared link)', () => {
    render(<Harness />);
    const mfu = screen.getByTestId('train-mfu') as HTMLInputElement;
    fireEvent.change(mfu, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'outside edit' }));
    expect(mfu.value).toBe('30');
    expect(mfu.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows a value set from outside as it is, and judges only what the user types', () => {
    render(
      <TrainingPanel
        config={config}
        training={{ ...DEFAULT_TRAINING, mfu: 0.005 }}
        reliability={DEFAULT_RELIABILITY}
        onTrainingChange={() => []}
        onReliabilityChange={() => []}
      />,
    );
    const mfu = screen.getByTestId('train-mfu') as HTMLInputElement;
    expect(mfu.value).toBe('0.5');
    expect(mfu.getAttribute('aria-invalid')).toBe('false');
    // 0.05 % is below the 0.1 % floor.
    fireEvent.change(mfu, { target: { value: '0.05' } });
    expect(within(fieldOf(mfu)).getByRole('alert').textContent).toContain('Still using 0.5 %.');
  });

  it('shows at the field why the store refused an edit, and keeps the value in force', () => {
    render(
      <TrainingPanel
        config={config}
        training={DEFAULT_TRAINING}
        reliability={DEFAULT_RELIABILITY}
        onTrainingChange={() => ['MFU must be from 0.001 to 1.']}
        onReliabilityChange={() => []}
      />,
    );
    const mfu = screen.getByTestId('train-mfu') as HTMLInputElement;
    fireEvent.change(mfu, { target: { value: '30' } });
    expect(within(fieldOf(mfu)).getByRole('alert').textContent).toBe('MFU must be from 0.001 to 1.');
    fireEvent.keyDown(mfu, { key: 'Escape' });
    expect(mfu.value).toBe('40');
  });

  it('converts units on the way out: billions of parameters, years of MTBF, minutes of restart', () => {
    const onTraining = vi.fn();
    const onReliability = vi.fn();
    render(<Harness onTraining={onTraining} onReliability={onReliability} />);
    const mtbfBefore = raw('cluster-mtbf');
    const goodputBefore = raw('goodput-fraction');
    fireEvent.change(screen.getByLabelText(/^Parameters N/), { target: { value: '70' } });
    expect(onTraining.mock.calls.at(-1)![0].parameters).toBe(70e9);
    fireEvent.change(screen.getByLabelText(/^Accelerator MTBF/), { target: { value: '1' } });
    expect(onReliability.mock.calls.at(-1)![0]).toEqual({ ...DEFAULT_RELIABILITY, chipMtbf: YEAR });
    expect(raw('cluster-mtbf')).toBeLessThan(mtbfBefore);
    expect(raw('goodput-fraction')).toBeLessThan(goodputBefore);
    fireEvent.change(screen.getByLabelText(/^Restart time/), { target: { value: '2' } });
    expect(onReliability.mock.calls.at(-1)![0].restartSeconds).toBe(120);
    fireEvent.change(screen.getByLabelText(/^Restart time/), { target: { value: '-1' } });
    expect(onReliability).toHaveBeenCalledTimes(2);
  });

  it('switches the peak with the precision', () => {
    const onTraining = vi.fn();
    render(<Harness onTraining={onTraining} />);
    const bf16 = raw('train-peak');
    fireEvent.change(screen.getByTestId('train-precision'), { target: { value: 'fp8' } });
    expect(onTraining.mock.calls[0]![0].precision).toBe('fp8');
    expect(raw('train-peak')).toBeGreaterThan(bf16);
    expect(screen.getByText('Dense FP8 peak of the cluster')).toBeTruthy();
  });

  it('marks sourced defaults with their confidence, and edits as "your value"', () => {
    render(<Harness />);
    const mfu = screen.getByTestId('train-mfu');
    expect(fieldOf(mfu).querySelector('[data-confidence="M"]')).not.toBeNull();
    fireEvent.change(mfu, { target: { value: '25' } });
    expect(within(fieldOf(mfu)).getByText('your value')).toBeTruthy();
    // Restart time is our assumption: unconfirmed, and shown as such.
    const restart = screen.getByLabelText(/^Restart time/);
    expect(fieldOf(restart).querySelector('[data-confidence="U"]')).not.toBeNull();
  });

  it('opens a result’s provenance: formula and the sources of its inputs', () => {
    render(<Harness />);
    const trigger = screen.getByTestId('goodput-fraction').closest('button')!;
    act(() => trigger.focus());
    const dialog = screen.getByRole('dialog', { name: 'How Goodput (useful-work fraction) is computed' });
    expect(within(dialog).getAllByRole('link', { name: /Daly, A higher order estimate/ }).length).toBeGreaterThan(0);
    expect(within(dialog).getByText(/Restart time R/)).toBeTruthy();
    // Rests on assumed (unconfirmed) checkpoint and restart figures, so it is flagged.
    expect(trigger.querySelector('.prov-doubt-mark')).not.toBeNull();
  });
});
