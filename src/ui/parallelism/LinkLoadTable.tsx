import type { LinkLoad } from '../../model/index';
import { useScenePalette } from '../../scene/useScenePalette';
import { formatBytesDecimal, formatPercent } from '../../format/numbers';

export interface LinkLoadTableProps {
  /** Per wiring dimension, innermost first; required. */
  loads: readonly LinkLoad[];
}

/** What each kind of link carries in one step, with the colour its links have in the picture. */
export function LinkLoadTable({ loads }: LinkLoadTableProps) {
  const palette = useScenePalette();
  let ring = 0;
  const swatch = (load: LinkLoad) => {
    if (load.kind === 'ring') return palette.dims[Math.min(ring++, palette.dims.length - 1)];
    if (load.kind === 'switch') return palette.switchLink;
    return 'transparent';
  };
  return (
    <table className="step-compare link-load" data-testid="link-load">
      <caption>What each kind of link carries per step</caption>
      <thead>
        <tr>
          <th scope="col">Links</th>
          <th scope="col">Bytes per link, one way</th>
          <th scope="col">Busy</th>
        </tr>
      </thead>
      <tbody>
        {loads.map((load) => (
          <tr key={load.dimension}>
            <th scope="row">
              <span className="step-swatch" style={{ background: swatch(load) }} aria-hidden="true" />
              {load.dimension}
              {load.kind !== 'ring' && ' (per chip port)'}
            </th>
            <td>{formatBytesDecimal(load.bytesPerStep)}</td>
            <td>
              <span className="load-bar" aria-hidden="true">
                <span style={{ width: `${100 * load.utilisation}%` }} />
              </span>
              {formatPercent(load.utilisation)} of the step
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
