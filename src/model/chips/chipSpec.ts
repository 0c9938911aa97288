import type { Figure } from '../figure';

export type ChipId = 'trainium2' | 'trainium3' | 'b200' | 'gb200' | 'tpu-v5p' | 'h100';

/**
 * One accelerator's sourced figures, in SI base units.
 * Scale-up bandwidth is per chip with both directions added (NVIDIA's convention for NVLink's
 * 1.8 TB/s; AWS and Google figures are read the same way, see each figure's note).
 */
export interface ChipSpec {
  id: ChipId;
  name: string;
  vendor: 'AWS' | 'NVIDIA' | 'Google';
  /** One line a user sees under the chip's name. */
  summary: string;
  /** Name of the compute cores drawn in the chip view (NeuronCore, SM partition, TensorCore). */
  coreName: string;
  cores: Figure;
  hbmStacks: Figure;
  fp8Dense: Figure;
  fp8Sparse: Figure;
  bf16Dense: Figure;
  bf16Sparse: Figure;
  /** Absent where no source publishes it: shown as "not published", never guessed. */
  fp32Dense?: Figure;
  hbmCapacity: Figure;
  hbmBandwidth: Figure;
  /** All scale-up links of one chip, both directions added. */
  scaleUpBandwidth: Figure;
  /** The part of scaleUpBandwidth that stays inside one instance (the rest joins instances). */
  scaleUpIntraInstance: Figure;
  /** Scale-out network (EFA, InfiniBand/Ethernet, DCN) per chip, one direction. */
  scaleOutBandwidth: Figure;
  tdp: Figure;
}
