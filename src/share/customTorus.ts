import type { ClusterConfig } from '../model/index';

/** Two links per dimension of size > 1 (one each way round its ring); at least one, as the config requires. */
export function torusLinksPerChip(dims: readonly number[]): number {
  return Math.max(1, 2 * dims.filter((k) => k > 1).length);
}

/**
 * A typed torus as one scale-up domain of its own: these dims, one instance, one UltraServer.
 * What version-0 links (`?torus=16x16x16`) meant, and what the store's `setTorusDims` does.
 */
export function customTorusConfig(from: ClusterConfig, dims: readonly number[]): ClusterConfig {
  return {
    ...from,
    chipOverrides: { ...from.chipOverrides },
    fabric: 'torus',
    instanceDims: [...dims],
    instancesPerUltraServer: 1,
    ultraServers: 1,
    linksPerChip: torusLinksPerChip(dims),
  };
}
