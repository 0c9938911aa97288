import {
  DEFAULT_ALLREDUCE_BYTES,
  isPresetId,
  levelChipCount,
  sliceProblem,
  viewDomain,
  type CollectiveKind,
  type PresetId,
  type TorusSlice,
} from '../model/index';
import { VIEW_LIMITS } from './linkLimits';
import { formatLinkNumber, parseLinkNumber } from './numberText';
import {
  choiceParam,
  flagParam,
  numberParam,
  optionalNumberParam,
  readNumber,
  textParam,
  type ShareParam,
} from './shareParam';
import { specProblem, type NumberSpec } from './shareFieldSpecs';
import { COMPARE_BASES, PANELS, THEMES, VIEW_LEVELS, type CameraPose, type ShareState, type Theme } from './shareState';
import { quote } from './showableText';
import type { ReportProblem } from './urlProblem';
import { domainChipCount, maxCollectiveStep, siteRackPositions } from './viewBounds';

const COLLECTIVE_KINDS: readonly CollectiveKind[] = ['ring', 'torus'];
/** What the collective panel starts with when a link names only the kind. */

/** Digits enough for any chip number; longer runs are not chip numbers, whatever they say. */
const CHIP_NUMBER = /^\d{1,9}$/;

const isChip = (chip: unknown, chips: number): chip is number =>
  typeof chip === 'number' && Number.isInteger(chip) && chip >= 0 && chip < chips;

/**
 * Chips the view's level draws, which bounds what `sel`, `fail` and `failchips` may name (they
 * are read after `level`): the UltraServer's at its level, one instance's at the instance and
 * chip levels, none at the site levels.
 */
const levelChips = (state: ShareState) => levelChipCount(state.config, state.view.level);

/** The rule for one chip number, as the end of a sentence. */
const chipRule = (state: ShareState) => {
  const chips = levelChips(state);
  return chips === 0
    ? `level=${state.view.level} draws no chips, so it names none`
    : `each chip must be a number from 0 to ${chips - 1} (level=${state.view.level} draws ${chips} chips)`;
};

/** Reads `5,53`: chip numbers of the domain, at most `max`; others are dropped and reported. */
function readChipList(name: string, raw: string, max: number, draft: ShareState, report: ReportProblem): number[] {
  if (raw === '' || raw === 'none') return [];
  const chips = levelChips(draft);
  const tokens = raw.split(',');
  const kept: number[] = [];
  for (const token of tokens) {
    const text = token.trim();
    if (CHIP_NUMBER.test(text) && Number(text) < chips) kept.push(Number(text));
  }
  const dropped = tokens.length - kept.length;
  if (dropped > 0)
    report('ignored', `Ignored ${dropped} of ${tokens.length} entries in ${name}=${quote(raw)}: ${chipRule(draft)}.`);
  if (kept.length > max) {
    report('clamped', `Kept the first ${max} of ${kept.length} chips in ${name}: it holds at most ${max}.`);
    kept.length = max;
  }
  return kept;
}

function chipListParam(
  name: string,
  max: number,
  list: (s: ShareState) => number[],
  set: (s: ShareState, chips: number[]) => void,
): ShareParam {
  return {
    name,
    group: 'view',
    write(state, baseline) {
      const text = list(state).join(',');
      if (text === list(baseline).join(',')) return null;
      return text === '' ? 'none' : text;
    },
    read: (raw, draft, report) => set(draft, readChipList(name, raw, max, draft, report)),
    check(state) {
      const chips = list(state);
      if (!Array.isArray(chips) || chips.length > max) return `${name} holds at most ${max} chips.`;
      return chips.every((c) => isChip(c, levelChips(state))) ? null : `In ${name}, ${chipRule(state)}.`;
    },
    reset: (draft, baseline) => set(draft, [...list(baseline)]),
  };
}

const SLICE_DIMS = ['x', 'y', 'z'] as const;
/** `z3` (plane 3 across Z) or `z2-5` (planes 2 to 5). */
const SLICE_TEXT = /^([xyz])(\d{1,2})(?:-(\d{1,2}))?$/;

