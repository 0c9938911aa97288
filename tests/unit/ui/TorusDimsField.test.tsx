// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useExplorer } from '../../../src/state/store';
import { TorusDimsField } from '../../../src/ui/TorusDimsField';

afterEach(cleanup);
beforeEach(() => useExplorer.getState().setPreset('rainier'));

const type = (text: string) => {
  fireEvent.change(screen.getByTestId('torus-dims'), { target: { value: text } });
  fireEvent.submit(screen.getByTestId('torus-dims').closest('form')!);
};

describe('TorusDimsField', () => {
  it('shows the torus in force: Rainier’s 4×4 instance, not a made-up 8×8', () => {
    render(<TorusDimsField />);
    expect(screen.getByTestId('torus-dims').getAttribute('placeholder')).toBe('4×4');
    expect(screen.getByTestId('torus-dims').getAttribute('aria-label')).toBe('Torus dims, now 4×4');
  });

  it('says what a typed torus replaces and waits: the 499,968-chip cluster is not swapped silently', () => {
    render(<TorusDimsField />);
    type('16x16x16');
    // 7,812 UltraServers × 64 chips = 499,968; 16 × 16 × 16 = 4,096.
    expect(screen.getByTestId('torus-warning').textContent).toContain(
      "Replaces Project Rainier's 4×4 instance torus: the 499,968-chip cluster of 7,812 domains becomes one 4,096-chip 16×16×16 domain.",
    );
    expect(useExplorer.getState().config.ultraServers).toBe(7812);
    fireEvent.click(screen.getByText('Cancel'));
    expect(screen.queryByTestId('torus-warning')).toBeNull();
    expect(useExplorer.getState().config.instanceDims).toEqual([4, 4]);
  });

  it('applies on confirmation, and Undo puts the cluster back', () => {
    render(<TorusDimsField />);
    type('16×16×16');
    fireEvent.click(screen.getByTestId('torus-confirm'));
    const replaced = useExplorer.getState().config;
    expect([replaced.instanceDims, replaced.instancesPerUltraServer, replaced.ultraServers]).toEqual([
      [16, 16, 16],
      1,
      1,
    ]);
    expect(screen.getByTestId('torus-dims').getAttribute('placeholder')).toBe('16×16×16');
    fireEvent.click(screen.getByTestId('torus-undo'));
    const restored = useExplorer.getState().config;
    expect([restored.instanceDims, restored.instancesPerUltraServer, restored.ultraServers]).toEqual([[4, 4], 4, 7812]);
  });

  it('replaces a lone custom torus at once, and refuses nonsense with the allowed sizes', () => {
    useExplorer.getState().setTorusDims([8, 8]);
    render(<TorusDimsField />);
    type('4x4x4');
    expect(screen.queryByTestId('torus-warning')).toBeNull();
    expect(useExplorer.getState().config.instanceDims).toEqual([4, 4, 4]);
    type('0x4');
    expect(screen.getByRole('alert').textContent).toContain('1–32');
    expect(useExplorer.getState().config.instanceDims).toEqual([4, 4, 4]);
  });
});
