import { CHIPS } from './chips/catalog';
import type { ClusterConfig, ChipFigureKey } from './config';

/** The chip numbers in force: the catalog's sourced values unless the user overrode them. */
export type ResolvedChip = Record<Exclude<ChipFigureKey, 'fp32Dense'>, number> & { fp32Dense: number | null };

export function resolveChip(config: ClusterConfig): ResolvedChip {
  const spec = CHIPS[config.chip];
  const o = config.chipOverrides;
  return {
    fp8Dense: o.fp8Dense ?? spec.fp8Dense.value,
    fp8Sparse: o.fp8Sparse ?? spec.fp8Sparse.value,
    bf16Dense: o.bf16Dense ?? spec.bf16Dense.value,
    bf16Sparse: o.bf16Sparse ?? spec.bf16Sparse.value,
    fp32Dense: o.fp32Dense ?? spec.fp32Dense?.value ?? null,
    hbmCapacity: o.hbmCapacity ?? spec.hbmCapacity.value,
    hbmBandwidth: o.hbmBandwidth ?? spec.hbmBandwidth.value,
    tdp: o.tdp ?? spec.tdp.value,
  };
}
