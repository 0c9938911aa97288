import { isPresetId, validateConfig } from '../model/index';
import { SHARE_PARAMS } from './shareParams';
import type { ShareState } from './shareState';

/**
 * Everything out of range in a state, in words; empty when a link could carry it as is. The
 * machine is checked by the model's `validateConfig`; the rest by each parameter's bounds,
 * which may depend on the machine (chip numbers) and the site (buildings, racks).
 */
export function validateShareState(state: ShareState): string[] {
  const problems: string[] = [];
  if (state.presetId !== null && !isPresetId(state.presetId))
    problems.push(`Unknown preset "${String(state.presetId)}".`);
  const configProblems = validateConfig(state.config);
  if (configProblems.length > 0) return [...problems, ...configProblems];
  for (const param of SHARE_PARAMS) {
    if (param.group === 'machine') continue;
    const problem = param.check(state);
    if (problem !== null) problems.push(`${param.name}: ${problem}`);
  }
  return problems;
}
