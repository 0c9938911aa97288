import { PRESET_IDS, PRESETS, isPresetId } from '../model/index';
import { useExplorer } from '../state/store';

/** Chooses a preset system; the config follows. */
export function PresetPicker() {
  const presetId = useExplorer((s) => s.presetId);
  const setPreset = useExplorer((s) => s.setPreset);
  return (
    <label className="preset-picker">
      <span>System</span>
      <select
        value={presetId ?? ''}
        onChange={(e) => {
          if (isPresetId(e.target.value)) setPreset(e.target.value);
        }}
        data-testid="preset-picker"
      >
        {presetId === null && <option value="">Custom</option>}
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {PRESETS[id].name}
          </option>
        ))}
      </select>
    </label>
  );
}
