import type { ClusterConfig } from '../config';
import type { MetricKey } from '../metrics';
import type { PresetId } from '../presets/preset';

/**
 * How a printed figure that the model does not reproduce is explained:
 * - binary-units: the article took AWS's GiB figure and printed it as decimal GB (1,536 GiB → "1536GB").
 * - config: the article assumed something else about the system (the patch reproduces it).
 * - unexplained: no reading of the sources reproduces the figure.
 */
export interface ArticleDiscrepancy {
  kind: 'binary-units' | 'config' | 'unexplained';
  /** Fact sheet conflict id where there is one (§11). */
  conflict?: string;
  explanation: string;
  /** For kind 'config': what the article assumed, applied on top of the preset. */
  configPatch?: Partial<ClusterConfig>;
  /** The vendor rounded a sub-total first (4 × 20.8 = 83.2): allow 0.5% instead of the last digit. */
  roundedUpstream?: boolean;
}

export interface ArticleCell {
  table: 1 | 2;
  row: string;
  system: string;
  preset: PresetId;
  /** Exactly as printed. */
  printed: string;
  /** The printed number and the SI multiplier of its printed unit (decimal, as printed). */
  number?: number;
  multiplier?: number;
  /** The Metrics key the cell is derived from; absent for cells the model does not cover. */
  metric?: MetricKey;
  discrepancy?: ArticleDiscrepancy;
  /** For cells without a metric: what the sources say. */
  note?: string;
}

const TB = 1e12;
const GB = 1e9;
const PF = 1e15;
const TBps = 1e12;

const C1 =
  'C1: AWS documents 2,563 sparse TFLOPS per chip (≈2× dense FP8); the article took "4:1 sparsity" as 4× dense.';
const C1_PATCH = { chipOverrides: { fp8Sparse: 4 * 1299e12 } };

/** Both tables of the seed article (`shared/reference/seed-project-rainier.txt`), cell by cell. */
export const ARTICLE_SOURCE = {
  title: 'Seed article on AWS Project Rainier (based on The Register, 4 Jul 2025)',
  path: 'shared/reference/seed-project-rainier.txt',
};

