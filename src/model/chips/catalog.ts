import { b200 } from './b200';
import type { ChipId, ChipSpec } from './chipSpec';
import { gb200 } from './gb200';
import { h100 } from './h100';
import { tpuV5p } from './tpuV5p';
import { trainium2 } from './trainium2';
import { trainium3 } from './trainium3';

/** Every chip the explorer knows, by id. */
export const CHIPS: Readonly<Record<ChipId, ChipSpec>> = {
  trainium2,
  trainium3,
  b200,
  gb200,
  'tpu-v5p': tpuV5p,
  h100,
};

export const CHIP_IDS = Object.keys(CHIPS) as ChipId[];

export function isChipId(id: string): id is ChipId {
  return Object.hasOwn(CHIPS, id);
}