/** Dims of the torus the slice applies to: the wiring view of the link's level. */
const slicedDims = (state: ShareState) =>
  viewDomain(state.config, state.view.level === 'ultraserver' ? 'ultraserver' : 'instance').dims;

const sliceText = (slice: TorusSlice | null) =>
  slice === null ? '' : `${SLICE_DIMS[slice.dim]}${slice.from}${slice.to === slice.from ? '' : `-${slice.to}`}`;

/** Planes of the torus in view that are drawn: a reader follows one plane (or a few) of a big torus. */
const sliceParam: ShareParam = {
  name: 'slice',
  group: 'view',
  write(state, baseline) {
    const text = sliceText(state.view.slice);
    if (text === sliceText(baseline.view.slice)) return null;
    return text === '' ? 'none' : text;
  },
  read(raw, draft, report) {
    if (raw === '' || raw === 'none') {
      draft.view.slice = null;
      return;
    }
    const match = SLICE_TEXT.exec(raw);
    if (!match) {
      report('ignored', `Ignored slice=${quote(raw)}: write a dimension and planes, like z3 or z2-5.`);
      return;
    }
    const from = Number(match[2]);
    const slice = {
      dim: SLICE_DIMS.indexOf(match[1] as 'x'),
      from,
      to: match[3] === undefined ? from : Number(match[3]),
    };
    const problem = sliceProblem(slice, slicedDims(draft));
    if (problem) {
      report('ignored', `Ignored slice=${quote(raw)}: ${problem}.`);
      return;
    }
    draft.view.slice = slice;
  },
  check(state) {
    const slice = state.view.slice;
    if (slice === null) return null;
    const problem = sliceProblem(slice, slicedDims(state));
    return problem ? `slice does not fit: ${problem}.` : null;
  },
  reset: (draft, baseline) => {
    draft.view.slice = baseline.view.slice ? { ...baseline.view.slice } : null;
  },
};

/** `1-2,5-6`: failed links as chip pairs of the domain, two different chips each. */
const failedLinksParam: ShareParam = {
  name: 'fail',
  group: 'view',
  write(state, baseline) {
    const text = state.view.failedLinks.map(([a, b]) => `${a}-${b}`).join(',');
    if (text === baseline.view.failedLinks.map(([a, b]) => `${a}-${b}`).join(',')) return null;
    return text === '' ? 'none' : text;
  },
  read(raw, draft, report) {
    if (raw === '' || raw === 'none') {
      draft.view.failedLinks = [];
      return;
    }
    const chips = levelChips(draft);
    const tokens = raw.split(',');
    const kept: [number, number][] = [];
    for (const token of tokens) {
      const ends = token.trim().split('-');
      if (ends.length !== 2 || !ends.every((e) => CHIP_NUMBER.test(e))) continue;
      const [a, b] = ends.map(Number) as [number, number];
      if (a !== b && a < chips && b < chips) kept.push([a, b]);
    }
    const dropped = tokens.length - kept.length;
    if (dropped > 0) {
      report(
        'ignored',
        `Ignored ${dropped} of ${tokens.length} links in fail=${quote(raw)}: each is two different chips joined by "-"; ${chipRule(draft)}.`,
      );
    }
    if (kept.length > VIEW_LIMITS.maxFailedLinks) {
      report(
        'clamped',
        `Kept the first ${VIEW_LIMITS.maxFailedLinks} of ${kept.length} failed links: a link holds at most ${VIEW_LIMITS.maxFailedLinks}.`,
      );
      kept.length = VIEW_LIMITS.maxFailedLinks;
    }
    draft.view.failedLinks = kept;
  },
  check(state) {
    const links = state.view.failedLinks;
    const chips = levelChips(state);
    if (!Array.isArray(links) || links.length > VIEW_LIMITS.maxFailedLinks)
      return `At most ${VIEW_LIMITS.maxFailedLinks} failed links.`;
    const ok = links.every(
      (l) => Array.isArray(l) && l.length === 2 && isChip(l[0], chips) && isChip(l[1], chips) && l[0] !== l[1],
    );
    return ok ? null : `Each failed link joins two different chips; ${chipRule(state)}.`;
  },
  reset(draft, baseline) {
    draft.view.failedLinks = baseline.view.failedLinks.map(([a, b]) => [a, b]);
  },
};

