import { useExplorer, type ViewLevel } from '../state/store';

const LEVELS: { level: ViewLevel; label: string }[] = [
  { level: 'instance', label: 'Instance' },
  { level: 'ultraserver', label: 'UltraServer' },
];

/** Switches between one instance's wiring and the whole scale-up domain's. */
export function LevelSwitch() {
  const level = useExplorer((s) => s.level);
  const setLevel = useExplorer((s) => s.setLevel);
  const instances = useExplorer((s) => s.config.instancesPerUltraServer);
  if (instances <= 1) return null;
  return (
    <div className="level-switch" role="group" aria-label="View level">
      {LEVELS.map((l) => (
        <button key={l.level} type="button" aria-pressed={level === l.level} onClick={() => setLevel(l.level)}>
          {l.label}
        </button>
      ))}
    </div>
  );
}
