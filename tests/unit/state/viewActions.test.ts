import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, store } from './storeHarness';

beforeEach(resetStore);

const POSE = { position: [1, 2, 3], target: [0, 0, 0] } as {
  position: [number, number, number];
  target: [number, number, number];
};

describe('panels, theme and page flags', () => {
  it('setPanel shows a sidebar tab', () => {
    store().setPanel('training');
    expect(store().panel).toBe('training');
  });

  it('setTheme is the user’s choice: the system preference stops being followed', () => {
    expect(store().themeFollowsSystem).toBe(true);
    store().setTheme('light');
    expect([store().theme, store().themeFollowsSystem]).toEqual(['light', false]);
    store().followSystemTheme('dark');
    expect(store().theme).toBe('light');
  });

  it('restoreTheme puts back a theme that followed the system after an export showed the other one', () => {
    const before = [store().theme, store().themeFollowsSystem] as const;
    store().setTheme(before[0] === 'dark' ? 'light' : 'dark');
    store().restoreTheme(before[0], before[1]);
    expect([store().theme, store().themeFollowsSystem]).toEqual([before[0], true]);
    store().followSystemTheme(before[0] === 'dark' ? 'light' : 'dark');
    expect(store().theme).not.toBe(before[0]);
  });

  it('followSystemTheme follows the system while nobody has chosen', () => {
    store().followSystemTheme('light');
    expect(store().theme).toBe('light');
  });

  it('setWebgl, setShowStats, setAutoRotate, setDonut and setFailOnClick set their flag', () => {
    store().setWebgl('lost');
    store().setShowStats(true);
    store().setAutoRotate(true);
    store().setDonut(true);
    store().setFailOnClick(true);
    const s = store();
    expect([s.webgl, s.showStats, s.autoRotate, s.donut, s.failOnClick]).toEqual(['lost', true, true, true, true]);
  });

  it('setSlice keeps planes of the torus in view; another level or another torus drops them', () => {
    store().setLevel('ultraserver');
    store().setSlice({ dim: 2, from: 1, to: 2 });
    expect(store().slice).toEqual({ dim: 2, from: 1, to: 2 });
    store().setSlice(null);
    expect(store().slice).toBeNull();
    store().setSlice({ dim: 0, from: 3, to: 3 });
    // The instance view is another drawing (a 4×4, not the UltraServer's 4×4×4): the slice goes.
    store().setLevel('instance');
    expect(store().slice).toBeNull();
    store().setSlice({ dim: 1, from: 0, to: 1 });
    store().setTorusDims([8, 8, 8]);
    expect(store().slice).toBeNull();
  });

  it('setCamera keeps a pose; resetCamera forgets it and asks for a new framing', () => {
    store().setCamera(POSE);
    expect(store().camera).toEqual(POSE);
    const resets = store().cameraResets;
    store().resetCamera();
    expect([store().camera, store().cameraResets]).toEqual([null, resets + 1]);
  });
});

describe('moving between levels', () => {
  it('setLevel keeps what the new level draws and drops the rest, saying so in a notice', () => {
    // Rainier opens on an instance; its UltraServer is 4 instances × 16 = 64 chips.
    store().setLevel('ultraserver');
    store().setSelection([4, 40]);
    store().setCamera(POSE);
    // An instance draws chips 0–15: chip 40 goes, chip 4 stays, and so does the chip in focus.
    store().setLevel('instance');
    const s = store();
    expect([s.level, s.selection, s.camera, s.focusedChip]).toEqual(['instance', [4], null, 40]);
    expect(s.notices.at(-1)).toMatchObject({
      text: 'Changing the view left out what it does not show:',
      items: ['Dropped chip 40 from the selection: the instance view shows chips 0–15.'],
    });
  });

  it('setLevel to the chip keeps the selection of its instance', () => {
    store().setSelection([2]);
    store().setLevel('chip');
    expect([store().level, store().selection]).toEqual(['chip', [2]]);
  });

  it('openBuilding and openRack descend with their focus', () => {
    store().openBuilding(3);
    expect([store().level, store().focusBuilding]).toEqual(['building', 3]);
    store().setSelection([1]);
    store().openRack(120, 4);
    expect([store().level, store().focusRack, store().focusBuilding, store().selection]).toEqual(['rack', 120, 4, []]);
  });

  it('openChip shows one chip and drops the hover', () => {
    store().hoverChip({ chip: 5, x: 10, y: 20 });
    store().openChip(5);
    expect([store().level, store().focusedChip, store().hovered]).toEqual(['chip', 5, null]);
  });

  it('climb goes one level up (chip → instance → UltraServer → rack → building → campus) and stops at the campus', () => {
    store().openChip(9);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      store().climb();
      seen.push(store().level);
    }
    expect(seen).toEqual(['instance', 'ultraserver', 'rack', 'building', 'campus', 'campus']);
    expect(store().focusedChip).toBe(9);
  });
});

