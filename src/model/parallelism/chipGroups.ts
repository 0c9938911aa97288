import type { GroupName, ParallelLayout } from './parallelLayout';

/**
 * Which colour a chip takes when the picture shows one kind of parallel group. Chips are ranked
 * as the wiring numbers them (innermost dimension fastest), and each group owns a run of digits
 * of that rank: the group placed first takes the lowest. For tensor, context and expert groups
 * the chips that work together share a colour (the rank with the group's digits removed); for
 * pipeline and data groups the colour is the chip's stage or replica (the group's own digit).
 */
export function chipGroupIndex(layout: ParallelLayout, group: GroupName, rank: number): number {
  let inner = 1;
  for (const g of layout.order) {
    if (g === group) break;
    inner *= layout[g];
  }
  const size = layout[group];
  if (group === 'pp' || group === 'dp') return Math.floor(rank / inner) % size;
  return (rank % inner) + inner * Math.floor(rank / (inner * size));
}
