import { levelChipCount, isWiringLevel, type ClusterConfig, type ViewLevel } from '../model/index';

/** The parts of the view state that name chips of the wiring in view. */
export interface LevelChips {
  selection: number[];
  failedChips: number[];
  failedLinks: [number, number][];
}

const isChipBelow = (chip: number, chips: number) => Number.isInteger(chip) && chip >= 0 && chip < chips;

/** Why chips beyond the level's range are not shown there, in words. */
function rangeWords(level: ViewLevel, chips: number): string {
  const range = `chips 0–${chips - 1}`;
  if (level === 'chip') return `the chip view belongs to one instance, ${range}`;
  return `the ${level === 'ultraserver' ? 'UltraServer' : 'instance'} view shows ${range}`;
}

const chipList = (chips: readonly number[]) =>
  chips.length === 1 ? `chip ${chips[0]}` : `chips ${chips.slice(0, 8).join(', ')}${chips.length > 8 ? ', …' : ''}`;

/**
 * Keeps what names chips of `level`'s wiring and drops the rest, with one line per kind of
 * thing dropped. Site levels draw no chips: there everything is dropped without a word, as
 * leaving the wiring always did. Pure: the store calls it on every level change.
 */
export function fitToLevel(
  state: LevelChips,
  config: ClusterConfig,
  level: ViewLevel,
): { fitted: LevelChips; dropped: string[] } {
  const chips = levelChipCount(config, level);
  const selection = state.selection.filter((c) => isChipBelow(c, chips));
  const failedChips = state.failedChips.filter((c) => isChipBelow(c, chips));
  const failedLinks = state.failedLinks.filter(([a, b]) => a !== b && isChipBelow(a, chips) && isChipBelow(b, chips));
  const dropped: string[] = [];
  if (isWiringLevel(level)) {
    const where = rangeWords(level, chips);
    const lostSelection = state.selection.filter((c) => !selection.includes(c));
    if (lostSelection.length > 0) dropped.push(`Dropped ${chipList(lostSelection)} from the selection: ${where}.`);
    const lostChips = state.failedChips.filter((c) => !failedChips.includes(c));
    if (lostChips.length > 0) dropped.push(`Repaired failed ${chipList(lostChips)}: ${where}.`);
    const lostLinks = state.failedLinks.length - failedLinks.length;
    if (lostLinks > 0)
      dropped.push(`Repaired ${lostLinks} failed ${lostLinks === 1 ? 'link' : 'links'} to chips not shown: ${where}.`);
  }
  return { fitted: { selection, failedChips, failedLinks }, dropped };
}
