// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../../src/ui/PanelBoundary';

afterEach(cleanup);

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('numbers went missing');
  return <p>recovered</p>;
}

describe('PanelBoundary', () => {
  it('shows the failure in its own panel while the others keep working, and can try again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <PanelBoundary name="comparison">
          <Fragile />
        </PanelBoundary>
        <PanelBoundary name="metrics">
          <p>metrics still here</p>
        </PanelBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The comparison panel hit a problem');
    expect(screen.getByRole('alert').textContent).toContain('numbers went missing');
    expect(screen.getByText('metrics still here')).toBeTruthy();
    shouldThrow = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered')).toBeTruthy();
    warn.mockRestore();
    error.mockRestore();
  });
});
