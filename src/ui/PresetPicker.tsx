import { PRESET_IDS, PRESETS, isPresetId } from '../model/index';
import { useEdited } from '../state/selectors';
import { useExplorer } from '../state/store';

/** Chooses a preset system; the config follows. An edited preset says so. */
export function PresetPicker() {
  const presetId = useExplorer((s) => s.presetId);
  const setPreset = useExplorer((s) => s.setPreset);
  const edited = useEdited();
  return (
    <label className="preset-picker">
      <span>System</span>
      <select
        value={presetId}
        onChange={(e) => {
          if (isPresetId(e.target.value)) setPreset(e.target.value);
        }}
        data-testid="preset-picker"
      >
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {PRESETS[id].name}
            {edited && id === presetId ? ' (edited)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
