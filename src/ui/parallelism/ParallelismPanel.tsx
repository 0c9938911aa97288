import { useEffect, useId, useMemo } from 'react';
import {
  type GroupName,
  GROUP_LABELS,
  layoutText,
  nearestWorkableBatch,
  type ParallelismSettings,
  type RankedLayout,
  resolveShape,
  TRANSFORMERS,
  transformerById,
} from '../../model/index';
import type { ClusterConfig } from '../../model/config';
import { NumberField } from '../controls/NumberField';
import { useExplorer } from '../../state/store';
import { GroupColourKey } from './GroupColourKey';
import { formatBytes, formatCount, formatDuration, formatPercent } from '../../format/numbers';
import { FACTOR_FIELDS, SHAPE_FIELDS } from './parallelismFields';
import { StepBreakdownBar } from './StepBreakdownBar';
import { LinkLoadTable } from './LinkLoadTable';
import { ParallelismComparison } from './ParallelismComparison';
import { useTrainingPlans } from './useTrainingPlans';
import './parallelism.css';

export interface ParallelismPanelProps {
  /** The machine to train on; required. */
  config: ClusterConfig;
  /** Model, shape edits and fixed factors, as in the store; required. */
  settings: ParallelismSettings;
  /** Applies the next settings; returns why they were refused, if they were; required. */
  onChange: (next: ParallelismSettings) => string[];
}

const COLOUR_OPTIONS: readonly { group: GroupName | 'none'; label: string }[] = [
  { group: 'tp', label: 'TP group (chips that split each layer)' },
  { group: 'pp', label: 'PP stage (which layers a chip holds)' },
  { group: 'dp', label: 'DP replica' },
  { group: 'cp', label: 'CP group (chips that split a sequence)' },
  { group: 'ep', label: 'EP group (chips that split the experts)' },
  { group: 'none', label: 'Instance planes (no grouping)' },
];

/** Fields shown beside the model; the rest of the shape folds away under one line. */
const MAIN_SHAPE_KEYS: ReadonlySet<string> = new Set(['sequenceLength', 'globalBatchSequences']);

function describeShape(shape: ReturnType<typeof resolveShape>): string {
  const experts = shape.experts > 1 ? `, ${shape.experts} experts (${shape.activeExperts} active)` : '';
  return `${shape.layers} layers, d = ${formatCount(shape.hidden)}, ${shape.heads} heads (${shape.kvHeads} KV)${experts}`;
}

const percent = formatPercent;

/**
 * Training on the wiring: a published model split into tensor, pipeline, data, context and expert
 * parallel groups laid on the configured torus dimensions, switches and network. The search picks
 * the fastest layout that fits; any factor the user types is kept and the rest searched again.
 */
