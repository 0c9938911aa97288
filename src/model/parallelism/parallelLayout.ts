/** The five ways a step is split over chips. */
export type GroupName = 'tp' | 'cp' | 'ep' | 'pp' | 'dp';

export const GROUP_LABELS: Record<GroupName, string> = {
  tp: 'tensor',
  cp: 'context',
  ep: 'expert',
  pp: 'pipeline',
  dp: 'data',
};

/**
 * What each chip keeps of the weights' training state across the data-parallel group
 * (ZeRO stages): nothing sharded, the optimizer state (ZeRO-1, Megatron's distributed
 * optimizer), optimizer and gradients (ZeRO-2), or everything including weights (ZeRO-3, FSDP).
 */
export type DataSharding = 'none' | 'optimizer' | 'gradients' | 'full';

/** Activation recomputation (Korthikanti et al. 2022): none, attention only, or whole layers. */
export type Recompute = 'none' | 'selective' | 'full';

export interface ParallelLayout {
  tp: number;
  pp: number;
  dp: number;
  cp: number;
  /** Experts are sharded over ep chips; tokens are split over dp·ep, so ep is 1 for a dense model. */
  ep: number;
  /** Sequences per microbatch. */
  microbatch: number;
  /** Pipeline stages per chip (the interleaved schedule of Narayanan et al. 2021); 1 is plain 1F1B. */
  virtualStages: number;
  sharding: DataSharding;
  recompute: Recompute;
  /** Groups from the innermost (fastest) wiring to the outermost. */
  order: GroupName[];
}

export const DEFAULT_ORDER: readonly GroupName[] = ['tp', 'cp', 'ep', 'pp', 'dp'];

export const layoutProduct = (layout: ParallelLayout): number =>
  layout.tp * layout.pp * layout.dp * layout.cp * layout.ep;
