import { formatCounted } from '../format/numbers';
import { DRAW_DIM_SWITCH } from '../model/wiring/wiring';
import { DIM_NAMES } from '../scene/palette';
import { useScenePalette } from '../scene/useScenePalette';
import { usePath, useView, useWiring } from '../state/selectors';
import { useExplorer } from '../state/store';

interface Entry {
  key: string;
  label: string;
  color: string;
  /** Dashed swatch (wrap-around links, failed links). */
  dashed?: boolean;
  /** Thick swatch (overlays). */
  thick?: boolean;
}

const swatchStyle = (e: Entry) => ({
  background: e.dashed ? `repeating-linear-gradient(90deg, ${e.color} 0 6px, transparent 6px 10px)` : e.color,
  height: e.thick ? '0.4rem' : undefined,
});

/** Names every colour in the wiring view: link dimensions, wrap-arounds, and the overlays that are on. */
export function Legend() {
  const wiring = useWiring();
  const view = useView();
  const palette = useScenePalette();
  const path = usePath();
  const failed = useExplorer((s) => s.failedLinks.length + s.failedChips.length > 0);
  const collective = useExplorer((s) => s.collective !== null);
  const dims = new Set(wiring.drawDims);
  const entries: Entry[] = [];
  for (let d = 0; d < 3; d++) {
    if (!dims.has(d)) continue;
    const between = d === view.interInstanceDim ? ' (between instances)' : '';
    entries.push({ key: `dim-${d}`, label: `${DIM_NAMES[d]} links${between}`, color: palette.dims[d]! });
  }
  if (wiring.drawWrap.includes(1))
    entries.push({
      key: 'wrap',
      label: 'Wrap-around (dashed)',
      color: palette.theme === 'dark' ? '#c9d1d9' : '#57606a',
      dashed: true,
    });
  const bundling = wiring.bundling;
  if (dims.has(DRAW_DIM_SWITCH))
    entries.push({
      key: 'switch',
      // Too many links to draw one by one: say what one line stands for.
      label: bundling
        ? `Chip to switch, bundled: one line per ${formatCounted(bundling.chipsPerLine, 'chip')} and ${formatCounted(bundling.switchesPerLine, 'switch', 'switches')}`
        : 'Chip to switch',
      color: palette.switchLink,
    });
  if (path) entries.push({ key: 'path', label: 'Shortest path', color: palette.overlay.path, thick: true });
  if (failed)
    entries.push({ key: 'failed', label: 'Failed', color: palette.overlay.failedLink, thick: true, dashed: true });
  if (collective)
    entries.push({ key: 'collective', label: 'All-reduce sends', color: palette.overlay.collectiveLink, thick: true });
  return (
    <ul className="legend" aria-label="Link colours" data-legend="wiring">
      {entries.map((e) => (
        <li key={e.key} data-legend-entry={e.key}>
          <span className="swatch" style={swatchStyle(e)} aria-hidden="true" />
          {e.label}
        </li>
      ))}
    </ul>
  );
}
