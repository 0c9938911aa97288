import {
  FACTOR_SPECS,
  type GroupName,
  type ParallelismSettings,
  SHAPE_NUMBER_SPECS,
  type ShapeNumberKey,
  transformerById,
} from '../model/index';
import { specProblem } from './shareFieldSpecs';

/** Why these settings cannot be used, one message per field; empty when they can. */
export function parallelismProblems(settings: ParallelismSettings): string[] {
  const problems: string[] = [];
  if (!transformerById(settings.model)) problems.push(`Unknown model "${settings.model}".`);
  for (const [key, value] of Object.entries(settings.shape) as [ShapeNumberKey, number][]) {
    const spec = SHAPE_NUMBER_SPECS[key];
    const problem = spec ? specProblem(spec, value) : `Unknown shape field "${key}".`;
    if (problem) problems.push(problem);
  }
  for (const [group, value] of Object.entries(settings.fixed) as [GroupName, number][]) {
    const spec = FACTOR_SPECS[group];
    const problem = spec ? specProblem(spec, value) : `Unknown parallel factor "${group}".`;
    if (problem) problems.push(problem);
  }
  if (settings.colourBy !== undefined && !(settings.colourBy in FACTOR_SPECS)) {
    problems.push(`Unknown group "${settings.colourBy}" to colour chips by.`);
  }
  return problems;
}
