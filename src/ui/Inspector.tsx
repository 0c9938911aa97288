import { CHIPS, bfsDistances, coordsOf, linkTraversals, nodeAt, resolveChip, torusDistance } from '../model/index';
import { useDegraded, useFailureImpact, usePath, useView, useViewGraph } from '../state/selectors';
import { DEFAULT_ALLREDUCE_BYTES, randomFailures } from '../model/index';
import { useState } from 'react';
import { useExplorer } from '../state/store';
import {
  formatBandwidth,
  formatBytesBinary,
  formatCount,
  formatCounted,
  formatDuration,
  formatFlops,
  formatHops,
  formatPercent,
  formatPower,
} from '../format/numbers';
import { ANATOMY_COLORS, LINK_COLORS, LINK_LABELS } from '../scene/palette';
import { LINK_KIND } from '../model/index';

const AXIS = ['x', 'y', 'z'];

/** Where a chip sits: torus coordinates, or its instance on the switch. */
function placeOf(view: ReturnType<typeof useView>, chip: number): string {
  if (view.fabric === 'switched')
    return `instance ${Math.floor(chip / view.chipsPerInstance)}, slot ${chip % view.chipsPerInstance}`;
  return `(${coordsOf(chip, view.dims).join(', ')})`;
}

/**
 * The selected chip, its neighbors and links, and the path between two chips — all reachable
 * from the keyboard, so nothing in the 3D view needs a mouse.
 */
