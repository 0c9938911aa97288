import { figure, type Figure } from '../figure';

/**
 * What fails, how often, and what a failure costs a synchronous training job. Times in seconds,
 * bandwidths in bytes/s. Every component failure is assumed to stop the whole job (one rank lost
 * stalls a synchronous step) and to be independent of the others (exponential, memoryless).
 */
export interface ReliabilityConfig {
  /** Mean time between failures of one accelerator (die, HBM, SRAM, its own links and firmware). */
  chipMtbf: number;
  /** Of one host: CPU, DRAM, SSD, power supply, chassis, unplanned maintenance. */
  hostMtbf: number;
  /** Per chip: its NIC plus its share of scale-out switches and cables. */
  scaleOutMtbfPerChip: number;
  /** Per chip: software and unexplained stops (bugs, collective time-outs), which grow with job size. */
  softwareMtbfPerChip: number;
  /** One scale-up link (torus cable or chip-to-switch lane group). */
  scaleUpLinkMtbf: number;
  /** One scale-up switch chip (NVLink switch, NeuronSwitch). */
  scaleUpSwitchMtbf: number;
  /** Checkpoint bytes per model parameter (weights plus optimizer state). */
  checkpointBytesPerParameter: number;
  /** What one host can write to storage, bytes/s. */
  checkpointWriteBandwidthPerHost: number;
  /** What the storage system absorbs in total, bytes/s (caps the sum over hosts). */
  storageWriteBandwidth: number;
  /** From failure to training again: detect, replace, reschedule, reload, warm up. */
  restartSeconds: number;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * Meta's Llama 3 405B pre-training snapshot (Meta-Llama3 §3.3.4, table reproduced by
 * Klockwood-Reliability): 16,384 H100 in 2,048 eight-GPU servers, 54 days, 419 unexpected
 * interruptions (one every ~3.1 h). We file the table's rows by what they scale with.
 */
const LLAMA3_GPUS = 16_384;
const LLAMA3_HOSTS = 2_048;
const LLAMA3_SPAN = 54 * DAY;
/** Faulty GPU 148, HBM3 72, SRAM 19, GPU system processor 17, silent data corruption 6, thermal interface/sensor 6. */
const LLAMA3_CHIP_INTERRUPTIONS = 148 + 72 + 19 + 17 + 6 + 6;
/** Host maintenance 32, SSD 3, power supply 3, chassis 2, IO expansion board 2, CPU 2, system memory 2. */
const LLAMA3_HOST_INTERRUPTIONS = 32 + 3 + 3 + 2 + 2 + 2 + 2;
/** Network switch/cable 35, NIC 7. */
const LLAMA3_NETWORK_INTERRUPTIONS = 35 + 7;
/** Software bug 54, NCCL watchdog time-outs 7, dependency 2. */
const LLAMA3_SOFTWARE_INTERRUPTIONS = 54 + 7 + 2;

const perGpu = (interruptions: number) => (LLAMA3_GPUS * LLAMA3_SPAN) / interruptions;
const llama3Note = (rows: string) =>
  `Llama 3: ${rows} over 16,384 H100 × 54 days. An H100 fleet's rate, applied to every chip as a proxy: ` +
  'no vendor publishes Trainium, TPU or Blackwell failure rates.';

export const DEFAULT_RELIABILITY: ReliabilityConfig = {
  chipMtbf: perGpu(LLAMA3_CHIP_INTERRUPTIONS),
  hostMtbf: (LLAMA3_HOSTS * LLAMA3_SPAN) / LLAMA3_HOST_INTERRUPTIONS,
  scaleOutMtbfPerChip: perGpu(LLAMA3_NETWORK_INTERRUPTIONS),
  softwareMtbfPerChip: perGpu(LLAMA3_SOFTWARE_INTERRUPTIONS),
  scaleUpLinkMtbf: 1e7 * HOUR,
  scaleUpSwitchMtbf: 1e6 * HOUR,
  checkpointBytesPerParameter: 14,
  checkpointWriteBandwidthPerHost: 2e9,
  storageWriteBandwidth: 1e12,
  restartSeconds: 10 * 60,
};

export const RELIABILITY_PROVENANCE: Readonly<Record<keyof ReliabilityConfig, Figure>> = {
  chipMtbf: figure(DEFAULT_RELIABILITY.chipMtbf, 's', ['Meta-Llama3', 'Klockwood-Reliability'], 'D', {
    note:
      llama3Note('268 GPU-attributed interruptions (faulty GPU, HBM3, SRAM, system processor, SDC, thermal)') +
      ' ≈ 9 years per chip.',
  }),
  hostMtbf: figure(DEFAULT_RELIABILITY.hostMtbf, 's', ['Meta-Llama3', 'Klockwood-Reliability'], 'D', {
    note:
      '46 host interruptions (unplanned maintenance, SSD, PSU, chassis, IO board, CPU, DRAM) ' +
      'over 2,048 eight-GPU servers × 54 days ≈ 6.6 years per host.',
  }),
  scaleOutMtbfPerChip: figure(
    DEFAULT_RELIABILITY.scaleOutMtbfPerChip,
    's',
    ['Meta-Llama3', 'Klockwood-Reliability'],
    'D',
    {
      note: llama3Note('42 network interruptions (switch/cable 35, NIC 7)'),
    },
  ),
  softwareMtbfPerChip: figure(
    DEFAULT_RELIABILITY.softwareMtbfPerChip,
    's',
    ['Meta-Llama3', 'Klockwood-Reliability'],
    'D',
    {
      note: llama3Note('63 software or unexplained interruptions (bugs, NCCL watchdog, dependency)'),
    },
  ),
  scaleUpLinkMtbf: figure(DEFAULT_RELIABILITY.scaleUpLinkMtbf, 's', 'clusterscope', 'U', {
    note: 'Assumed 10⁷ hours (100 FIT) per link. No public figure; Meta counts NVLink faults under "faulty GPU".',
  }),
  scaleUpSwitchMtbf: figure(DEFAULT_RELIABILITY.scaleUpSwitchMtbf, 's', 'clusterscope', 'U', {
    note: 'Assumed 10⁶ hours (1,000 FIT) per switch chip. No public figure.',
  }),
  checkpointBytesPerParameter: figure(14, 'B', 'clusterscope', 'U', {
    note:
      'Assumed mixed-precision Adam: BF16 weights (2) + FP32 master weights (4) + two FP32 moments (8). ' +
      'Gradients are not saved.',
  }),
  checkpointWriteBandwidthPerHost: figure(2e9, 'B/s', 'clusterscope', 'U', {
    note: 'Assumed 2 GB/s of sustained checkpoint writes per host (sharded writes, every host in parallel).',
  }),
  storageWriteBandwidth: figure(1e12, 'B/s', 'clusterscope', 'U', {
    note:
      'Assumed 1 TB/s aggregate write bandwidth of the shared file system; ' +
      'asynchronous or in-memory checkpoints would hide most of δ.',
  }),
  restartSeconds: figure(600, 's', 'clusterscope', 'U', {
    note:
      'Assumed 10 minutes to detect, swap in a spare, reschedule, reload the checkpoint and warm up. ' +
      'Hot spares and in-job recovery cut this.',
  }),
};
