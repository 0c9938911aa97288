import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  degradeTorus,
  PRESET_IDS,
  viewDomain,
  viewGraph,
  viewPath,
  type ClusterConfig,
  type PresetId,
} from '../../../src/model/index';
import { decodeShareState } from '../../../src/share/index';
import { VIEW_LEVELS, type ViewLevel } from '../../../src/share/shareState';
import { useExplorer } from '../../../src/state/store';

/**
 * The rule, written out by hand: the UltraServer level draws every chip of the UltraServer
 * (instance dims multiplied, times the instances); the instance and chip levels draw one
 * instance; the site levels draw no chips. The chip in focus names a chip of the UltraServer.
 */
function chipsDrawn(config: ClusterConfig, level: ViewLevel): number {
  const perInstance = config.instanceDims.reduce((p, k) => p * k, 1);
  if (level === 'ultraserver') return perInstance * config.instancesPerUltraServer;
  if (level === 'instance' || level === 'chip') return perInstance;
  return 0;
}
const ultraServerChips = (config: ClusterConfig) =>
  config.instanceDims.reduce((p, k) => p * k, 1) * config.instancesPerUltraServer;

const initial = useExplorer.getState();

type Command = (store: typeof initial) => void;

/** Chip numbers well past any preset's UltraServer too (the Trn2 UltraServer has 64), to try the edges. */
const chipArb = fc.oneof(fc.integer({ min: 0, max: 70 }), fc.integer({ min: -2, max: 20_000 }));
const levelArb = fc.constantFrom(...VIEW_LEVELS);

const commandArb: fc.Arbitrary<{ name: string; run: Command }> = fc.oneof(
  fc
    .constantFrom(...PRESET_IDS)
    .map((id: PresetId) => ({ name: `setPreset(${id})`, run: (s: typeof initial) => s.setPreset(id) })),
  levelArb.map((level) => ({ name: `setLevel(${level})`, run: (s: typeof initial) => s.setLevel(level) })),
  fc.constant({ name: 'climb()', run: (s: typeof initial) => s.climb() }),
  chipArb.map((c) => ({ name: `selectChip(${c})`, run: (s: typeof initial) => s.selectChip(c) })),
  chipArb.map((c) => ({ name: `openChip(${c})`, run: (s: typeof initial) => s.openChip(c) })),
  // The toolbar's Chip button opens the chip in focus.
  fc.constant({ name: 'Chip button', run: (s: typeof initial) => s.openChip(s.focusedChip) }),
  fc
    .tuple(chipArb, chipArb)
    .map(([a, b]) => ({ name: `setSelection(${a},${b})`, run: (s: typeof initial) => s.setSelection([a, b]) })),
  chipArb.map((c) => ({ name: `toggleFailedChip(${c})`, run: (s: typeof initial) => s.toggleFailedChip(c) })),
  fc
    .tuple(chipArb, chipArb)
    .map(([a, b]) => ({ name: `toggleFailedLink(${a},${b})`, run: (s: typeof initial) => s.toggleFailedLink(a, b) })),
  fc
    .array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 })
    .map((dims) => ({ name: `setTorusDims(${dims})`, run: (s: typeof initial) => s.setTorusDims(dims) })),
  fc
    .tuple(fc.constantFrom('trn2-ultraserver', 'rainier', 'gb200-nvl72'), levelArb, chipArb, chipArb, chipArb)
    .map(([preset, level, a, b, f]) => {
      const link = `v=1&preset=${preset}&level=${level}&focus=${a}&sel=${a},${b}&failchips=${f}&fail=${a}-${b}`;
      return {
        name: `open link ${link}`,
        run: () => {
          const { state, problems } = decodeShareState(link);
          const store = useExplorer.getState();
          store.applyShareState(state);
          store.reportProblems(problems);
        },
      };
    }),
);