export function Inspector() {
  const view = useView();
  const level = useExplorer((s) => s.level);
  const selection = useExplorer((s) => s.selection);
  const focusedChip = useExplorer((s) => s.focusedChip);
  const config = useExplorer((s) => s.config);
  const { setSelection, selectChip, openChip, setLevel, toggleFailedLink } = useExplorer.getState();
  const failedLinks = useExplorer((s) => s.failedLinks);
  const degraded = useDegraded();
  const path = usePath();
  const graph = useViewGraph();
  const chipSpec = CHIPS[config.chip];
  const chip = resolveChip(config);

  if (level === 'campus' || level === 'building' || level === 'rack') return null;
  if (level === 'chip') {
    return (
      <section className="panel-section inspector" aria-labelledby="inspector-title" data-testid="inspector">
        <h2 id="inspector-title">{chipSpec.name} up close</h2>
        <p className="muted">{chipSpec.summary}</p>
        <ul className="anatomy-key">
          <li>
            <span className="swatch" style={{ background: ANATOMY_COLORS.core }} />
            {chipSpec.cores.value} × {chipSpec.coreName}
          </li>
          <li>
            <span className="swatch" style={{ background: ANATOMY_COLORS.hbm }} />
            {chipSpec.hbmStacks.value} HBM stacks: {formatBytesBinary(chip.hbmCapacity)} at{' '}
            {formatBandwidth(chip.hbmBandwidth)}
          </li>
          <li>
            <span className="swatch" style={{ background: ANATOMY_COLORS.port }} />
            {config.fabric === 'torus' ? 'Scale-up link ports' : 'Switch link ports'}: {portText(config)}
          </li>
        </ul>
        <dl className="figures">
          <dt>Dense FP8</dt>
          <dd>{formatFlops(chip.fp8Dense)}</dd>
          <dt>Dense BF16</dt>
          <dd>{formatFlops(chip.bf16Dense)}</dd>
          <dt>Sparse FP8</dt>
          <dd>{formatFlops(chip.fp8Sparse)}</dd>
          <dt>FP32</dt>
          <dd>{formatFlops(chip.fp32Dense)}</dd>
          <dt>Power</dt>
          <dd>
            {formatPower(chip.tdp)}{' '}
            <span className="muted">({chipSpec.tdp.confidence === 'H' ? 'published' : 'estimate'})</span>
          </dd>
        </dl>
        <button type="button" onClick={() => setLevel('instance')}>
          Back to the instance
        </button>
        <p className="muted">
          Showing chip {focusedChip}
          {focusedChip >= view.chipsPerInstance
            ? ` of the UltraServer (instance ${Math.floor(focusedChip / view.chipsPerInstance)}, its chip ${focusedChip % view.chipsPerInstance})`
            : ' of the instance'}
          .
        </p>
      </section>
    );
  }

  const current = selection[selection.length - 1];
  return (
    <section className="panel-section inspector" aria-labelledby="inspector-title" data-testid="inspector">
      <h2 id="inspector-title">Inspector</h2>
      <label className="chip-picker">
        Chip
        <input
          type="number"
          min={0}
          max={view.chips - 1}
          value={current ?? ''}
          placeholder={`0–${view.chips - 1}`}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 0 && n < view.chips) setSelection([n]);
          }}
          data-testid="chip-input"
        />
      </label>
      {current === undefined ? (
        <p className="muted">
          Hover a chip for its figures; click one to select it, then another for the shortest path between them.
          Double-click opens a chip.
        </p>
      ) : (
        <>
          <p data-testid="selected-chip">
            <strong>Chip {current}</strong> at {placeOf(view, current)}
            {view.scope === 'ultraserver' &&
              view.fabric === 'torus' &&
              view.interInstanceDim >= 0 &&
              ` · instance ${coordsOf(current, view.dims)[view.interInstanceDim]}`}
          </p>
          <button type="button" onClick={() => openChip(current)}>
            Open chip {current}
          </button>
          <h3>Links</h3>
          <ul className="links" data-testid="neighbors">
            {neighborsOf(view, current).map((n, i) => (
              <li key={i}>
                <span className="swatch" style={{ background: LINK_COLORS[n.kind] }} aria-hidden="true" />
                <button
                  type="button"
                  onClick={() => setSelection([n.chip])}
                  aria-label={`Select chip ${n.chip}, ${n.label}`}
                >
                  {n.label} → chip {n.chip}
                </button>
                <span className="muted">
                  {' '}
                  {formatBandwidth(n.bandwidth)} · {LINK_LABELS[n.kind].toLowerCase()}
                </span>
                {selection.length === 1 && (
                  <button
                    type="button"
                    className="small"
                    onClick={() => selectChip(n.chip)}
                    aria-label={`Path from chip ${current} to chip ${n.chip}`}
                  >
                    path
                  </button>
                )}
                <button
                  type="button"
                  className="small"
                  onClick={() => toggleFailedLink(current, n.chip)}
                  aria-label={`${isFailed(failedLinks, current, n.chip) ? 'Repair' : 'Fail'} the link from chip ${current} to chip ${n.chip}`}
                  data-testid={`fail-link-${current}-${n.chip}`}
                >
                  {isFailed(failedLinks, current, n.chip) ? 'repair' : 'fail'}
                </button>
              </li>
            ))}
            {view.fabric === 'switched' && (
              <li className="muted">
                {config.linksPerChip} links to {view.switches} switch chips, {formatBandwidth(view.switchLinkBandwidth)}{' '}
                each; every other chip is one switch away.
              </li>
            )}
          </ul>
        </>
      )}
      {view.fabric === 'torus' && <FailurePanel />}
      {selection.length === 2 && path && path.length === 0 && selection[0] !== selection[1] && (
        <p className="field-error" data-testid="path-unreachable">
          Chip {selection[1]} cannot be reached from chip {selection[0]}: the failures cut them apart.
        </p>
      )}
      {path && selection.length === 2 && (path.length > 0 || selection[0] === selection[1]) && (
        <PathSummary
          from={selection[0]!}
          to={selection[1]!}
          hops={view.fabric === 'torus' ? path.length : linkTraversals(path)}
          modelDistance={
            view.fabric !== 'torus'
              ? 2
              : degraded
                ? bfsDistances(degraded.graph, selection[0]!)[selection[1]!]!
                : torusDistance(view.dims, selection[0]!, selection[1]!)
          }
          healthyDistance={view.fabric === 'torus' ? torusDistance(view.dims, selection[0]!, selection[1]!) : 2}
          bfsDistance={graph ? bfsDistances(degraded?.graph ?? graph, selection[0]!)[selection[1]!]! : 2}
          steps={path.map((h) =>
            h.viaSwitch >= 0
              ? `${h.from} → switch → ${h.to}`
              : `${h.from} → ${h.to} (${h.direction > 0 ? '+' : '−'}${AXIS[h.dim] ?? `d${h.dim}`})`,
          )}
        />
      )}
    </section>
  );
}

function portText(config: ReturnType<typeof useExplorer.getState>['config']): string {
  if (config.fabric === 'switched')
    return `${config.linksPerChip} × ${formatBandwidth(config.intraLinkBandwidth)} (both directions)`;
  const inPlane = 2 * config.instanceDims.filter((k) => k > 1).length;
  const z = config.instancesPerUltraServer > 1 ? 2 : 0;
  return `${inPlane} × ${formatBandwidth(config.intraLinkBandwidth)} in the instance${z ? ` + ${z} × ${formatBandwidth(config.interLinkBandwidth)} between instances` : ''} (both directions)`;
}

interface Neighbor {
  chip: number;
  label: string;
  bandwidth: number;
  kind: (typeof LINK_KIND)[keyof typeof LINK_KIND];
}

function neighborsOf(view: ReturnType<typeof useView>, chip: number): Neighbor[] {
  if (view.fabric !== 'torus') return [];
  const coords = coordsOf(chip, view.dims);
  const out: Neighbor[] = [];
  view.dims.forEach((k, d) => {
    if (k < 2) return;
    for (const step of [1, -1]) {
      const next = coords.slice();
      next[d] = (coords[d]! + step + k) % k;
      const wraps = (step === 1 && coords[d] === k - 1) || (step === -1 && coords[d] === 0);
      out.push({
        chip: nodeAt(next, view.dims),
        label: `${step > 0 ? '+' : '−'}${AXIS[d] ?? `d${d}`}${wraps ? ' (wrap-around)' : ''}`,
        bandwidth: view.linkBandwidth[d] ?? 0,
        kind: d === view.interInstanceDim ? LINK_KIND.interInstance : LINK_KIND.intraInstance,
      });
    }
  });
  return out;
}

