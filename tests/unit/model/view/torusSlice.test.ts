import { describe, expect, it } from 'vitest';
import { torusWiring } from '../../../../src/model/wiring/torusWiring';
import { chipsInSlice, sliceProblem, visibleDrawSegments } from '../../../../src/model/view/torusSlice';
import { focusRings } from '../../../../src/model/view/focusRings';

// A torus of 64 chips draws each wrap-around as a 14-segment arc (torusWiring's ARC_SEGMENTS for ≤ 1,024 chips).
const ARC = 14;

describe('slicing a torus', () => {
  const dims = [4, 4, 4];
  const w = torusWiring(dims);

  it('keeps the 16 chips of one Z plane', () => {
    const inside = chipsInSlice(dims, { dim: 2, from: 1, to: 1 }, 64);
    expect(inside.reduce((a, b) => a + b, 0)).toBe(16);
    // Chip 16 = (0, 0, 1) is inside; chip 0 = (0, 0, 0) is not.
    expect(inside[16]).toBe(1);
    expect(inside[0]).toBe(0);
  });

  it('one plane keeps its X and Y rows, each one straight segment plus its wrap arc, and no Z link', () => {
    const s = visibleDrawSegments(w, dims, { dim: 2, from: 1, to: 1 });
    // 4 X rows + 4 Y rows in the plane, each drawn as 1 merged straight segment and one arc.
    expect(s.dims.length).toBe(8 * (1 + ARC));
    expect(s.dims.includes(2)).toBe(false);
    expect(s.wrap.reduce((a, b) => a + b, 0)).toBe(8 * ARC);
  });

  it('planes 1..2 keep both planes plus one straight Z segment per row between them, without Z wrap-arounds', () => {
    const s = visibleDrawSegments(w, dims, { dim: 2, from: 1, to: 2 });
    const zSegments = s.dims.filter((d) => d === 2).length;
    expect(zSegments).toBe(16);
    expect(s.dims.length).toBe(2 * 8 * (1 + ARC) + 16);
  });

  it('every plane is the whole drawing', () => {
    const s = visibleDrawSegments(w, dims, { dim: 0, from: 0, to: 3 });
    // 3 dims × 16 rows × (1 straight + 14 arc segments).
    expect(s.dims.length).toBe(3 * 16 * (1 + ARC));
    expect(s.dims.length).toBe(w.drawDims.length);
  });

  it('refuses slices the torus does not have', () => {
    expect(sliceProblem({ dim: 2, from: 0, to: 0 }, [4, 4])).toMatch(/2 drawn dimensions/);
    expect(sliceProblem({ dim: 0, from: 2, to: 4 }, [4, 4])).toMatch(/0 to 3/);
    expect(sliceProblem({ dim: 0, from: 3, to: 2 }, [4, 4])).toMatch(/first ≤ last/);
    expect(sliceProblem({ dim: 1, from: 0, to: 3 }, [4, 4])).toBeNull();
  });
});

describe('shell arcs', () => {
  it('keeps the wrap-arounds of rows on the outer shell only: 12 of 16 rows per dimension in a 4×4×4', () => {
    const dims = [4, 4, 4];
    const w = torusWiring(dims);
    const s = visibleDrawSegments(w, dims, null, { shellArcsOnly: true });
    // Rows along X are indexed by (y, z) in 0..3²: those with y or z at 0 or 3 are on the shell,
    // 16 − 2×2 interior = 12. Same for Y and Z. Straight rows all stay: 3 × 16.
    expect(s.wrap.reduce((a, b) => a + b, 0)).toBe(3 * 12 * ARC);
    expect(s.dims.length).toBe(3 * 16 + 3 * 12 * ARC);
  });

  it('in a one-plane slice every row of the plane is on the shell, so every in-plane arc stays', () => {
    const dims = [4, 4, 4];
    const w = torusWiring(dims);
    const s = visibleDrawSegments(w, dims, { dim: 2, from: 1, to: 1 }, { shellArcsOnly: true });
    expect(s.dims.length).toBe(8 * (1 + ARC));
  });
});

describe('focusRings', () => {
  it('draws the X and Y rings through a chip of a 4×4: 3 straight links and one 14-segment arc each', () => {
    const w = torusWiring([4, 4]);
    const r = focusRings(w, [4, 4], 5);
    expect(r.dims.length).toBe(2 * (3 + ARC));
    expect(r.dims.filter((d) => d === 0).length).toBe(3 + ARC);
    expect(r.wrap.reduce((a, b) => a + b, 0)).toBe(2 * ARC);
  });

  it('the X ring through chip 5 = (1, 1) passes through chips 4..7 and nowhere else', () => {
    const w = torusWiring([4, 4]);
    const r = focusRings(w, [4, 4], 5);
    const row = [4, 5, 6, 7].map((c) => w.chipPositions[c * 3 + 2]!);
    // Every X-ring vertex stays in the chip row's z (world z is dimension 1), arcs included only where they bulge in y.
    for (let s = 0; s < r.dims.length; s++) {
      if (r.dims[s] !== 0) continue;
      expect(r.vertices[s * 6 + 2]).toBeCloseTo(row[0]!, 5);
    }
  });

  it('has no ring for an out-of-range chip', () => {
    expect(focusRings(torusWiring([4, 4]), [4, 4], 99).dims.length).toBe(0);
  });
});
