import { CHIPS, coordsOf } from '../model/index';
import { useView } from '../state/selectors';
import { useExplorer } from '../state/store';
import { formatBytesBinary, formatFlops } from '../format/numbers';

/** The chip under the pointer: where it sits and what it is. */
export function HoverTooltip() {
  const hovered = useExplorer((s) => s.hovered);
  const chip = useExplorer((s) => CHIPS[s.config.chip]);
  const view = useView();
  if (!hovered) return null;
  const coords =
    view.fabric === 'torus'
      ? `(${coordsOf(hovered.chip, view.dims).join(', ')})`
      : `instance ${Math.floor(hovered.chip / view.chipsPerInstance)}`;
  return (
    <div
      className="tooltip"
      style={{ left: hovered.x + 14, top: hovered.y + 14 }}
      data-testid="hover-tooltip"
      role="tooltip"
    >
      <strong>
        Chip {hovered.chip} {coords}
      </strong>
      <span>
        {chip.name} · {formatFlops(chip.fp8Dense.value)} FP8 · {formatBytesBinary(chip.hbmCapacity.value)} HBM
      </span>
      <span className="muted">Click to select · double-click to open</span>
    </div>
  );
}