const isComparable = (id: string): id is PresetId | 'current' => id === 'current' || isPresetId(id);

/** `current,gb200-nvl72`: the comparison's columns, at most four. */
const compareParam: ShareParam = {
  name: 'compare',
  group: 'view',
  write(state, baseline) {
    const text = state.view.compare.join(',');
    if (text === baseline.view.compare.join(',')) return null;
    return text === '' ? 'none' : text;
  },
  read(raw, draft, report) {
    // The default baseline is the second column: a shorter list brings it back in range.
    const keepBaseline = () => {
      draft.view.baseline = Math.min(draft.view.baseline, Math.max(0, draft.view.compare.length - 1));
    };
    if (raw === '' || raw === 'none') {
      draft.view.compare = [];
      keepBaseline();
      return;
    }
    const tokens = raw.split(',').map((t) => t.trim());
    const kept = tokens.filter(isComparable);
    if (kept.length < tokens.length) {
      report(
        'ignored',
        `Ignored ${tokens.length - kept.length} of ${tokens.length} systems in compare=${quote(raw)}: use "current" or a preset id.`,
      );
    }
    if (kept.length > VIEW_LIMITS.maxCompare) {
      report(
        'clamped',
        `Kept the first ${VIEW_LIMITS.maxCompare} of ${kept.length} systems in compare: the table has at most ${VIEW_LIMITS.maxCompare} columns.`,
      );
      kept.length = VIEW_LIMITS.maxCompare;
    }
    draft.view.compare = kept;
    keepBaseline();
  },
  check(state) {
    const ids = state.view.compare;
    if (!Array.isArray(ids) || ids.length > VIEW_LIMITS.maxCompare)
      return `At most ${VIEW_LIMITS.maxCompare} systems to compare.`;
    return ids.every((id) => typeof id === 'string' && isComparable(id)) ? null : 'Compare "current" or preset ids.';
  },
  reset(draft, baseline) {
    draft.view.compare = [...baseline.view.compare];
  },
};

const CAMERA_COORDINATE: NumberSpec = {
  label: 'A camera coordinate',
  unit: 'm',
  min: -VIEW_LIMITS.maxCameraCoordinate,
  max: VIEW_LIMITS.maxCameraCoordinate,
  integer: false,
};

const cameraNumbers = (pose: CameraPose): number[] => [...pose.position, ...pose.target];

/** `x,y,z,tx,ty,tz`: camera position and the point it looks at, metres. */
const cameraParam: ShareParam = {
  name: 'cam',
  group: 'view',
  write(state, baseline) {
    const text = (pose: CameraPose | null) =>
      pose === null ? 'none' : cameraNumbers(pose).map(formatLinkNumber).join(',');
    const value = text(state.view.camera);
    return value === text(baseline.view.camera) ? null : value;
  },
  read(raw, draft, report) {
    if (raw === '' || raw === 'none') {
      draft.view.camera = null;
      return;
    }
    const numbers = raw.split(',').map((t) => parseLinkNumber(t, 'm'));
    if (numbers.length !== 6 || numbers.some((n) => n === null)) {
      report(
        'ignored',
        `Ignored cam=${quote(raw)}: give six numbers, x,y,z of the camera then x,y,z of the point it looks at.`,
      );
      return;
    }
    const { min, max } = CAMERA_COORDINATE;
    const clamped = (numbers as number[]).map((n) => Math.min(max, Math.max(min, n)));
    if (clamped.some((n, i) => n !== numbers[i])) {
      report(
        'clamped',
        `Clamped cam=${quote(raw)}: each coordinate must be from ${formatLinkNumber(min)} to ${formatLinkNumber(max)} m.`,
      );
    }
    const [x, y, z, tx, ty, tz] = clamped as [number, number, number, number, number, number];
    draft.view.camera = { position: [x, y, z], target: [tx, ty, tz] };
  },
  check(state) {
    const pose = state.view.camera;
    if (pose === null) return null;
    const numbers = cameraNumbers(pose);
    return numbers.length === 6 && numbers.every((n) => specProblem(CAMERA_COORDINATE, n) === null)
      ? null
      : `Camera coordinates must be six numbers from ${formatLinkNumber(CAMERA_COORDINATE.min)} to ${formatLinkNumber(CAMERA_COORDINATE.max)} m.`;
  },
  reset(draft, baseline) {
    draft.view.camera = structuredClone(baseline.view.camera);
  },
};

