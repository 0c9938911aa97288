// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_RELIABILITY } from '../../../../src/model/goodput/reliabilityConfig';
import { presetConfig } from '../../../../src/model/presets/catalog';
import { DEFAULT_TRAINING } from '../../../../src/model/training/trainingConfig';
import { TrainingPanel } from '../../../../src/ui/training/TrainingPanel';

afterEach(cleanup);

it('says a run that keeps no work never finishes, and why, instead of "∞ days (Infinity years)"', () => {
  // Project Rainier has about 31,000 hosts; one failure a minute per host is a cluster failure
  // every ~2 ms, so a 600 s restart never completes: e^(−600 s ÷ 2 ms) is 0 in floating point.
  const reliability = { ...DEFAULT_RELIABILITY, hostMtbf: 60 };
  const { container } = render(
    <TrainingPanel
      config={presetConfig('rainier')}
      training={DEFAULT_TRAINING}
      reliability={reliability}
      onTrainingChange={() => []}
      onReliabilityChange={() => []}
    />,
  );
  expect(screen.getByTestId('train-days-goodput').textContent).toContain('never finishes');
  expect(container.textContent).toContain('Never finishes: the cluster fails every');
  expect(container.textContent).toContain('restart (10 min)');
  expect(container.textContent).not.toMatch(/Infinity|NaN|∞/);
});
