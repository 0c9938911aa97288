import { useState } from 'react';
import {
  CHIP_FIGURE_FIELDS,
  CHIP_IDS,
  CHIPS,
  CONFIG_NUMBER_FIELDS,
  parseTorusDims,
  resolveChip,
  type NumberFieldSpec,
} from '../../model/index';
import { useExplorer } from '../../state/store';
import { NumberField } from './NumberField';
import { FabricFields, SiteFields } from './SiteFabricFields';
import './controls.css';

const SLIDERS = new Set([
  'ultraServers',
  'intraLinkBandwidth',
  'interLinkBandwidth',
  'pue',
  'scaleOutBandwidthPerChip',
]);
const GROUPS: NumberFieldSpec['group'][] = ['Chip', 'Instance', 'UltraServer', 'Cluster', 'Network', 'Power and site'];

/** Every configuration parameter, grouped, with units and ranges; presets and reset at the top. */
export function ControlPanel() {
  const config = useExplorer((s) => s.config);
  const { setConfigNumber, setChipOverride, setChip, setFabricKind, resetConfig } = useExplorer.getState();
  const chip = resolveChip(config);
  const spec = CHIPS[config.chip];

  return (
    <section className="panel-section controls" aria-labelledby="controls-title" data-testid="control-panel">
      <div className="controls-head">
        <h2 id="controls-title">Configure</h2>
        <button type="button" onClick={resetConfig} data-testid="reset-config">
          Reset to preset
        </button>
      </div>
      {GROUPS.map((group) => (
        <fieldset key={group}>
          <legend>{group}</legend>
          {group === 'Chip' && (
            <>
              <label className="select-field">
                Chip
                <select
                  value={config.chip}
                  onChange={(e) => setChip(e.target.value as (typeof CHIP_IDS)[number])}
                  data-testid="field-chip"
                >
                  {CHIP_IDS.map((id) => (
                    <option key={id} value={id}>
                      {CHIPS[id].name}
                    </option>
                  ))}
                </select>
              </label>
              {CHIP_FIGURE_FIELDS.map((f) => {
                const current = chip[f.key];
                const sourced = f.key === 'fp32Dense' ? spec.fp32Dense?.value : spec[f.key].value;
                if (current === null || sourced === undefined) return null;
                return (
                  <NumberField
                    key={f.key}
                    spec={f}
                    value={current}
                    overridden={config.chipOverrides[f.key] !== undefined}
                    onCommit={(v) => setChipOverride(f.key, v === sourced ? null : v)}
                    onReset={() => setChipOverride(f.key, null)}
                  />
                );
              })}
              <SparseSpeedupField />
            </>
          )}
          {group === 'Instance' && (
            <>
              <label className="select-field">
                Scale-up fabric
                <select
                  value={config.fabric}
                  onChange={(e) => setFabricKind(e.target.value as 'torus' | 'switched')}
                  data-testid="field-fabric"
                >
                  <option value="torus">Torus (chip-to-chip links)</option>
                  <option value="switched">Switched (all-to-all)</option>
                </select>
              </label>
              <DimsField />
            </>
          )}
          {CONFIG_NUMBER_FIELDS.filter((f) => f.group === group).map((f) => (
            <NumberField
              key={f.key}
              spec={f}
              value={config[f.key]}
              slider={SLIDERS.has(f.key)}
              onCommit={(v) => setConfigNumber(f.key, v)}
            />
          ))}
          {group === 'Network' && <FabricFields />}
          {group === 'Power and site' && <SiteFields />}
        </fieldset>
      ))}
    </section>
  );
}

/** Torus dims of one instance (or chips per instance when switched), typed like "4×4". */
function DimsField() {
  const dims = useExplorer((s) => s.config.instanceDims);
  const fabric = useExplorer((s) => s.config.fabric);
  const setInstanceDims = useExplorer((s) => s.setInstanceDims);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? dims.join('×');
  return (
    <div className={`number-field${error ? ' invalid' : ''}`} data-testid="field-instanceDims">
      <label htmlFor="dims-field">{fabric === 'torus' ? 'Instance torus' : 'Chips per instance'}</label>
      <input
        id="dims-field"
        value={shown}
        aria-invalid={error !== null}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parseTorusDims(e.target.value);
          if (!parsed.ok) return setError(parsed.error);
          const problems = setInstanceDims(parsed.dims);
          setError(problems.length ? problems.join(' ') : null);
        }}
        onBlur={() => {
          setDraft(null);
          setError(null);
        }}
      />
      <p className={error ? 'field-error' : 'field-help'} role={error ? 'alert' : undefined}>
        {error ??
          (fabric === 'torus' ? '1–3 sizes of 1–32, like 4×4 or 4×4×8.' : 'Chips on one host tray, like 4 or 8.')}
      </p>
    </div>
  );
}

/** Sparse FP8 as a multiple of dense: the article's "4×" reading versus AWS's ≈1.97×. */
function SparseSpeedupField() {
  const config = useExplorer((s) => s.config);
  const setChipOverride = useExplorer((s) => s.setChipOverride);
  const chip = resolveChip(config);
  const speedup = chip.fp8Sparse / chip.fp8Dense;
  const spec: NumberFieldSpec = {
    key: 'sparseSpeedup',
    label: 'Sparse speed-up over dense FP8',
    group: 'Chip',
    unit: 'ratio',
    min: 1,
    max: 16,
    integer: false,
    help: 'AWS documents ≈1.97× for Trainium2; the article assumed 4×.',
  };
  return (
    <NumberField
      spec={spec}
      value={speedup}
      onCommit={(v) => {
        const sourced = CHIPS[config.chip].fp8Sparse.value;
        const next = v * chip.fp8Dense;
        return setChipOverride('fp8Sparse', Math.abs(next - sourced) / sourced < 1e-9 ? null : next);
      }}
    />
  );
}