describe('hover', () => {
  it('hoverChip and hoverSite record what is under the pointer, and null clears it', () => {
    store().hoverChip({ chip: 3, x: 1, y: 2 });
    store().hoverSite({ kind: 'rack', id: 8, x: 3, y: 4 });
    expect(store().hovered).toEqual({ chip: 3, x: 1, y: 2 });
    expect(store().siteHover).toEqual({ kind: 'rack', id: 8, x: 3, y: 4 });
    store().hoverChip(null);
    store().hoverSite(null);
    expect([store().hovered, store().siteHover]).toEqual([null, null]);
  });
});

describe('the presentation tour', () => {
  const TOUR = ['chip', 'instance', 'ultraserver'] as const;

  it('startPresentation opens the first level and remembers the view to come back to', () => {
    store().setSelection([1, 2]);
    store().setCamera(POSE);
    store().startPresentation(TOUR);
    const s = store();
    expect([s.level, s.selection, s.camera]).toEqual(['chip', [], null]);
    expect(s.presentation?.step).toBe(0);
    expect(s.presentation?.levels).toEqual(['chip', 'instance', 'ultraserver']);
    expect(s.presentation?.returnTo).toMatchObject({ level: 'instance', selection: [1, 2], camera: POSE });
  });

  it('startPresentation refuses an empty tour', () => {
    const before = store();
    store().startPresentation([]);
    expect(store()).toEqual(before);
  });

  it('showTourStep shows a step’s level, clamped to the tour, and does nothing outside a tour', () => {
    const before = store();
    store().showTourStep(1);
    expect(store()).toEqual(before);
    store().startPresentation(TOUR);
    store().showTourStep(1);
    expect([store().presentation?.step, store().level]).toEqual([1, 'instance']);
    store().showTourStep(9);
    expect([store().presentation?.step, store().level]).toEqual([2, 'ultraserver']);
    store().showTourStep(-1);
    expect([store().presentation?.step, store().level]).toEqual([0, 'chip']);
  });

  it('endPresentation puts the view back as it was and frames it again', () => {
    store().setSelection([1, 2]);
    store().setCamera(POSE);
    const resets = store().cameraResets;
    store().startPresentation(TOUR);
    store().showTourStep(2);
    store().endPresentation();
    const s = store();
    expect([s.presentation, s.level, s.selection, s.camera]).toEqual([null, 'instance', [1, 2], POSE]);
    expect(s.cameraResets).toBe(resets + 1);
    // Outside a tour it changes nothing.
    store().endPresentation();
    expect(store()).toEqual(s);
  });
});

describe('the comparison', () => {
  it('setCompare keeps at most four systems and a baseline among them', () => {
    store().setCompare(['current', 'trn2', 'dgx-b200', 'gb200-nvl72', 'tpu-v5p-pod']);
    expect(store().compare).toEqual(['current', 'trn2', 'dgx-b200', 'gb200-nvl72']);
    store().setBaseline(3);
    store().setCompare(['current', 'trn2']);
    expect(store().baseline).toBe(1);
  });

  it('setBaseline clamps to the systems compared', () => {
    // Two systems by default: indices 0 and 1.
    store().setBaseline(5);
    expect(store().baseline).toBe(1);
    store().setBaseline(-2);
    expect(store().baseline).toBe(0);
  });

  it('opens on the seed article’s first pair, NVIDIA as baseline, as configured; setCompareBasis picks what is held equal', () => {
    expect([store().compare, store().baseline, store().compareBasis]).toEqual([['trn2', 'dgx-b200'], 1, 'configured']);
    store().setCompareBasis('power');
    expect(store().compareBasis).toBe('power');
    // The basis is not tied to the systems: changing them keeps it.
    store().setCompare(['trn2-ultraserver', 'gb200-nvl72']);
    expect(store().compareBasis).toBe('power');
  });
});
