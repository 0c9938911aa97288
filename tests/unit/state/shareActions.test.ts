import { beforeEach, describe, expect, it } from 'vitest';
import { presetConfig } from '../../../src/model/index';
import { defaultShareState, type UrlProblem } from '../../../src/share/index';
import { resetStore, store } from './storeHarness';

beforeEach(resetStore);

describe('applyShareState', () => {
  it('applies a whole decoded link: machine, settings and view', () => {
    const link = defaultShareState();
    link.presetId = 'trn2-ultraserver';
    link.config = presetConfig('trn2-ultraserver');
    link.training.mfu = 0.25;
    link.fabric.radix = 128;
    link.view.level = 'ultraserver';
    link.view.selection = [2, 9];
    link.view.focusedChip = 9;
    link.view.failedChips = [4];
    link.view.collective = { kind: 'ring', step: 2, bytes: 1024 };
    link.view.panel = 'compare';
    link.view.theme = 'light';
    link.embed = { enabled: true, caption: 'Rainier' };
    store().hoverChip({ chip: 1, x: 0, y: 0 });
    store().applyShareState(link);
    const s = store();
    expect([s.presetId, s.config, s.training.mfu, s.fabric.radix]).toEqual([
      'trn2-ultraserver',
      presetConfig('trn2-ultraserver'),
      0.25,
      128,
    ]);
    expect([s.level, s.selection, s.focusedChip, s.failedChips, s.panel]).toEqual([
      'ultraserver',
      [2, 9],
      9,
      [4],
      'compare',
    ]);
    // A collective from a link waits for play, and nothing is hovered in a fresh view.
    expect(s.collective).toEqual({ kind: 'ring', step: 2, playing: false, bytes: 1024 });
    expect(s.hovered).toBeNull();
    expect([s.theme, s.themeFollowsSystem, s.embed]).toEqual(['light', false, { enabled: true, caption: 'Rainier' }]);
  });

  it('keeps no reference into the decoded state', () => {
    const link = defaultShareState();
    store().applyShareState(link);
    link.view.selection.push(5);
    link.config.instanceDims[0] = 99;
    expect(store().selection).toEqual([]);
    expect(store().config.instanceDims).toEqual([4, 4]);
  });

  it('a link without a theme follows the system (dark where there is none, as in Node)', () => {
    store().setTheme('light');
    store().applyShareState(defaultShareState());
    expect([store().theme, store().themeFollowsSystem]).toEqual(['dark', true]);
  });
});

const problem = (parameter: string, message: string): UrlProblem => ({ parameter, action: 'ignored', message });

describe('notices', () => {
  it('reportProblems puts all of one link’s problems in one notice; none makes no notice', () => {
    store().reportProblems([]);
    expect(store().notices).toEqual([]);
    store().reportProblems([problem('us', 'UltraServers: "abc" is not a number; kept 7,812.')]);
    store().reportProblems([problem('us', 'one'), problem('pue', 'two'), problem('v', 'three')]);
    const [first, second] = store().notices;
    expect(first?.text).toBe('The link had a problem:');
    expect(first?.items).toEqual(['UltraServers: "abc" is not a number; kept 7,812.']);
    expect(second?.text).toBe('The link had 3 problems; everything else was applied:');
    expect(second?.items).toEqual(['one', 'two', 'three']);
    expect(second!.id).toBeGreaterThan(first!.id);
  });

  it('dismissNotice removes that notice only', () => {
    store().reportProblems([problem('a', 'one')]);
    store().reportProblems([problem('b', 'two')]);
    const [first, second] = store().notices;
    store().dismissNotice(first!.id);
    expect(store().notices).toEqual([second]);
  });
});
