import { describe, expect, it } from 'vitest';
import { torusWiring } from '../../../../src/model/wiring/torusWiring';
import { switchedWiring } from '../../../../src/model/wiring/switchedWiring';
import { focusSwitchLinks } from '../../../../src/model/view/focusSwitchLinks';
import { chipAnatomy } from '../../../../src/model/wiring/chipAnatomy';
import { CHIPS } from '../../../../src/model/chips/catalog';
import { LINK_KIND, MAX_DRAWN_DIMS } from '../../../../src/model/wiring/wiring';

const point = (v: Float32Array, i: number) => [v[i * 3]!, v[i * 3 + 1]!, v[i * 3 + 2]!];

describe('torusWiring', () => {
  it('draws every link once: 2 per chip in a 4×4, the 16 wrap-arounds as multi-segment arcs', () => {
    const w = torusWiring([4, 4]);
    expect(w.chipCount).toBe(16);
    let links = 0;
    let arcs = 0;
    for (let i = 0; i < 16 * MAX_DRAWN_DIMS; i++) {
      if (w.linkSegmentCount[i]! > 0) links++;
      if (w.linkSegmentCount[i]! > 1) arcs++;
    }
    expect(links).toBe(32);
    expect(arcs).toBe(8);
  });

  it('routes wrap-around arcs outside the grid, not through its middle', () => {
    const w = torusWiring([4, 4]);
    // Chip 3 = (3, 0) wraps along x to chip 0; its arc leaves the plane (y ≠ 0) on the way.
    const first = w.linkFirstSegment[3 * MAX_DRAWN_DIMS]!;
    const count = w.linkSegmentCount[3 * MAX_DRAWN_DIMS]!;
    const middle = w.linkVertices.subarray(
      (first + Math.floor(count / 2)) * 6,
      (first + Math.floor(count / 2)) * 6 + 3,
    );
    expect(Math.abs(middle[1]!)).toBeGreaterThan(0.9);
    // It starts at chip 3 and ends at chip 0.
    expect(Array.from(w.linkVertices.subarray(first * 6, first * 6 + 3))).toEqual(point(w.chipPositions, 3));
    expect(Array.from(w.linkVertices.subarray((first + count - 1) * 6 + 3, (first + count) * 6))).toEqual(
      point(w.chipPositions, 0),
    );
  });

  it('merges each straight row into one drawn segment, keeping the same kinds', () => {
    const w = torusWiring([16, 16, 16], { interInstanceDim: 2 });
    const rows = 3 * 256;
    expect(w.drawKinds.length).toBeLessThan(w.segmentKinds.length);
    expect(w.drawKinds.length).toBe(rows + rows * 6);
    expect(w.drawKinds.filter((k) => k === LINK_KIND.interInstance).length).toBe(256 * 7);
  });

  it('lays a 2D torus on a donut where a wrap-around link is as long as any other of its row', () => {
    const w = torusWiring([8, 4], { donut: true });
    expect(w.chipQuaternions).not.toBeNull();
    const length = (chip: number, d: number) => {
      const i = chip * MAX_DRAWN_DIMS + d;
      const a = w.linkVertices.subarray(w.linkFirstSegment[i]! * 6, w.linkFirstSegment[i]! * 6 + 3);
      const end = (w.linkFirstSegment[i]! + w.linkSegmentCount[i]! - 1) * 6 + 3;
      const b = w.linkVertices.subarray(end, end + 3);
      return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
    };
    for (let row = 0; row < 4; row++) {
      // Chip (7, row) wraps to (0, row); chip (0, row) links to (1, row).
      expect(length(row * 8 + 7, 0)).toBeCloseTo(length(row * 8, 0), 4);
    }
    for (let column = 0; column < 8; column++) expect(length(24 + column, 1)).toBeCloseTo(length(column, 1), 4);
  });
});

describe('switchedWiring', () => {
  it('links every chip to every switch, laid out like the NVL72 rack', () => {
    const w = switchedWiring(4, 18, 18);
    expect(w.chipCount).toBe(72);
    expect(w.switchCount).toBe(18);
    expect(w.segmentKinds.length).toBe(72 * 18);
    expect(w.segmentKinds.every((k) => k === LINK_KIND.toSwitch)).toBe(true);
    // Trays side by side above the switches: every chip sits higher than every switch,
    // and tray 1 is left of tray 18 (chip 0 in tray 1, chip 71 in tray 18).
    const chipY = Array.from({ length: 72 }, (_, c) => w.chipPositions[c * 3 + 1]!);
    const switchY = Array.from({ length: 18 }, (_, s) => w.switchPositions[s * 3 + 1]!);
    expect(Math.min(...chipY)).toBeGreaterThan(Math.max(...switchY));
    expect(w.chipPositions[0]!).toBeLessThan(w.chipPositions[71 * 3]!);
    // The row is wider than it is tall (a 16:9 slide, not a rack column).
    const xs = Array.from({ length: 72 }, (_, c) => w.chipPositions[c * 3]!);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(Math.max(...chipY) - Math.min(...switchY));
  });

  it("highlights one chip's 18 links, to each switch once", () => {
    const w = switchedWiring(4, 18, 18);
    const links = focusSwitchLinks(w, 5);
    expect(links.dims.length).toBe(18);
    const ends = new Set<string>();
    for (let s = 0; s < 18; s++) {
      // Each starts at chip 5 and ends at a switch.
      expect(Array.from(links.vertices.subarray(s * 6, s * 6 + 3))).toEqual(
        Array.from(w.chipPositions.subarray(15, 18)),
      );
      ends.add(Array.from(links.vertices.subarray(s * 6 + 3, s * 6 + 6)).join());
    }
    expect(ends.size).toBe(18);
    expect(focusSwitchLinks(w, 72).dims.length).toBe(0);
  });
});

describe('chipAnatomy', () => {
  it('draws the Trainium2 chip with its 8 cores, 4 HBM stacks and one port per link', () => {
    const a = chipAnatomy(CHIPS.trainium2, 6);
    expect(a.cores.positions.length / 3).toBe(8);
    expect(a.hbm.positions.length / 3).toBe(4);
    expect(a.ports.positions.length / 3).toBe(6);
    expect(a.dies.positions.length / 3).toBe(2);
  });
});