export const ARTICLE_CELLS: readonly ArticleCell[] = [
  // Table 1: Trn2 vs DGX B200
  {
    table: 1,
    row: 'CPUs',
    system: 'Trn2',
    preset: 'trn2',
    printed: '2x 48C Intel Sapphire Rapids',
    note: 'Unconfirmed: AWS gives only 192 vCPUs (consistent with 2 × 48 cores × 2 threads).',
  },
  {
    table: 1,
    row: 'CPUs',
    system: 'DGX B200',
    preset: 'dgx-b200',
    printed: '2x 56C Intel Emerald Rapids',
    note: 'Confirmed: 2× Xeon Platinum 8570, 56 cores each (NVIDIA DGX B200 user guide).',
  },
  {
    table: 1,
    row: 'System Mem',
    system: 'Trn2',
    preset: 'trn2',
    printed: '2TB DDR5',
    number: 2,
    multiplier: TB,
    metric: 'hostMemoryBytes',
    note: 'AWS gives 2,048 GiB (2.2 TB), which rounds to the printed 2 TB. DDR5 is unconfirmed.',
  },
  {
    table: 1,
    row: 'System Mem',
    system: 'DGX B200',
    preset: 'dgx-b200',
    printed: 'Up to 4TB',
    number: 4,
    multiplier: TB,
    metric: 'hostMemoryBytes',
    discrepancy: {
      kind: 'config',
      explanation: 'DGX B200 ships with 2 TB (32 DIMMs), upgradable to 4 TB; the article quotes the maximum.',
      configPatch: { hostMemoryPerHost: 4 * TB },
    },
  },
  {
    table: 1,
    row: 'Accelerators',
    system: 'Trn2',
    preset: 'trn2',
    printed: '16x Trainium2',
    number: 16,
    multiplier: 1,
    metric: 'chips',
  },
  {
    table: 1,
    row: 'Accelerators',
    system: 'DGX B200',
    preset: 'dgx-b200',
    printed: '8x B200 GPUs',
    number: 8,
    multiplier: 1,
    metric: 'chips',
  },
  {
    table: 1,
    row: 'HBM',
    system: 'Trn2',
    preset: 'trn2',
    printed: '1536GB',
    number: 1536,
    multiplier: GB,
    metric: 'hbmBytes',
    discrepancy: {
      kind: 'binary-units',
      explanation: 'AWS gives 1,536 GiB (16 × 96 GiB = 1,649 GB); the article prints GiB as GB.',
    },
  },
  {
    table: 1,
    row: 'HBM',
    system: 'DGX B200',
    preset: 'dgx-b200',
    printed: '1440GB',
    number: 1440,
    multiplier: GB,
    metric: 'hbmBytes',
  },
  {
    table: 1,
    row: 'Memory BW',
    system: 'Trn2',
    preset: 'trn2',
    printed: '46.4TB/s',
    number: 46.4,
    multiplier: TBps,
    metric: 'hbmBandwidth',
  },
  {
    table: 1,
    row: 'Memory BW',
    system: 'DGX B200',
    preset: 'dgx-b200',
    printed: '64TB/s',
    number: 64,
    multiplier: TBps,
    metric: 'hbmBandwidth',
  },
  {
    table: 1,
    row: 'Dense FP8',
    system: 'Trn2',
    preset: 'trn2',
    printed: '20.8 petaFLOPS',
    number: 20.8,
    multiplier: PF,
    metric: 'fp8DenseFlops',
  },
  {
    table: 1,
    row: 'Dense FP8',
    system: 'DGX B200',
    preset: 'dgx-b200',
    printed: '36 petaFLOPS',
    number: 36,
    multiplier: PF,
    metric: 'fp8DenseFlops',
  },
  {
    table: 1,
    row: 'Sparse FP8',
    system: 'Trn2',
    preset: 'trn2',
    printed: '83.2 petaFLOPS',
    number: 83.2,
    multiplier: PF,
    metric: 'fp8SparseFlops',
    discrepancy: {
      kind: 'config',
      conflict: 'C1',
      explanation: `${C1} AWS: 41 PF per instance. 83.2 PF is the UltraServer's dense FP8.`,
      configPatch: C1_PATCH,
      roundedUpstream: true,
    },
  },
  {
    table: 1,
    row: 'Sparse FP8',
    system: 'DGX B200',
    preset: 'dgx-b200',
    printed: '72 petaFLOPS',
    number: 72,
    multiplier: PF,
    metric: 'fp8SparseFlops',
  },

  // Table 2: Trn2 UltraServer vs DGX GB200 NVL72
  {
    table: 2,
    row: 'Accelerators',
    system: 'Trn2 UltraServer',
    preset: 'trn2-ultraserver',
    printed: '64x Trainium2',
    number: 64,
    multiplier: 1,
    metric: 'chips',
  },
  {
    table: 2,
    row: 'Accelerators',
    system: 'DGX GB200 NVL72',
    preset: 'gb200-nvl72',
    printed: '72x Blackwell GPUs',
    number: 72,
    multiplier: 1,
    metric: 'chips',
  },
  {
    table: 2,
    row: 'HBM',
    system: 'Trn2 UltraServer',
    preset: 'trn2-ultraserver',
    printed: '6.1TB',
    number: 6.1,
    multiplier: TB,
    metric: 'hbmBytes',
    discrepancy: {
      kind: 'binary-units',
      explanation: 'AWS gives 6,144 GiB (6.6 TB); the article prints 6,144 GiB as "6.1 TB".',
    },
  },
  {
    table: 2,
    row: 'HBM',
    system: 'DGX GB200 NVL72',
    preset: 'gb200-nvl72',
    printed: '13.4TB',
    number: 13.4,
    multiplier: TB,
    metric: 'hbmBytes',
  },
  {
    table: 2,
    row: 'Memory BW',
    system: 'Trn2 UltraServer',
    preset: 'trn2-ultraserver',
    printed: '186TB/s',
    number: 186,
    multiplier: TBps,
    metric: 'hbmBandwidth',
  },
  {
    table: 2,
    row: 'Memory BW',
    system: 'DGX GB200 NVL72',
    preset: 'gb200-nvl72',
    printed: '576TB/s',
    number: 576,
    multiplier: TBps,
    metric: 'hbmBandwidth',
  },
  {
    table: 2,
    row: 'Interconnect BW',
    system: 'Trn2 UltraServer',
    preset: 'trn2-ultraserver',
    printed: '68TB/s',
    number: 68,
    multiplier: TBps,
    metric: 'scaleUpBandwidthPerUltraServer',
    discrepancy: {
      kind: 'unexplained',
      conflict: 'C3',
      explanation:
        'C3: not reproducible from AWS data. 64 × 1.28 TB/s = 81.9 TB/s (all NeuronLink-v3); intra-instance links alone give 65.5 TB/s.',
    },
  },
  {
    table: 2,
    row: 'Interconnect BW',
    system: 'DGX GB200 NVL72',
    preset: 'gb200-nvl72',
    printed: '130TB/s',
    number: 130,
    multiplier: TBps,
    metric: 'scaleUpBandwidthPerUltraServer',
  },
  {
    table: 2,
    row: 'Dense FP8',
    system: 'Trn2 UltraServer',
    preset: 'trn2-ultraserver',
    printed: '83.2 petaFLOPS',
    number: 83.2,
    multiplier: PF,
    metric: 'fp8DenseFlops',
    discrepancy: {
      kind: 'config',
      explanation:
        'AWS publishes 83.2 PF = 4 × the rounded 20.8 PF; from the chip figure, 64 × 1,299 TFLOPS = 83.14 PF.',
      configPatch: {},
      roundedUpstream: true,
    },
  },
  {
    table: 2,
    row: 'Dense FP8',
    system: 'DGX GB200 NVL72',
    preset: 'gb200-nvl72',
    printed: '360 petaFLOPS',
    number: 360,
    multiplier: PF,
    metric: 'fp8DenseFlops',
  },
  {
    table: 2,
    row: 'Sparse FP8',
    system: 'Trn2 UltraServer',
    preset: 'trn2-ultraserver',
    printed: '332.8 petaFLOPS',
    number: 332.8,
    multiplier: PF,
    metric: 'fp8SparseFlops',
    discrepancy: {
      kind: 'config',
      conflict: 'C1',
      explanation: `${C1} AWS: 164 PF per UltraServer.`,
      configPatch: C1_PATCH,
      roundedUpstream: true,
    },
  },
  {
    table: 2,
    row: 'Sparse FP8',
    system: 'DGX GB200 NVL72',
    preset: 'gb200-nvl72',
    printed: '720 petaFLOPS',
    number: 720,
    multiplier: PF,
    metric: 'fp8SparseFlops',
  },
];