/** Every path between two selected chips, healthy and around failures, as the views compute it. */
function checkPaths(): void {
  const s = useExplorer.getState();
  const view = viewDomain(s.config, s.level === 'ultraserver' ? 'ultraserver' : 'instance');
  if (s.selection.length !== 2) return;
  const [from, to] = s.selection as [number, number];
  const graph = viewGraph(view);
  const graphs = [graph];
  if (graph && (s.failedChips.length > 0 || s.failedLinks.length > 0))
    graphs.push(degradeTorus(view, { links: s.failedLinks, chips: s.failedChips }).graph);
  for (const g of graphs) {
    const hops = viewPath(view, g, from, to);
    // A path visits each chip at most once, so it has fewer hops than the view has chips...
    expect(hops.length).toBeLessThan(Math.max(view.chips, 1));
    // ...and, when there is one, it is a chain of chips of the view from one end to the other.
    if (hops.length > 0) {
      expect(hops[0]!.from).toBe(from);
      expect(hops[hops.length - 1]!.to).toBe(to);
      for (let i = 1; i < hops.length; i++) expect(hops[i]!.from).toBe(hops[i - 1]!.to);
      for (const h of hops) expect(h.to).toBeLessThan(view.chips);
    }
  }
}

function checkLevelValidity(): void {
  const s = useExplorer.getState();
  const drawn = chipsDrawn(s.config, s.level);
  const inLevel = (c: number) => Number.isInteger(c) && c >= 0 && c < drawn;
  expect(s.selection.length).toBeLessThanOrEqual(2);
  expect(s.selection.every(inLevel)).toBe(true);
  expect(s.failedChips.every(inLevel)).toBe(true);
  expect(s.failedLinks.every(([a, b]) => a !== b && inLevel(a) && inLevel(b))).toBe(true);
  expect(s.focusedChip).toBeGreaterThanOrEqual(0);
  expect(s.focusedChip).toBeLessThan(ultraServerChips(s.config));
}

describe('selection, focus and failures across clicks and level changes', () => {
  beforeEach(() => useExplorer.setState(initial, true));

  it('the three-click freeze: chip 63, chip 0, then the Chip button in the Trn2 UltraServer view', () => {
    const store = useExplorer.getState();
    store.setPreset('trn2-ultraserver');
    store.setLevel('ultraserver');
    useExplorer.getState().selectChip(63);
    useExplorer.getState().selectChip(0);
    expect(useExplorer.getState().selection).toEqual([63, 0]);
    useExplorer.getState().openChip(useExplorer.getState().focusedChip);
    const s = useExplorer.getState();
    expect(s.level).toBe('chip');
    expect(s.focusedChip).toBe(0);
    // The chip level belongs to one instance (16 chips): chip 63 is in the fourth instance.
    expect(s.selection).toEqual([0]);
    expect(s.notices.at(-1)?.items).toEqual([
      'Dropped chip 63 from the selection: the chip view belongs to one instance, chips 0–15.',
    ]);
    checkPaths();
  });

  it('keeps what the new level draws: an instance path survives the trip to the UltraServer and back', () => {
    const store = useExplorer.getState();
    store.setPreset('trn2-ultraserver');
    store.setLevel('instance');
    useExplorer.getState().selectChip(0);
    useExplorer.getState().selectChip(15);
    useExplorer.getState().toggleFailedChip(5);
    useExplorer.getState().setLevel('ultraserver');
    expect(useExplorer.getState()).toMatchObject({ selection: [0, 15], failedChips: [5] });
    useExplorer.getState().setLevel('instance');
    expect(useExplorer.getState()).toMatchObject({ selection: [0, 15], failedChips: [5] });
    expect(useExplorer.getState().notices).toEqual([]);
  });

  it('refuses clicks on chips the level does not draw', () => {
    const store = useExplorer.getState();
    store.setPreset('trn2-ultraserver');
    store.setLevel('instance');
    useExplorer.getState().selectChip(16);
    useExplorer.getState().toggleFailedChip(40);
    useExplorer.getState().toggleFailedLink(0, 16);
    expect(useExplorer.getState()).toMatchObject({ selection: [], failedChips: [], failedLinks: [] });
  });

  it('any sequence of clicks, level changes and links leaves every chip number valid for its level, and every path finite', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { minLength: 1, maxLength: 25 }), (commands) => {
        useExplorer.setState(initial, true);
        for (const command of commands) {
          command.run(useExplorer.getState());
          checkLevelValidity();
          checkPaths();
        }
      }),
      { numRuns: 300 },
    );
  });
});
