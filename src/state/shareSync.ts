import { decodeShareState, encodeShareState, type ShareState } from '../share/index';
import { useExplorer, type ExplorerState } from './store';

/** The part of the explorer's state a link carries. */
export function toShareState(s: ExplorerState): ShareState {
  return {
    presetId: s.presetId,
    config: s.config,
    training: s.training,
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
      orbit: s.autoRotate,
      collective: s.collective ? { kind: s.collective.kind, step: s.collective.step, bytes: s.collective.bytes } : null,
      failedLinks: s.failedLinks,
      failedChips: s.failedChips,
      camera: s.camera,
      panel: s.panel,
      compare: s.compare,
      baseline: s.baseline,
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
  'reliability',
  'site',
  'fabric',
  'level',
  'focusBuilding',
  'focusRack',
  'selection',
  'focusedChip',
  'donut',
  'autoRotate',
  'failedLinks',
  'failedChips',
  'camera',
  'panel',
  'compare',
  'baseline',
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
 * Keeps the address bar on the current state (history replace, at most every 300 ms), so the
 * link in it is always a link to what is on screen. Returns the unsubscribe function.
 */
export function syncLocation(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const query = encodeShareState(toShareState(useExplorer.getState()));
    const next = `${window.location.pathname}?${query}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', next);
    }
  };
  const unsubscribe = useExplorer.subscribe((s, previous) => {
    if (!LINKED.some((k) => s[k] !== previous[k])) return;
    // The collective's step and kind count too, but not its play/pause flag.
    timer ??= setTimeout(write, 300);
  });
  const unsubscribeCollective = useExplorer.subscribe((s, previous) => {
    const a = s.collective;
    const b = previous.collective;
    if (a?.kind !== b?.kind || a?.step !== b?.step || a?.bytes !== b?.bytes) timer ??= setTimeout(write, 300);
  });
  return () => {
    unsubscribe();
    unsubscribeCollective();
    if (timer) clearTimeout(timer);
  };
}
