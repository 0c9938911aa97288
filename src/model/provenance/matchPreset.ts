import type { ClusterConfig } from '../config';
import { PRESETS } from '../presets/catalog';
import { PRESET_IDS, type PresetId } from '../presets/preset';

/** Structural equality for the plain data of a config (numbers, arrays, flat objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/**
 * The preset a config most plausibly came from: an exact match, else the preset of the same
 * chip sharing the most fields (a Rainier config with another UltraServer count is still
 * Rainier, with one field overridden). Null when no preset uses the chip.
 */
export function matchPreset(config: ClusterConfig): PresetId | null {
  let best: { id: PresetId; shared: number } | null = null;
  for (const id of PRESET_IDS) {
    const preset = PRESETS[id].config;
    if (preset.chip !== config.chip) continue;
    const keys = Object.keys(preset) as (keyof ClusterConfig)[];
    const shared = keys.filter((k) => sameValue(preset[k], config[k])).length;
    if (shared === keys.length) return id;
    if (!best || shared > best.shared) best = { id, shared };
  }
  return best?.id ?? null;
}
