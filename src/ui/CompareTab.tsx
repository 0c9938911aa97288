import { PRESET_IDS, PRESETS, type PresetId } from '../model/index';
import { ARTICLE_PAIRS, COMPARE_BASES } from '../share/shareState';
import { useComparedSystems } from '../state/comparedSystems';
import { useExplorer } from '../state/store';
import { ComparisonTable } from './compare/ComparisonTable';
import { BASIS_LABELS } from './compare/comparisonRows';
import { ScalingChart } from '../charts/ScalingChart';
import { PowerBreakdownChart } from '../charts/PowerBreakdownChart';

type Entry = PresetId | 'current';

/** One line under each basis, so a reader knows what the ratios then mean. */
const BASIS_HINTS = {
  configured: 'each system at its own size',
  chips: 'ratios per chip',
  power: 'ratios per watt of IT power',
  domains: 'ratios per UltraServer, rack or pod',
} as const;

/** Two to four systems side by side, with ratios to a baseline, published-versus-computed checks and charts. */
export function CompareTab() {
  const compare = useExplorer((s) => s.compare);
  const baseline = useExplorer((s) => s.baseline);
  const basis = useExplorer((s) => s.compareBasis);
  const { setCompare, setBaseline, setCompareBasis } = useExplorer.getState();
  const systems = useComparedSystems();
  const change = (index: number, value: string) => {
    const next = compare.slice();
    if (value === '') next.splice(index, 1);
    else next[index] = value as Entry;
    setCompare(next);
  };
  const openPair = (pair: (typeof ARTICLE_PAIRS)[number]) => {
    setCompare([...pair.compare]);
    setBaseline(pair.baseline);
  };
  const isOpen = (pair: (typeof ARTICLE_PAIRS)[number]) =>
    compare.length === 2 && compare[0] === pair.compare[0] && compare[1] === pair.compare[1];
  return (
    <section className="panel-section compare-tab" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare systems</h2>
      <fieldset className="compare-pairs">
        <legend className="compare-pairs-label">The seed article's pairs:</legend>
        {ARTICLE_PAIRS.map((pair, i) => (
          <button
            key={pair.label}
            type="button"
            aria-pressed={isOpen(pair)}
            onClick={() => openPair(pair)}
            data-testid={`compare-pair-${i}`}
          >
            {pair.label}
          </button>
        ))}
      </fieldset>
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
      {/* The 3D view's orbit controls take arrow keys from the window and cancel them: keep them for the radios. */}
      <fieldset
        className="compare-basis"
        data-testid="compare-basis"
        onKeyDown={(e) => {
          if (e.key.startsWith('Arrow')) e.stopPropagation();
        }}
      >
        <legend>Compare at</legend>
        {COMPARE_BASES.map((b) => (
          <label key={b} className={b === basis ? 'is-checked' : undefined}>
            <input
              type="radio"
              name="compare-basis"
              value={b}
              checked={b === basis}
              onChange={() => setCompareBasis(b)}
              data-testid={`compare-basis-${b}`}
            />
            {BASIS_LABELS[b]}
            <span className="compare-basis-hint">{BASIS_HINTS[b]}</span>
          </label>
        ))}
      </fieldset>
      <ComparisonTable systems={systems} baselineIndex={baseline} onBaselineChange={setBaseline} basis={basis} />
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
