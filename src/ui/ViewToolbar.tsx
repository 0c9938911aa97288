import { useState } from 'react';
import { parseTorusDims } from '../model/index';
import { useDonutAvailable } from '../state/selectors';
import { useExplorer, type ViewLevel } from '../state/store';
import { domainLabel } from './domainLabel';
import { SliceControl } from './SliceControl';

/** Level, layout and camera controls over the 3D view. */
export function ViewToolbar() {
  const level = useExplorer((s) => s.level);
  const config = useExplorer((s) => s.config);
  const donut = useExplorer((s) => s.donut);
  const autoRotate = useExplorer((s) => s.autoRotate);
  const focusedChip = useExplorer((s) => s.focusedChip);
  const { setLevel, setDonut, resetCamera, setAutoRotate, openChip } = useExplorer.getState();
  const donutAvailable = useDonutAvailable();
  const levels: { level: ViewLevel; label: string }[] = [
    { level: 'chip', label: 'Chip' },
    { level: 'instance', label: 'Instance' },
    ...(config.instancesPerUltraServer > 1 ? [{ level: 'ultraserver' as const, label: domainLabel(config) }] : []),
  ];
  return (
    <div className="view-toolbar" data-label-obstacle="">
      <fieldset className="segmented" aria-label="View level">
        {levels.map((l) => (
          <button
            key={l.level}
            type="button"
            aria-pressed={level === l.level}
            data-testid={`level-${l.level}`}
            onClick={() => (l.level === 'chip' ? openChip(focusedChip) : setLevel(l.level))}
          >
            {l.label}
          </button>
        ))}
      </fieldset>
      {(level === 'instance' || level === 'ultraserver') && donutAvailable && (
        <label className="toggle">
          <input
            type="checkbox"
            checked={donut}
            onChange={(e) => setDonut(e.target.checked)}
            data-testid="donut-toggle"
          />
          Donut
        </label>
      )}
      <label className="toggle">
        <input type="checkbox" checked={autoRotate} onChange={(e) => setAutoRotate(e.target.checked)} />
        Orbit
      </label>
      <button type="button" onClick={resetCamera} data-testid="reset-view">
        Reset view
      </button>
      <TorusDimsField />
      {(level === 'instance' || level === 'ultraserver') && <SliceControl />}
    </div>
  );
}

/** Type any k-ary n-cube (1–3 dimensions) to see it wired. */
function TorusDimsField() {
  const config = useExplorer((s) => s.config);
  const setTorusDims = useExplorer((s) => s.setTorusDims);
  const current =
    config.fabric === 'torus' && config.instancesPerUltraServer === 1 ? config.instanceDims.join('×') : '';
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const parsed = parseTorusDims(text);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setTorusDims(parsed.dims);
  };
  return (
    <form
      className="torus-field"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label>
        Torus
        <input
          value={text}
          placeholder={current || '8×8'}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby="torus-error"
          data-testid="torus-dims"
          size={9}
        />
      </label>
      <button type="submit">Show</button>
      {error && (
        <span id="torus-error" className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
