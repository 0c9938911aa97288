import { useMemo } from 'react';
import { layoutText, type ParallelismSettings, resolveShape } from '../../model/index';
import { useComparedSystems } from '../../state/comparedSystems';
import { formatBytes, formatCount, formatDuration, formatPercent } from '../../format/numbers';
import { useTrainingPlans } from './useTrainingPlans';

export interface ParallelismComparisonProps {
  /** The model and fixed factors to run on every compared system; required. */
  settings: ParallelismSettings;
}

/**
 * The same model and global batch on each system of the comparison (chosen in the Compare tab):
 * each gets its own best layout, since a factor fixed for one machine rarely fits another.
 */
export function ParallelismComparison({ settings }: ParallelismComparisonProps) {
  const systems = useComparedSystems();
  const configs = useMemo(() => systems.map((s) => s.config), [systems]);
  // Fixed factors belong to the machine on screen; every system here is searched afresh.
  const searched = useMemo(() => ({ ...settings, fixed: {} }), [settings]);
  const { plans, stale } = useTrainingPlans(configs, searched);
  const shape = resolveShape(settings);
  return (
    <section className="parallel-compare" aria-busy={stale} data-testid="parallel-compare">
      <h3>
        {shape.name} on the compared systems ({formatCount(shape.globalBatchSequences)} sequences of{' '}
        {formatCount(shape.sequenceLength)} tokens a step)
      </h3>
      <div className="table-scroll">
        <table className="step-compare">
          <thead>
            <tr>
              <th scope="col">System</th>
              <th scope="col">Chips</th>
              <th scope="col">Best layout</th>
              <th scope="col">Step</th>
              <th scope="col">Tokens/s</th>
              <th scope="col">MFU</th>
              <th scope="col">Memory per chip</th>
            </tr>
          </thead>
          <tbody>
            {systems.map((system, i) => {
              const plan = plans?.[i];
              const chosen = plan?.chosen;
              return (
                <tr key={`${system.label}-${i}`}>
                  <th scope="row">{system.label}</th>
                  <td>{plan ? formatCount(plan.machine.chips) : '…'}</td>
                  {chosen ? (
                    <>
                      <td>{layoutText(chosen.layout)}</td>
                      <td>{formatDuration(chosen.result.stepSeconds)}</td>
                      <td>{formatCount(Math.round(chosen.result.tokensPerSecond))}</td>
                      <td>{formatPercent(chosen.result.mfu)}</td>
                      <td>{formatBytes(chosen.result.memory.total)}</td>
                    </>
                  ) : (
                    <td colSpan={5} className="muted">
                      {plan ? plan.problem : 'Searching…'}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">Systems from the Compare tab; each is searched for its own best layout that fits.</p>
    </section>
  );
}
