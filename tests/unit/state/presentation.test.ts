import { beforeEach, describe, expect, it } from 'vitest';
import { useExplorer } from '../../../src/state/store';

const store = () => useExplorer.getState();
const POSE = { position: [3, 4, 5] as [number, number, number], target: [0, 0.5, 0] as [number, number, number] };

describe('the tour leaves the user where they were', () => {
  beforeEach(() => {
    store().setPreset('gb200-nvl72');
    store().setLevel('ultraserver');
    store().setSelection([5, 9]);
    store().setCamera(POSE);
  });

  it('never changes the system, walks the given levels, clamps steps, and restores level, selection and camera', () => {
    const resets = store().cameraResets;
    store().startPresentation(['chip', 'instance', 'ultraserver', 'rack']);
    expect(store().level).toBe('chip');
    expect(store().presetId).toBe('gb200-nvl72');
    // Each step is framed afresh: no saved camera, no selection.
    expect(store().camera).toBeNull();
    expect(store().selection).toEqual([]);

    store().showTourStep(99);
    expect(store().presentation?.step).toBe(3);
    expect(store().level).toBe('rack');
    store().showTourStep(-4);
    expect(store().level).toBe('chip');

    store().endPresentation();
    expect(store().presentation).toBeNull();
    expect(store().presetId).toBe('gb200-nvl72');
    expect(store().level).toBe('ultraserver');
    expect(store().selection).toEqual([5, 9]);
    expect(store().camera).toEqual(POSE);
    // The camera rig is asked to frame again, so the saved pose comes back even on the same level.
    expect(store().cameraResets).toBe(resets + 1);
  });

  it('an empty tour does not start', () => {
    store().startPresentation([]);
    expect(store().presentation).toBeNull();
    expect(store().level).toBe('ultraserver');
  });
});
