import { DEFAULT_PRESET_ID, parseTorusDims } from '../model/index';
import { torusLinksPerChip } from './customTorus';
import { quote, showableText } from './showableText';
import type { UrlProblem } from './urlProblem';

/** The version links are written in. Bump it, and add a migration, whenever a parameter changes meaning or name. */
export const CURRENT_VERSION = 2;

/**
 * Rewrites the parameters of a link of version `from` into version `from + 1`. Pure: returns
 * new parameters, never edits its input. Each migration writes the names of the version it
 * targets, spelled out here rather than taken from the current grammar, so it keeps meaning
 * the same thing when later versions rename parameters.
 */
export interface Migration {
  from: number;
  /** What links of version `from` looked like. */
  describes: string;
  migrate(params: URLSearchParams): { params: URLSearchParams; problems: UrlProblem[] };
}

/**
 * Version 0: links from before versioning, `?preset=&torus=&level=&stats=1&orbit=1`.
 * No preset meant Project Rainier (pinned here, should the default change); `torus=16x16x16`
 * meant a custom torus of these dims as one scale-up domain and opened the UltraServer view;
 * `stats` and `orbit` were on only when exactly `1`. Anything else passes through unchanged, so
 * a hand-written link that forgot `v=1` still reads. Version 0 had no comparison parameters, so
 * such a link (`?preset=trn2`, as the README writes them) opens Compare on the seed article's
 * first pair, spelled out here so the version-1 step below leaves it alone.
 */
const fromVersion0: Migration = {
  from: 0,
  describes: 'preset, torus, level, stats=1, orbit=1',
  migrate(input) {
    const params = new URLSearchParams(input);
    const problems: UrlProblem[] = [];
    if (!params.has('preset')) params.set('preset', DEFAULT_PRESET_ID);
    const torus = params.get('torus');
    params.delete('torus');
    if (torus !== null) {
      const parsed = parseTorusDims(torus);
      if (parsed.ok) {
        params.set('fabric', 'torus');
        params.set('dims', parsed.dims.join('x'));
        params.set('inst', '1');
        params.set('us', '1');
        params.set('links', String(torusLinksPerChip(parsed.dims)));
        if (!params.has('level')) params.set('level', 'ultraserver');
      } else {
        problems.push({
          parameter: 'torus',
          action: 'ignored',
          message: `Ignored torus=${quote(torus)}: ${showableText(parsed.error)}`,
        });
      }
    }
    for (const flag of ['stats', 'orbit']) {
      if (params.has(flag) && params.get(flag) !== '1') params.delete(flag);
    }
    if (!params.has('compare')) params.set('compare', 'trn2,dgx-b200');
    if (!params.has('base')) params.set('base', '1');
    return { params, problems };
  },
};

/**
 * Version 1: the comparison defaulted to the current configuration against GB200 NVL72, with the
 * first column as baseline. Version 2 opens on the seed article's first pair instead, so a
 * version-1 link that left `compare` or `base` unsaid gets the old defaults spelled out.
 */
const fromVersion1: Migration = {
  from: 1,
  describes: 'compare defaulted to current,gb200-nvl72 and base to 0',
  migrate(input) {
    const params = new URLSearchParams(input);
    if (!params.has('compare')) params.set('compare', 'current,gb200-nvl72');
    if (!params.has('base')) params.set('base', '0');
    return { params, problems: [] };
  },
};

/** One migration per older version, in order: MIGRATIONS[k] reads version k. */
export const MIGRATIONS: readonly Migration[] = [fromVersion0, fromVersion1];

/** Brings parameters of any older version up to CURRENT_VERSION, one step at a time. */
export function migrateParams(
  params: URLSearchParams,
  version: number,
): { params: URLSearchParams; problems: UrlProblem[] } {
  let current = params;
  const problems: UrlProblem[] = [];
  for (const migration of MIGRATIONS.slice(Math.max(0, version))) {
    const step = migration.migrate(current);
    current = step.params;
    problems.push(...step.problems);
  }
  return { params: current, problems };
}
