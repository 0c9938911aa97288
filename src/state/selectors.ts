import { useMemo } from 'react';
import { domainWiring } from '../model/wiring/domainWiring';
import type { DomainWiring } from '../model/wiring/wiring';
import { evaluate, type Metrics } from '../model/index';
import { useExplorer } from './store';

/** Metrics are derived from the config, never stored: recomputed only when the config changes. */
export function useMetrics(): Metrics {
  const config = useExplorer((s) => s.config);
  return useMemo(() => evaluate(config), [config]);
}

/** Geometry of the level in view, rebuilt only when the config or level changes. */
export function useWiring(): DomainWiring {
  const config = useExplorer((s) => s.config);
  const level = useExplorer((s) => s.level);
  return useMemo(() => domainWiring(config, level), [config, level]);
}
