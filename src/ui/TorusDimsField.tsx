import { useState } from 'react';
import { formatCount, formatCounted } from '../format/numbers';
import { chipsPerUltraServer, PRESETS, parseTorusDims, type ClusterConfig } from '../model/index';
import type { ShareState } from '../share/shareState';
import { useEdited, useMetrics } from '../state/selectors';
import { toShareState } from '../state/shareSync';
import { useExplorer } from '../state/store';

/** A typed torus is one scale-up domain of its own: true when that replaces more than the torus itself. */
const replacesMore = (config: ClusterConfig) =>
  config.fabric !== 'torus' || config.instancesPerUltraServer > 1 || config.ultraServers > 1;

/** "4×4": the dims as the field shows them. */
const dimsText = (dims: readonly number[]) => dims.join('×');

/**
 * Type any k-ary n-cube (1–3 dimensions) to see it wired. It shows the torus in force, and when
 * the typed one would replace more than that torus (the instances of an UltraServer, a cluster
 * of domains, a switched domain) it says what first and waits for a confirmation. Undo puts
 * back everything the change replaced.
 */
export function TorusDimsField() {
  const config = useExplorer((s) => s.config);
  const presetId = useExplorer((s) => s.presetId);
  const setTorusDims = useExplorer((s) => s.setTorusDims);
  const metrics = useMetrics();
  const edited = useEdited();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<number[] | null>(null);
  // What Undo restores, offered only while the torus it replaced is still the one in force.
  const [undo, setUndo] = useState<{ state: ShareState; replaced: string; after: ClusterConfig } | null>(null);

  const current = config.fabric === 'torus' ? dimsText(config.instanceDims) : null;
  const owner = edited ? 'the current configuration' : PRESETS[presetId].name;
  const whatIsReplaced =
    config.fabric === 'torus'
      ? `${owner}'s ${current} ${config.instancesPerUltraServer > 1 ? 'instance ' : ''}torus`
      : `${owner}'s switched domain of ${formatCounted(chipsPerUltraServer(config), 'chip')}`;
  const systemNow =
    metrics.ultraServers > 1
      ? `the ${formatCount(metrics.chips)}-chip cluster of ${formatCounted(metrics.ultraServers, 'domain')}`
      : `the ${formatCount(metrics.chips)}-chip domain`;

  const apply = (dims: number[]) => {
    const before = structuredClone(toShareState(useExplorer.getState()));
    setPending(null);
    setText('');
    setTorusDims(dims);
    setUndo({ state: before, replaced: whatIsReplaced, after: useExplorer.getState().config });
  };
  const submit = () => {
    const parsed = parseTorusDims(text);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    if (replacesMore(config)) setPending(parsed.dims);
    else apply(parsed.dims);
  };
  const chipsOf = (dims: readonly number[]) => dims.reduce((p, k) => p * k, 1);

  return (
    <form
      className="torus-field"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label>
        Torus
        <input
          value={text}
          placeholder={current ?? 'e.g. 8×8'}
          onChange={(e) => {
            setText(e.target.value);
            setPending(null);
          }}
          aria-invalid={error !== null}
          aria-label={`Torus dims, now ${current ?? 'a switched domain'}`}
          title={`Now ${current ?? 'a switched domain'}: type new dims, e.g. 16x16x16`}
          data-testid="torus-dims"
          size={9}
        />
      </label>
      <button type="submit">Show</button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      {pending && (
        <span className="torus-confirm" role="alert" data-testid="torus-warning">
          Replaces {whatIsReplaced}: {systemNow} becomes one {formatCount(chipsOf(pending))}-chip {dimsText(pending)}{' '}
          domain.
          <button type="button" onClick={() => apply(pending)} data-testid="torus-confirm">
            Replace
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </span>
      )}
      {undo && undo.after === config && !pending && (
        <span className="torus-confirm" data-testid="torus-undo-note">
          Replaced {undo.replaced}.
          <button
            type="button"
            onClick={() => {
              useExplorer.getState().applyShareState(undo.state);
              setUndo(null);
            }}
            data-testid="torus-undo"
          >
            Undo
          </button>
        </span>
      )}
    </form>
  );
}
