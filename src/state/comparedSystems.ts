import { PRESETS, type ClusterConfig, type PresetId } from '../model/index';
import { memoizeLast } from './memo';
import { useExplorer } from './store';

export interface ComparedSystemEntry {
  label: string;
  config: ClusterConfig;
  presetId?: PresetId;
}

const systemsOf = memoizeLast(
  (compare: readonly (PresetId | 'current')[], config: ClusterConfig, presetId: PresetId): ComparedSystemEntry[] =>
    compare.map((entry) =>
      entry === 'current'
        ? {
            label: `Current (${PRESETS[presetId].name})`,
            config,
            ...(JSON.stringify(config) === JSON.stringify(PRESETS[presetId].config) ? { presetId } : {}),
          }
        : { label: PRESETS[entry].name, config: PRESETS[entry].config, presetId: entry },
    ),
);

/** The systems in the comparison, resolved to configurations; one array per change so charts memoize. */
export function useComparedSystems(): ComparedSystemEntry[] {
  return systemsOf(
    useExplorer((s) => s.compare),
    useExplorer((s) => s.config),
    useExplorer((s) => s.presetId),
  );
}