const collectiveStepSpec = (state: ShareState): NumberSpec => ({
  label: 'The all-reduce step',
  unit: 'count',
  min: 0,
  max: maxCollectiveStep(state.config),
  integer: true,
});

const COLLECTIVE_BYTES: NumberSpec = {
  label: 'The all-reduce size per chip',
  unit: 'B',
  ...VIEW_LIMITS.collectiveBytes,
  integer: true,
};

/** `torus:3:268435456`: the animated all-reduce, its step and its size per chip in bytes. */
const collectiveParam: ShareParam = {
  name: 'coll',
  group: 'view',
  write(state, baseline) {
    const text = (c: ShareState['view']['collective']) =>
      c === null ? 'none' : `${c.kind}:${c.step}:${formatLinkNumber(c.bytes)}`;
    const value = text(state.view.collective);
    return value === text(baseline.view.collective) ? null : value;
  },
  read(raw, draft, report) {
    if (raw === '' || raw === 'none' || raw === 'off') {
      draft.view.collective = null;
      return;
    }
    const [kind, stepText, bytesText, ...rest] = raw.split(':');
    if (kind === undefined || !COLLECTIVE_KINDS.includes(kind as CollectiveKind) || rest.length > 0) {
      report(
        'ignored',
        `Ignored coll=${quote(raw)}: write kind:step:bytes, kind ${COLLECTIVE_KINDS.join(' or ')}, like torus:0:268435456.`,
      );
      return;
    }
    const step = stepText === undefined ? 0 : readNumber('coll', stepText, collectiveStepSpec(draft), report);
    const bytes =
      bytesText === undefined ? DEFAULT_ALLREDUCE_BYTES : readNumber('coll', bytesText, COLLECTIVE_BYTES, report);
    draft.view.collective = { kind: kind as CollectiveKind, step: step ?? 0, bytes: bytes ?? DEFAULT_ALLREDUCE_BYTES };
  },
  check(state) {
    const c = state.view.collective;
    if (c === null) return null;
    if (!COLLECTIVE_KINDS.includes(c.kind)) return `The collective must be ${COLLECTIVE_KINDS.join(' or ')}.`;
    return specProblem(collectiveStepSpec(state), c.step) ?? specProblem(COLLECTIVE_BYTES, c.bytes);
  },
  reset(draft, baseline) {
    draft.view.collective = structuredClone(baseline.view.collective);
  },
};

const isTheme = (word: unknown): word is Theme => THEMES.includes(word as Theme);

/**
 * `dark` or `light`, for the whole page (links from before it left embeds carried it too, with
 * the same name and words). Absent: the reader's system preference decides.
 */
const themeParam: ShareParam = {
  name: 'theme',
  group: 'view',
  write(state, baseline) {
    const theme = state.view.theme;
    if (theme === baseline.view.theme) return null;
    return theme ?? 'auto';
  },
  read(raw, draft, report) {
    if (raw === 'auto' || raw === '') draft.view.theme = null;
    else if (isTheme(raw)) draft.view.theme = raw;
    else report('ignored', `Ignored theme=${quote(raw)}: use one of ${THEMES.join(', ')}, or auto.`);
  },
  check: (state) =>
    state.view.theme === null || isTheme(state.view.theme) ? null : `theme must be one of ${THEMES.join(', ')}.`,
  reset(draft, baseline) {
    draft.view.theme = baseline.view.theme;
  },
};

