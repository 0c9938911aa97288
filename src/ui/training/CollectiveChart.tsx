import { useId, useMemo, useState } from 'react';
import { LineChart } from '../../charts/LineChart';
import { formatBytesBinary, siFormatter } from '../../format/numbers';
import {
  algorithmRanges,
  collectiveLines,
  collectiveSweeps,
  type CollectiveScope,
  type CollectiveSystem,
} from '../../charts/data/collectiveSeries';
import { COLLECTIVE_OPS, type CollectiveOp } from '../../model/collectives/collectiveTime';
import { SourceList } from '../provenance/SourceList';
import './training.css';

export interface CollectiveChartProps {
  /** One to four systems to compare (label and config, as in the store or a preset); required. */
  systems: readonly CollectiveSystem[];
  /** Collective shown first; the chart's select changes it; default 'all-reduce'. */
  defaultOp?: CollectiveOp;
  /** Whole cluster (hierarchical) or one scale-up domain, shown first; default 'cluster'. */
  defaultScope?: CollectiveScope;
  /** Width of each chart in pixels; default 480. */
  width?: number;
  /** Height of each chart in pixels; default 280. */
  height?: number;
  /** Show the data tables on screen from the start; default false. */
  defaultShowTable?: boolean;
}

const OP_LABELS: Readonly<Record<CollectiveOp, string>> = {
  'all-reduce': 'All-reduce',
  'all-gather': 'All-gather',
  'reduce-scatter': 'Reduce-scatter',
  'all-to-all': 'All-to-all',
};

const BUS_FACTOR: Readonly<Record<CollectiveOp, string>> = {
  'all-reduce': '2(n−1)/n',
  'all-gather': '(n−1)/n',
  'reduce-scatter': '(n−1)/n',
  'all-to-all': '(n−1)/n',
};

const formatSeconds = siFormatter('s');
const formatSecondsTick = siFormatter('s', 3);
const formatBusBandwidth = siFormatter('B/s');
const formatBusBandwidthTick = siFormatter('B/s', 3);
// Log axes label powers of ten, which read cleanly in decimal units (10 kB, 1 MB); readout and table stay binary.
const formatSizeTick = siFormatter('B', 3);

/**
 * A collective's time and bus bandwidth against message size (1 KiB … 4 GiB, log–log) for each
 * system, from the α–β model, with the scale-up algorithm the policy picks at each size.
 */
export function CollectiveChart({
  systems,
  defaultOp = 'all-reduce',
  defaultScope = 'cluster',
  width = 480,
  height = 280,
  defaultShowTable = false,
}: CollectiveChartProps) {
  const [op, setOp] = useState<CollectiveOp>(defaultOp);
  const [scope, setScope] = useState<CollectiveScope>(defaultScope);
  const opId = useId();
  const scopeId = useId();
  const sweeps = useMemo(() => collectiveSweeps(systems.slice(0, 4), op), [systems, op]);
  const times = useMemo(() => collectiveLines(sweeps, scope, 'seconds'), [sweeps, scope]);
  const busBandwidths = useMemo(() => collectiveLines(sweeps, scope, 'busBandwidth'), [sweeps, scope]);
  const name = OP_LABELS[op];
  const where = scope === 'cluster' ? 'over every chip of the cluster' : 'inside one scale-up domain';
  const method =
    scope === 'cluster'
      ? 'Hierarchical, as Neuron does it: scale-up phases with the policy’s algorithm, scale-out phases the faster of ring and RDH on a non-blocking network.'
      : 'One rank per chip on the scale-up fabric, the policy’s algorithm at each size.';

  return (
    <div className="training-chart" data-testid="collective-chart">
      <div className="training-chart-controls">
        <label htmlFor={opId}>
          Collective
          <select
            id={opId}
            value={op}
            data-testid="collective-chart-op"
            onChange={(e) => setOp(e.target.value as CollectiveOp)}
          >
            {COLLECTIVE_OPS.map((o) => (
              <option key={o} value={o}>
                {OP_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={scopeId}>
          Ranks
          <select
            id={scopeId}
            value={scope}
            data-testid="collective-chart-scope"
            onChange={(e) => setScope(e.target.value as CollectiveScope)}
          >
            <option value="cluster">Whole cluster</option>
            <option value="scale-up">One scale-up domain</option>
          </select>
        </label>
      </div>
      <LineChart
        testId="collective-time-chart"
        title={`${name} time against message size`}
        subtitle={`α–β model, ${where}. ${method} Log–log.`}
        series={times}
        xLabel="Message size per rank (bytes)"
        yLabel="Time (s)"
        formatX={formatBytesBinary}
        formatXTick={formatSizeTick}
        formatY={formatSeconds}
        formatYTick={formatSecondsTick}
        width={width}
        height={height}
        defaultShowTable={defaultShowTable}
      />
      <LineChart
        testId="collective-busbw-chart"
        title={`${name} bus bandwidth against message size`}
        subtitle={`busBW = size ÷ time × ${BUS_FACTOR[op]} (NCCL-tests), comparable to one chip's link rate; ${where}. Log–log.`}
        series={busBandwidths}
        xLabel="Message size per rank (bytes)"
        yLabel="Bus bandwidth (B/s)"
        formatX={formatBytesBinary}
        formatXTick={formatSizeTick}
        formatY={formatBusBandwidth}
        formatYTick={formatBusBandwidthTick}
        width={width}
        height={height}
        defaultShowTable={defaultShowTable}
      />
      <table className="training-algorithms" data-testid="collective-algorithms">
        <caption>Scale-up algorithm the policy picks, by message size</caption>
        <thead>
          <tr>
            <th scope="col">System</th>
            <th scope="col">Policy</th>
            <th scope="col">Algorithm and sizes</th>
          </tr>
        </thead>
        <tbody>
          {sweeps.map(({ label, sweep }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{sweep.policy === 'neuron' ? 'Neuron size ranges' : 'Fastest in the model'}</td>
              <td>
                {algorithmRanges(sweep.bytes, sweep.chosenAlgorithm)
                  .map(
                    (r) =>
                      `${r.label}: ${formatBytesBinary(r.fromBytes)}${r.toBytes > r.fromBytes ? `–${formatBytesBinary(r.toBytes)}` : ''}`,
                  )
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="training-chart-method">
        Sizes follow NCCL-tests: all-reduce and all-to-all take each rank&apos;s whole buffer, all-gather its output,
        reduce-scatter its input. Sources:
        <SourceList sources={['AWS-IntraColl', 'AWS-InterColl', 'MPICH', 'NCCL-PERF']} />
      </div>
    </div>
  );
}
