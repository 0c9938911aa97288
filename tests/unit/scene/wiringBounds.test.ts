import { describe, expect, it } from 'vitest';
import { wiringBounds } from '../../../src/scene/wiringBounds';
import { ringOfThree } from './handWiring';

describe('wiringBounds', () => {
  it('boxes every chip, switch and drawn link, padded by half the larger box', () => {
    // Points run from (0, 0, 0) to the switch at (5, 5, 5); the switch box (1 unit) is larger than a
    // chip (0.5), so the pad is 0.5 on every side.
    expect(wiringBounds(ringOfThree())).toEqual({
      min: [-0.5, -0.5, -0.5],
      max: [5.5, 5.5, 5.5],
      center: [2.5, 2.5, 2.5],
      size: [6, 6, 6],
    });
  });

  it('without switches, pads by the chip and reaches the arc drawn above the chips', () => {
    const wiring = { ...ringOfThree(), switchCount: 0, switchPositions: new Float32Array(0) };
    // Chips span x 0..2 and the arc rises to y = 1; chips are 0.5 wide, so the pad is 0.25.
    expect(wiringBounds(wiring)).toEqual({
      min: [-0.25, -0.25, -0.25],
      max: [2.25, 1.25, 0.25],
      center: [1, 0.5, 0],
      size: [2.5, 1.5, 0.5],
    });
  });

  it('is an empty box at the origin for an empty view', () => {
    const empty = {
      ...ringOfThree(),
      chipPositions: new Float32Array(0),
      switchPositions: new Float32Array(0),
      drawVertices: new Float32Array(0),
    };
    expect(wiringBounds(empty)).toEqual({ min: [0, 0, 0], max: [0, 0, 0], center: [0, 0, 0], size: [0, 0, 0] });
  });
});
