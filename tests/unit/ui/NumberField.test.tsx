// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FieldSpec, NumberField } from '../../../src/ui/controls/NumberField';

afterEach(cleanup);

const ULTRASERVERS: FieldSpec = {
  key: 'ultraServers',
  label: 'UltraServers',
  unit: 'count',
  min: 1,
  max: 65_536,
  integer: true,
  help: 'How many.',
};
const LINK: FieldSpec = {
  key: 'intraLinkBandwidth',
  label: 'Link bandwidth',
  unit: 'B/s',
  min: 1e9,
  max: 1e13,
  integer: false,
  help: 'Per link.',
};

/** A field over a value its parent keeps, as the store does; `refuse` plays the store's whole-config check. */
function Harness({
  spec,
  start,
  refuse = () => [],
}: {
  spec: FieldSpec;
  start: number;
  refuse?: (v: number) => string[];
}) {
  const [value, setValue] = useState(start);
  return (
    <>
      <NumberField
        spec={spec}
        value={value}
        onCommit={(v) => {
          const problems = refuse(v);
          if (problems.length === 0) setValue(v);
          return problems;
        }}
      />
      <output data-testid="in-force">{value}</output>
    </>
  );
}

const input = () => within(screen.getByTestId('field-ultraServers')).getByRole('textbox') as HTMLInputElement;
const inForce = () => Number(screen.getByTestId('in-force').textContent);

describe('NumberField', () => {
  it('refuses a fraction in a whole-number field, naming the range, and keeps the value in force', () => {
    render(<Harness spec={ULTRASERVERS} start={4} />);
    fireEvent.change(input(), { target: { value: '2.5' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'Not applied: allowed 1 to 65,536, whole numbers. Still using 4.',
    );
    expect(inForce()).toBe(4);
    fireEvent.change(input(), { target: { value: '1,024' } });
    expect(inForce()).toBe(1024);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the reason the whole configuration refused a value within bounds', () => {
    const refuse = (v: number) => (v > 100 ? ['The cluster would have more than 4,194,304 chips.'] : []);
    render(<Harness spec={ULTRASERVERS} start={4} refuse={refuse} />);
    fireEvent.change(input(), { target: { value: '500' } });
    expect(screen.getByRole('alert').textContent).toBe('The cluster would have more than 4,194,304 chips.');
    expect(inForce()).toBe(4);
    fireEvent.blur(input());
    expect(input().value).toBe('4');
  });

  it('is typed in its display unit and commits SI: 512 GB/s is 5.12e11 B/s', () => {
    const onCommit = vi.fn(() => []);
    render(<NumberField spec={LINK} value={256e9} onCommit={onCommit} />);
    const box = within(screen.getByTestId('field-intraLinkBandwidth')).getByRole('textbox') as HTMLInputElement;
    expect(box.value).toBe('256');
    expect(screen.getByText('GB/s')).toBeTruthy();
    fireEvent.change(box, { target: { value: '512' } });
    expect(onCommit).toHaveBeenCalledWith(512e9);
    // 1e9 B/s to 1e13 B/s is 1 to 10,000 GB/s.
    fireEvent.change(box, { target: { value: '20000' } });
    expect(screen.getByRole('alert').textContent).toBe('Not applied: allowed 1 to 10,000 GB/s. Still using 256 GB/s.');
    expect(onCommit).toHaveBeenCalledTimes(1);
  });
});
