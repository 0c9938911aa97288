import { PRESET_IDS, PRESETS, type PresetId } from '../model/index';
import { useComparedSystems } from '../state/comparedSystems';
import { useExplorer } from '../state/store';
import { ComparisonTable } from './compare/ComparisonTable';
import { ScalingChart } from '../charts/ScalingChart';
import { PowerBreakdownChart } from '../charts/PowerBreakdownChart';

type Entry = PresetId | 'current';

/** Two to four systems side by side, with ratios to a baseline, published-versus-computed checks and charts. */
export function CompareTab() {
  const compare = useExplorer((s) => s.compare);
  const baseline = useExplorer((s) => s.baseline);
  const { setCompare, setBaseline } = useExplorer.getState();
  const systems = useComparedSystems();
  const change = (index: number, value: string) => {
    const next = compare.slice();
    if (value === '') next.splice(index, 1);
    else next[index] = value as Entry;
    setCompare(next);
  };
  return (
    <section className="panel-section compare-tab" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare systems</h2>
      <div className="compare-pickers">
        {compare.map((entry, i) => (
          <label key={i}>
            System {i + 1}
            <select value={entry} onChange={(e) => change(i, e.target.value)} data-testid={`compare-system-${i}`}>
              <option value="current">Current configuration</option>
              {PRESET_IDS.map((id) => (
                <option key={id} value={id}>
                  {PRESETS[id].name}
                </option>
              ))}
              {compare.length > 2 && <option value="">— remove —</option>}
            </select>
          </label>
        ))}
        {compare.length < 4 && (
          <button type="button" onClick={() => setCompare([...compare, 'dgx-b200'])} data-testid="compare-add">
            Add a system
          </button>
        )}
      </div>
      <ComparisonTable systems={systems} baselineIndex={baseline} onBaselineChange={setBaseline} />
      <div className="chart-grid">
        <ScalingChart systems={systems} metric="fp8DenseFlops" width={520} />
        <ScalingChart systems={systems} metric="facilityPowerWatts" width={520} />
        <ScalingChart systems={systems} metric="clusterBisectionBandwidth" width={520} />
        <ScalingChart systems={systems} metric="averageHops" width={520} />
        <PowerBreakdownChart systems={systems} width={520} />
      </div>
    </section>
  );
}
