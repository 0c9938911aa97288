import { dgxB200 } from './dgxB200';
import { dgxH100 } from './dgxH100';
import { gb200Nvl72 } from './gb200Nvl72';
import { PRESET_IDS, type Preset, type PresetId } from './preset';
import { rainier } from './rainier';
import { tpuV5pPod } from './tpuV5pPod';
import { trn2 } from './trn2';
import { trn2UltraServer } from './trn2UltraServer';
import { trn3UltraServer } from './trn3UltraServer';

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  rainier,
  trn2,
  'trn2-ultraserver': trn2UltraServer,
  'dgx-b200': dgxB200,
  'gb200-nvl72': gb200Nvl72,
  'trn3-ultraserver': trn3UltraServer,
  'tpu-v5p-pod': tpuV5pPod,
  'dgx-h100': dgxH100,
};

export const DEFAULT_PRESET_ID: PresetId = 'rainier';

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

/** A fresh copy, so callers can never mutate the catalog. */
export function presetConfig(id: PresetId) {
  return structuredClone(PRESETS[id].config);
}
