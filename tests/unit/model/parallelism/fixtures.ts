import type { TrainingMachine } from '../../../../src/model/parallelism/trainingMachine';

/**
 * Machines of published training runs, from their vendors' datasheets (numbers written out here,
 * not read from the catalog, so the tests stand on the sources alone).
 */

/** H100 SXM (NVIDIA datasheet): 989 TFLOP/s dense BF16, 80 GB at 3.35 TB/s, NVLink 900 GB/s both ways;
 * 8 per server on NVSwitch; Meta's Llama 3 cluster gives each GPU 400 Gb/s of RoCE (Llama 3 paper §3.3.1). */
export function h100Cluster(servers: number): TrainingMachine {
  return {
    chips: 8 * servers,
    peakFlops: 989e12,
    hbmBytes: 80e9,
    hbmBandwidth: 3.35e12,
    dimensions: [
      { name: 'NVSwitch', kind: 'switch', size: 8, linkBandwidth: 25e9, chipBandwidth: 450e9, latency: 1.5e-6 },
      { name: 'RoCE', kind: 'network', size: servers, linkBandwidth: 50e9, chipBandwidth: 50e9, latency: 15e-6 },
    ],
  };
}

/** A100 80 GB SXM (NVIDIA datasheet): 312 TFLOP/s dense BF16, 2.039 TB/s, NVLink 600 GB/s both ways;
 * Selene's DGX A100 nodes give each GPU one 200 Gb/s HDR InfiniBand port (Megatron-LM paper §5). */
export function a100Cluster(servers: number): TrainingMachine {
  return {
    chips: 8 * servers,
    peakFlops: 312e12,
    hbmBytes: 80e9,
    hbmBandwidth: 2.039e12,
    dimensions: [
      { name: 'NVSwitch', kind: 'switch', size: 8, linkBandwidth: 25e9, chipBandwidth: 300e9, latency: 1.5e-6 },
      { name: 'InfiniBand', kind: 'network', size: servers, linkBandwidth: 25e9, chipBandwidth: 25e9, latency: 15e-6 },
    ],
  };
}
