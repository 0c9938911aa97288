import { phaseAt, type CollectiveKind } from '../model/index';
import { useCollectiveSchedule, useView } from '../state/selectors';
import { useExplorer } from '../state/store';
import { formatBytesBinary, formatCount, formatCounted } from '../format/numbers';

const SIZES = [1, 16, 64, 256, 1024].map((mib) => mib * 2 ** 20);

/** Plays an all-reduce over the links of the view, step by step, with its byte counts. */
export function CollectivePanel() {
  const collective = useExplorer((s) => s.collective);
  const level = useExplorer((s) => s.level);
  const view = useView();
  const schedule = useCollectiveSchedule();
  const { setCollective, setCollectiveStep, setCollectivePlaying, setCollectiveBytes } = useExplorer.getState();
  if (level !== 'instance' && level !== 'ultraserver') return null;
  const torusAvailable = view.fabric === 'torus' && view.dims.filter((k) => k > 1).length > 1;
  const at =
    schedule && collective ? phaseAt(schedule, Math.min(collective.step, Math.max(schedule.totalSteps - 1, 0))) : null;

  return (
    <section className="panel-section collective" aria-labelledby="collective-title">
      <h2 id="collective-title">All-reduce, step by step</h2>
      <div className="row">
        <label>
          Algorithm
          <select
            value={collective?.kind ?? ''}
            onChange={(e) => setCollective((e.target.value || null) as CollectiveKind | null)}
            data-testid="collective-kind"
          >
            <option value="">Off</option>
            <option value="ring">Ring over all chips</option>
            {torusAvailable && <option value="torus">Torus: rings per dimension</option>}
          </select>
        </label>
        {collective && (
          <label>
            Size per chip
            <select value={collective.bytes} onChange={(e) => setCollectiveBytes(Number(e.target.value))}>
              {SIZES.map((b) => (
                <option key={b} value={b}>
                  {formatBytesBinary(b)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {collective && schedule && at && (
        <>
          <div className="row">
            <button
              type="button"
              onClick={() => setCollectiveStep(Math.max(collective.step - 1, 0))}
              disabled={collective.step === 0}
              aria-label="Previous step"
            >
              ◀
            </button>
            <button
              type="button"
              onClick={() => setCollectivePlaying(!collective.playing)}
              data-testid="collective-play"
            >
              {collective.playing ? 'Pause' : collective.step >= schedule.totalSteps - 1 ? 'Replay' : 'Play'}
            </button>
            <button
              type="button"
              onClick={() => setCollectiveStep(Math.min(collective.step + 1, schedule.totalSteps - 1))}
              disabled={collective.step >= schedule.totalSteps - 1}
              aria-label="Next step"
              data-testid="collective-next"
            >
              ▶
            </button>
            <span data-testid="collective-step">
              Step {collective.step + 1} of {formatCount(schedule.totalSteps)}
            </span>
          </div>
          <p className="muted">
            {at.phase.label}: every chip sends <strong>{formatBytesBinary(at.phase.bytesPerLinkPerStep)}</strong> to the
            next chip of its ring (one direction per link). Over the whole all-reduce each chip sends{' '}
            {formatBytesBinary(schedule.bytesSentPerChip)} in {formatCounted(schedule.totalSteps, 'step')}.
          </p>
          {schedule.kind === 'ring' && !schedule.ringUsesOnlyNeighbors && (
            <p className="muted">
              This torus has no snake-shaped ring of neighbors, so the ring's last step crosses several hops.
            </p>
          )}
        </>
      )}
    </section>
  );
}
