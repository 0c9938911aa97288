import { useDonutAvailable } from '../state/selectors';
import { useExplorer, type ViewLevel } from '../state/store';
import { domainLabel } from './domainLabel';
import { SliceControl } from './SliceControl';
import { TorusDimsField } from './TorusDimsField';

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