const panelChoice = choiceParam('panel', 'view', PANELS, {
  get: (s) => s.view.panel,
  set: (s, panel) => {
    s.view.panel = panel;
  },
});

/**
 * `panel=compare`: the sidebar tab. `charts` named a tab that no longer exists (its charts moved
 * into Compare and Train): older links open Compare, which has the charts against cluster size.
 */
const panelParam: ShareParam = {
  ...panelChoice,
  read(raw, draft, report) {
    if (raw !== 'charts') return panelChoice.read(raw, draft, report);
    draft.view.panel = 'compare';
    report(
      'defaulted',
      'Opened the Compare tab for panel="charts": the charts against cluster size are there, and the Train tab has the collective and goodput charts.',
    );
  },
};

/** How the user was looking: level, focus, selection, what-ifs, camera, panels; then embedding. */
export const VIEW_PARAMS: readonly ShareParam[] = [
  choiceParam('level', 'view', VIEW_LEVELS, {
    get: (s) => s.view.level,
    set: (s, level) => {
      s.view.level = level;
    },
  }),
  optionalNumberParam(
    'building',
    'view',
    (s) => ({ label: 'The building in focus', unit: 'count', min: 0, max: s.site.buildings - 1, integer: true }),
    {
      get: (s) => s.view.building,
      set: (s, building) => {
        s.view.building = building;
      },
    },
  ),
  optionalNumberParam(
    'rack',
    'view',
    (s) => ({ label: 'The rack in focus', unit: 'count', min: 0, max: siteRackPositions(s.site) - 1, integer: true }),
    {
      get: (s) => s.view.rack,
      set: (s, rack) => {
        s.view.rack = rack;
      },
    },
  ),
  numberParam(
    'focus',
    'view',
    (s) => ({ label: 'The chip in focus', unit: 'count', min: 0, max: domainChipCount(s.config) - 1, integer: true }),
    {
      get: (s) => s.view.focusedChip,
      set: (s, chip) => {
        s.view.focusedChip = chip;
      },
    },
  ),
  chipListParam(
    'sel',
    VIEW_LIMITS.maxSelection,
    (s) => s.view.selection,
    (s, chips) => {
      s.view.selection = chips;
    },
  ),
  flagParam('donut', 'view', {
    get: (s) => s.view.donut,
    set: (s, donut) => {
      s.view.donut = donut;
    },
  }),
  sliceParam,
  flagParam('orbit', 'view', {
    get: (s) => s.view.orbit,
    set: (s, orbit) => {
      s.view.orbit = orbit;
    },
  }),
  collectiveParam,
  failedLinksParam,
  chipListParam(
    'failchips',
    VIEW_LIMITS.maxFailedChips,
    (s) => s.view.failedChips,
    (s, chips) => {
      s.view.failedChips = chips;
    },
  ),
  cameraParam,
  panelParam,
  compareParam,
  numberParam(
    'base',
    'view',
    (s) => ({
      label: 'The baseline column',
      unit: 'count',
      min: 0,
      max: Math.max(0, s.view.compare.length - 1),
      integer: true,
    }),
    {
      get: (s) => s.view.baseline,
      set: (s, column) => {
        s.view.baseline = column;
      },
    },
  ),
  choiceParam('basis', 'view', COMPARE_BASES, {
    get: (s) => s.view.compareBasis,
    set: (s, basis) => {
      s.view.compareBasis = basis;
    },
  }),
  flagParam('stats', 'view', {
    get: (s) => s.view.stats,
    set: (s, stats) => {
      s.view.stats = stats;
    },
  }),
  flagParam('embed', 'embed', {
    get: (s) => s.embed.enabled,
    set: (s, enabled) => {
      s.embed.enabled = enabled;
    },
  }),
  textParam(
    'caption',
    'embed',
    'The caption',
    VIEW_LIMITS.maxCaptionChars,
    {
      get: (s) => s.embed.caption,
      set: (s, caption) => {
        s.embed.caption = caption;
      },
    },
    true,
  ),
  themeParam,
];
