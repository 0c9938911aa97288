import { LINK_COLORS, LINK_LABELS } from '../scene/palette';
import type { LinkKind } from '../model/wiring/wiring';
import { useWiring } from '../state/selectors';

/** Names the link colors that are in the current view. */
export function Legend() {
  const wiring = useWiring();
  const kinds = [...new Set(wiring.drawKinds)].sort() as LinkKind[];
  return (
    <ul className="legend" aria-label="Link kinds">
      {kinds.map((kind) => (
        <li key={kind}>
          <span className="swatch" style={{ background: LINK_COLORS[kind] }} aria-hidden="true" />
          {LINK_LABELS[kind]}
        </li>
      ))}
    </ul>
  );
}
