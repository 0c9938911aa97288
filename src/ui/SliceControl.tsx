import { DIM_NAMES } from '../scene/palette';
import { useView } from '../state/selectors';
import { useExplorer } from '../state/store';
import { sliceProblem } from '../model/index';

/**
 * Show one plane of the torus, or planes first..last, across one dimension: the way into a big
 * torus (a TPU pod's 28 Z planes) one layer at a time. Stored in the view state and the link (slice=).
 */
export function SliceControl() {
  const view = useView();
  const slice = useExplorer((s) => s.slice);
  const setSlice = useExplorer((s) => s.setSlice);
  const dims = view.dims.slice(0, 3);
  if (view.fabric !== 'torus' || !view.drawable || dims.filter((k) => k > 1).length < 2) return null;
  const active = slice && sliceProblem(slice, dims) === null ? slice : null;
  const k = active ? dims[active.dim]! : 0;
  const clamp = (v: number) => Math.max(0, Math.min(k - 1, Math.round(v)));
  return (
    <fieldset className="slice-control" aria-label="Slice the torus" data-testid="slice-control">
      <label>
        Slice
        <select
          value={active ? String(active.dim) : ''}
          onChange={(e) => {
            if (e.target.value === '') return setSlice(null);
            const dim = Number(e.target.value);
            // A new dimension starts on its middle plane: the one a reader usually wants first.
            const middle = Math.floor((dims[dim]! - 1) / 2);
            setSlice({ dim, from: middle, to: middle });
          }}
          data-testid="slice-dim"
        >
          <option value="">All planes</option>
          {dims.map((size, d) =>
            size > 1 ? (
              <option key={d} value={d}>
                {DIM_NAMES[d]} planes
              </option>
            ) : null,
          )}
        </select>
      </label>
      {active && (
        <>
          <input
            type="number"
            min={0}
            max={k - 1}
            value={active.from}
            aria-label={`First ${DIM_NAMES[active.dim]} plane`}
            data-testid="slice-from"
            onChange={(e) => {
              const from = clamp(Number(e.target.value));
              setSlice({ ...active, from, to: Math.max(from, active.to) });
            }}
          />
          <span aria-hidden="true">–</span>
          <input
            type="number"
            min={0}
            max={k - 1}
            value={active.to}
            aria-label={`Last ${DIM_NAMES[active.dim]} plane`}
            data-testid="slice-to"
            onChange={(e) => {
              const to = clamp(Number(e.target.value));
              setSlice({ ...active, to, from: Math.min(to, active.from) });
            }}
          />
          <span className="slice-of">of {k}</span>
        </>
      )}
    </fieldset>
  );
}
