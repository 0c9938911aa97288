import type { DomainWiring } from '../wiring/wiring';
import type { DrawSegments } from './torusSlice';

/**
 * The drawn links of one chip of a switched domain, one to each switch: what a reader follows in
 * the all-to-all, as the rings are in a torus. When links are bundled (see geometryBudget), the
 * lines of the chip's group stand for them: each drawn line starts at its group's first chip, and
 * groups are consecutive chips, so the chip's group is the nearest line start at or below it.
 */
export function focusSwitchLinks(wiring: DomainWiring, chip: number): DrawSegments {
  const none = { vertices: new Float32Array(0), dims: new Uint8Array(0), wrap: new Uint8Array(0) };
  if (wiring.switchCount === 0 || !Number.isInteger(chip) || chip < 0 || chip >= wiring.chipCount) return none;
  const starts = wiring.drawChips;
  let owner = -1;
  for (let s = 0; s < starts.length; s++) if (starts[s]! <= chip && starts[s]! > owner) owner = starts[s]!;
  if (owner < 0) return none;
  const picked: number[] = [];
  for (let s = 0; s < starts.length; s++) if (starts[s] === owner) picked.push(s);
  const out: DrawSegments = {
    vertices: new Float32Array(picked.length * 6),
    dims: new Uint8Array(picked.length),
    wrap: new Uint8Array(picked.length),
  };
  picked.forEach((s, o) => {
    out.vertices.set(wiring.drawVertices.subarray(s * 6, s * 6 + 6), o * 6);
    out.dims[o] = wiring.drawDims[s]!;
    out.wrap[o] = wiring.drawWrap[s]!;
  });
  return out;
}
