import { decodeShareState, encodeShareState, type ShareState } from '../share/index';
import { LEVEL_ORDER, useExplorer, type ExplorerState } from './store';

/** The part of the explorer's state a link carries. */
export function toShareState(s: ExplorerState): ShareState {
  return {
    presetId: s.presetId,
    config: s.config,
    training: s.training,
    parallelism: s.parallelism,
    reliability: s.reliability,
    site: s.site,
    fabric: s.fabric,
    view: {
      level: s.level,
      building: s.level === 'campus' ? null : s.focusBuilding,
      rack: s.level === 'campus' || s.level === 'building' ? null : s.focusRack,
      selection: s.selection,
      focusedChip: s.focusedChip,
      donut: s.donut,
      slice: s.slice,
      orbit: s.autoRotate,
      collective: s.collective ? { kind: s.collective.kind, step: s.collective.step, bytes: s.collective.bytes } : null,
      failedLinks: s.failedLinks,
      failedChips: s.failedChips,
      camera: s.camera,
      panel: s.panel,
      compare: s.compare,
      baseline: s.baseline,
      compareBasis: s.compareBasis,
      stats: s.showStats,
      theme: s.themeFollowsSystem ? null : s.theme,
    },
    embed: s.embed,
  };
}

/** Every field of the store that a link depends on: a change elsewhere (hover, animation frames) never rewrites the URL. */
const LINKED: (keyof ExplorerState)[] = [
  'presetId',
  'config',
  'training',
  'parallelism',
  'reliability',
  'site',
  'fabric',
  'level',
  'focusBuilding',
  'focusRack',
  'selection',
  'focusedChip',
  'donut',
  'slice',
  'autoRotate',
  'failedLinks',
  'failedChips',
  'camera',
  'panel',
  'compare',
  'baseline',
  'compareBasis',
  'showStats',
  'theme',
  'themeFollowsSystem',
  'embed',
];

/** Reads the page's link into the store once, reporting what it could not apply. */
export function applyLocation(search: string) {
  const { state, problems } = decodeShareState(search);
  const store = useExplorer.getState();
  store.applyShareState(state);
  if (problems.length) store.reportProblems(problems);
}

/**
 * Where the user is, as Back and Forward should see it: the level and the focus that belongs to
 * it (the building from the building level down, the rack from the rack level down, the chip at
 * the chip level). A change of this makes a history entry; anything else rewrites the current one.
 */
function placeKey(s: ExplorerState): string {
  const depth = LEVEL_ORDER.indexOf(s.level);
  const parts: (string | number)[] = [s.level];
  if (depth <= LEVEL_ORDER.indexOf('building')) parts.push(s.focusBuilding);
  if (depth <= LEVEL_ORDER.indexOf('rack')) parts.push(s.focusRack);
  if (s.level === 'chip') parts.push(s.focusedChip);
  return parts.join(':');
}

/**
 * Keeps the address bar on the current state, so the link in it is always a link to what is on
 * screen: a new history entry when the user moves to another level (so Back and Forward walk
 * the levels), the current entry rewritten (at most every 300 ms) for everything else. The tour
 * never adds entries. Back and Forward restore the entry's link. Returns the unsubscribe function.
 */
export function syncLocation(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let restoring = false;
  const write = (state: ExplorerState, mode: 'push' | 'replace') => {
    const query = encodeShareState(toShareState(state));
    const next = `${window.location.pathname}?${query}${window.location.hash}`;
    if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (mode === 'push') window.history.pushState(null, '', next);
    else window.history.replaceState(window.history.state, '', next);
  };
  const writeSoon = () => {
    timer ??= setTimeout(() => {
      timer = null;
      write(useExplorer.getState(), 'replace');
    }, 300);
  };
  const unsubscribe = useExplorer.subscribe((s, previous) => {
    if (!LINKED.some((k) => s[k] !== previous[k])) return;
    const touring = s.presentation !== null || previous.presentation !== null;
    if (!restoring && !touring && placeKey(s) !== placeKey(previous)) {
      // Settle the entry being left with its last state, then open a new one.
      if (timer) {
        clearTimeout(timer);
        timer = null;
        write(previous, 'replace');
      }
      write(s, 'push');
      return;
    }
    writeSoon();
  });
  const unsubscribeCollective = useExplorer.subscribe((s, previous) => {
    // The collective's step and kind count too, but not its play/pause flag.
    const a = s.collective;
    const b = previous.collective;
    if (a?.kind !== b?.kind || a?.step !== b?.step || a?.bytes !== b?.bytes) writeSoon();
  });
  const onPopState = () => {
    restoring = true;
    try {
      const store = useExplorer.getState();
      if (store.presentation) store.endPresentation();
      applyLocation(window.location.search);
    } finally {
      restoring = false;
    }
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    unsubscribeCollective();
    window.removeEventListener('popstate', onPopState);
    if (timer) clearTimeout(timer);
  };
}
