import type { ReliabilityConfig } from './reliabilityConfig';

/** Bytes in one checkpoint of a model with `parameters` parameters. */
export function checkpointBytes(parameters: number, reliability: ReliabilityConfig): number {
  return parameters * reliability.checkpointBytesPerParameter;
}

/** Every host writes its shard at once, up to what storage absorbs: min(hosts × per-host, storage). */
export function checkpointWriteBandwidth(hosts: number, reliability: ReliabilityConfig): number {
  return Math.min(hosts * reliability.checkpointWriteBandwidthPerHost, reliability.storageWriteBandwidth);
}

/** δ: seconds the job stalls to write one checkpoint (synchronous write; 0 for an empty model). */
export function checkpointWriteSeconds(bytes: number, bandwidth: number): number {
  return bytes > 0 ? bytes / bandwidth : 0;
}
