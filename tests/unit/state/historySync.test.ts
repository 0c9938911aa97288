// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syncLocation } from '../../../src/state/shareSync';
import { useExplorer } from '../../../src/state/store';

const store = () => useExplorer.getState();
const entries = () => window.history.length;

describe('history follows the levels', () => {
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    store().setPreset('rainier');
    stop = syncLocation();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('a level change or a new building in focus adds an entry; a theme or panel change rewrites the current one', () => {
    const start = entries();
    store().setLevel('campus');
    expect(entries()).toBe(start + 1);
    expect(window.location.search).toContain('level=campus');

    store().setTheme('light');
    store().setPanel('compare');
    vi.advanceTimersByTime(400);
    expect(entries()).toBe(start + 1);
    expect(window.location.search).toContain('theme=light');
    expect(window.location.search).toContain('panel=compare');

    store().openBuilding(2);
    store().openBuilding(4);
    expect(entries()).toBe(start + 3);
    expect(window.location.search).toContain('building=4');
  });

  it('the tour adds no entries', () => {
    const start = entries();
    store().startPresentation(['chip', 'instance', 'ultraserver']);
    store().showTourStep(1);
    store().showTourStep(2);
    store().endPresentation();
    vi.advanceTimersByTime(400);
    expect(entries()).toBe(start);
  });
});