export function ParallelismPanel({ config, settings, onChange }: ParallelismPanelProps) {
  const titleId = useId();
  const modelId = useId();
  const configs = useMemo(() => [config], [config]);
  const { plans, stale } = useTrainingPlans(configs, settings);
  const plan = plans?.[0] ?? null;
  const shape = resolveShape(settings);
  const published = transformerById(settings.model);
  const chosen = plan?.chosen ?? null;
  const colourId = useId();
  // A group of one chip colours nothing: show the planes instead.
  const colourBy = settings.colourBy && chosen && chosen.layout[settings.colourBy] > 1 ? settings.colourBy : undefined;
  const { setTrainingLayout } = useExplorer.getState();
  useEffect(() => {
    setTrainingLayout(chosen?.layout ?? null);
  }, [chosen, setTrainingLayout]);
  useEffect(() => () => setTrainingLayout(null), [setTrainingLayout]);

  const setFactor = (group: GroupName, value: number | null) => {
    const fixed = { ...settings.fixed };
    if (value === null) delete fixed[group];
    else fixed[group] = value;
    return onChange({ ...settings, fixed });
  };
  const setShape = (key: keyof ParallelismSettings['shape'], value: number | null) => {
    const next = { ...settings.shape };
    if (value === null || value === published?.[key]) delete next[key];
    else next[key] = value as never;
    return onChange({ ...settings, shape: next });
  };
  const shapeField = (spec: (typeof SHAPE_FIELDS)[number]) => (
    <NumberField
      key={spec.key}
      spec={spec}
      testId={`parallel-${spec.key}`}
      value={shape[spec.key]}
      overridden={settings.shape[spec.key] !== undefined}
      onReset={() => setShape(spec.key, null)}
      onCommit={(value) => setShape(spec.key, value)}
    />
  );
  const batch = plan && !chosen && plan.machine ? nearestWorkableBatch(shape, plan.machine) : null;

  return (
    <section className="panel-section parallelism-panel" aria-labelledby={titleId} aria-busy={stale}>
      <h2 id={titleId}>Training on the wiring</h2>
      <p className="muted">
        How one training step of a model spreads over this machine: tensor (TP), pipeline (PP), data (DP), context (CP)
        and expert (EP) parallel groups, laid innermost-first on the torus dimensions, the instance ring and the
        scale-out network. The fastest layout that fits is chosen; type a factor to fix it.
      </p>

      <fieldset className="training-fields">
        <legend>Model</legend>
        <div className="training-field">
          <label htmlFor={modelId}>Published model</label>
          <select
            id={modelId}
            value={settings.model}
            data-testid="parallel-model"
            onChange={(e) => onChange({ ...settings, model: e.target.value, shape: {}, fixed: {} })}
          >
            {TRANSFORMERS.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          {published?.note && <span className="training-field-help">{published.note}</span>}
        </div>
        {SHAPE_FIELDS.filter((spec) => MAIN_SHAPE_KEYS.has(spec.key)).map(shapeField)}
        <details className="parallel-shape">
          <summary>Shape: {describeShape(shape)}</summary>
          <div className="training-fields parallel-shape-fields">
            {SHAPE_FIELDS.filter((spec) => !MAIN_SHAPE_KEYS.has(spec.key)).map(shapeField)}
          </div>
        </details>
      </fieldset>

      {chosen && (
        <div className="training-field parallel-colour">
          <label htmlFor={colourId}>Colour the chips by</label>
          <select
            id={colourId}
            value={colourBy ?? 'none'}
            data-testid="parallel-colour"
            onChange={(e) => {
              const value = e.target.value;
              const next = { ...settings };
              if (value === 'none') delete next.colourBy;
              else next.colourBy = value as GroupName;
              onChange(next);
            }}
          >
            {COLOUR_OPTIONS.filter((o) => o.group === 'none' || chosen.layout[o.group] > 1).map((o) => (
              <option key={o.group} value={o.group}>
                {o.label}
              </option>
            ))}
          </select>
          {colourBy && <GroupColourKey layout={chosen.layout} group={colourBy} />}
        </div>
      )}

      {plan === null ? (
        <p className="muted">Searching layouts…</p>
      ) : chosen ? (
        <PlanResult
          chosen={chosen}
          explanation={plan.search.best ? plan.search.explanation : null}
          hbm={plan.machine.hbmBytes}
        />
      ) : (
        <div className="parallel-problem" role="status" data-testid="parallel-problem">
          <p>{plan.problem}</p>
          {batch !== null && batch !== shape.globalBatchSequences && (
            <button
              type="button"
              data-testid="parallel-use-batch"
              onClick={() => setShape('globalBatchSequences', batch)}
            >
              Use a global batch of {formatCount(batch)} sequences
            </button>
          )}
        </div>
      )}

      <fieldset className="training-fields">
        <legend>Parallel layout (product = {formatCount(plan?.machine.chips ?? 0)} chips)</legend>
        {FACTOR_FIELDS.map((spec) => (
          <NumberField
            key={spec.key}
            spec={spec}
            testId={`parallel-${spec.key}`}
            value={settings.fixed[spec.key] ?? chosen?.layout[spec.key] ?? 1}
            overridden={settings.fixed[spec.key] !== undefined}
            onReset={() => setFactor(spec.key, null)}
            onCommit={(value) => setFactor(spec.key, value)}
            provenance={
              <button
                type="button"
                className={`factor-badge${settings.fixed[spec.key] === undefined ? ' is-auto' : ''}`}
                aria-pressed={settings.fixed[spec.key] !== undefined}
                title={
                  settings.fixed[spec.key] === undefined
                    ? 'Chosen by the search: click to keep this value'
                    : 'Kept: click to let the search choose'
                }
                onClick={() =>
                  setFactor(spec.key, settings.fixed[spec.key] === undefined ? (chosen?.layout[spec.key] ?? 1) : null)
                }
              >
                {settings.fixed[spec.key] === undefined ? 'auto' : 'fixed'}
              </button>
            }
          />
        ))}
      </fieldset>
      <ParallelismComparison settings={settings} />
    </section>
  );
}

function PlanResult({ chosen, explanation, hbm }: { chosen: RankedLayout; explanation: string | null; hbm: number }) {
  const r = chosen.result;
  const m = r.memory;
  return (
    <>
      <dl className="training-results" data-testid="parallel-result">
        <div className="training-result is-headline">
          <dt>Layout</dt>
          <dd data-testid="parallel-layout">{layoutText(chosen.layout)}</dd>
        </div>
        <div className="training-result is-headline">
          <dt>Step time</dt>
          <dd data-testid="parallel-step" data-value={r.stepSeconds}>
            {formatDuration(r.stepSeconds)}
          </dd>
        </div>
        <div className="training-result">
          <dt>Tokens per second</dt>
          <dd data-testid="parallel-tokens" data-value={r.tokensPerSecond}>
            {formatCount(Math.round(r.tokensPerSecond))} tokens/s
          </dd>
        </div>
        <div className="training-result is-headline">
          <dt>MFU (model FLOPs ÷ dense BF16 peak)</dt>
          <dd data-testid="parallel-mfu" data-value={r.mfu}>
            {percent(r.mfu)}
          </dd>
        </div>
        <div className="training-result">
          <dt>Memory per chip</dt>
          <dd data-testid="parallel-memory" data-value={m.total}>
            {formatBytes(m.total)} of {formatBytes(hbm)}:{' '}
            {r.fits ? 'fits' : <strong className="does-not-fit">does not fit</strong>}
          </dd>
          <dd className="training-formula">
            weights {formatBytes(m.weights)} · gradients {formatBytes(m.gradients)} · optimizer{' '}
            {formatBytes(m.optimizer)} · activations {formatBytes(m.activations)} ({chosen.layout.recompute}{' '}
            recomputation
            {chosen.layout.virtualStages > 1 ? `, ${chosen.layout.virtualStages} virtual stages` : ''})
          </dd>
        </div>
      </dl>
      <StepBreakdownBar breakdown={r.breakdown} stepSeconds={r.stepSeconds} />
      <LinkLoadTable loads={r.linkLoad} />
      <h3>Where each group runs</h3>
      <ul className="parallel-placement" data-testid="parallel-placement">
        {chosen.layout.order
          .filter((g) => chosen.layout[g] > 1)
          .map((g) => (
            <li key={g}>
              <span className={`group-swatch group-${g}`} aria-hidden="true" />
              {g.toUpperCase()} {chosen.layout[g]} ({GROUP_LABELS[g]}):{' '}
              {r.placement[g]
                .map((s) =>
                  s.extent === s.dimension.size
                    ? `the whole ${s.dimension.name}`
                    : `${s.extent} of the ${s.dimension.name}`,
                )
                .join(', ')}
            </li>
          ))}
      </ul>
      {explanation && (
        <p className="parallel-explanation" data-testid="parallel-explanation">
          {explanation}
        </p>
      )}
    </>
  );
}