const isFailed = (links: readonly [number, number][], a: number, b: number) =>
  links.some((l) => (l[0] === a && l[1] === b) || (l[0] === b && l[1] === a));

/** Fail chips or links (by click, from the link list, or at random) and see what the torus loses. */
function FailurePanel() {
  const view = useView();
  const impact = useFailureImpact();
  const failOnClick = useExplorer((s) => s.failOnClick);
  const failedLinks = useExplorer((s) => s.failedLinks);
  const failedChips = useExplorer((s) => s.failedChips);
  const { setFailOnClick, setFailures } = useExplorer.getState();
  const [count, setCount] = useState(4);
  const [seed, setSeed] = useState(1);
  const shape = { dims: view.dims, linkBandwidth: view.linkBandwidth };
  return (
    <div className="failures" data-testid="failure-panel">
      <h3>What if something fails?</h3>
      <div className="row">
        <label>
          <input type="checkbox" checked={failOnClick} onChange={(e) => setFailOnClick(e.target.checked)} /> Click a
          chip to fail it
        </label>
      </div>
      <div className="row">
        <label>
          Random link failures
          <input
            type="number"
            min={1}
            max={64}
            value={count}
            onChange={(e) => setCount(Math.max(1, Math.min(64, Math.floor(Number(e.target.value)) || 1)))}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            const f = randomFailures(shape, { links: count, seed });
            setSeed(seed + 1);
            setFailures(
              (f.links ?? []).map(([a, b]) => [a, b] as [number, number]),
              failedChips,
            );
          }}
        >
          Fail {count}
        </button>
        {(failedLinks.length > 0 || failedChips.length > 0) && (
          <button type="button" onClick={() => setFailures([], [])} data-testid="repair-all">
            Repair all
          </button>
        )}
      </div>
      {impact && (
        <dl className="figures" data-testid="failure-impact">
          <dt>Down</dt>
          <dd>
            {formatCounted(impact.downLinks.length, 'link')}, {formatCounted(impact.failedChips.length, 'chip')}
          </dd>
          <dt>Diameter</dt>
          <dd>
            {formatHops(impact.healthy.diameterHops)} →{' '}
            {impact.degraded.connected ? formatHops(impact.degraded.diameterHops) : 'cut apart'}
            {impact.method.diameterIsLowerBound ? ' (at least)' : ''}
          </dd>
          <dt>Average distance</dt>
          <dd>
            {formatHops(impact.healthy.averageHops)} → {formatHops(impact.degraded.averageHops)}
          </dd>
          <dt>Bisection (one direction)</dt>
          <dd>
            {formatBandwidth(impact.healthy.bisectionBandwidth)} → {formatBandwidth(impact.degraded.bisectionBandwidth)}{' '}
            (weakest cut found: an upper bound)
          </dd>
          <dt>Reachable pairs</dt>
          <dd>{formatPercent(impact.degraded.reachablePairFraction)}</dd>
          <dt title="Reduce-scatter then all-gather move at least S across any balanced cut in each direction: T ≥ S ÷ bisection bandwidth.">
            All-reduce of {formatBytesBinary(DEFAULT_ALLREDUCE_BYTES)}, bisection bound
          </dt>
          <dd data-testid="failure-allreduce">
            {formatDuration(DEFAULT_ALLREDUCE_BYTES / impact.healthy.bisectionBandwidth)} →{' '}
            {impact.degraded.bisectionBandwidth > 0
              ? formatDuration(DEFAULT_ALLREDUCE_BYTES / impact.degraded.bisectionBandwidth)
              : 'cannot complete'}
          </dd>
        </dl>
      )}
    </div>
  );
}

interface PathSummaryProps {
  from: number;
  to: number;
  hops: number;
  modelDistance: number;
  healthyDistance: number;
  bfsDistance: number;
  steps: string[];
}

function PathSummary({ from, to, hops, modelDistance, healthyDistance, bfsDistance, steps }: PathSummaryProps) {
  return (
    <div className="path-summary" data-testid="path-summary">
      <h3>Shortest path</h3>
      <p>
        Chip {from} → chip {to}: <strong data-testid="path-hops">{formatCount(hops)}</strong>{' '}
        {hops === 1 ? 'hop' : 'hops'}
        <span className="muted">
          {' '}
          (model distance <span data-testid="model-distance">{modelDistance}</span>, breadth-first search {bfsDistance}
          {healthyDistance !== modelDistance ? `; ${healthyDistance} without the failures` : ''})
        </span>
      </p>
      <ol className="path-steps">
        {steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
    </div>
  );
}
