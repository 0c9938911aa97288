import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoxGeometry, InstancedMesh, Matrix4, MeshBasicMaterial, Raycaster, Vector3, type Intersection } from 'three';
import { chipRaycast } from '../../../src/scene/chipRaycast';

/** A 6 × 5 × 3 block of 1 × 0.22 × 1 chips at a 1.6 pitch, as the wiring lays them out. */
function chips() {
  const size = [1, 0.22, 1] as const;
  const positions: number[] = [];
  for (let y = 0; y < 3; y++)
    for (let z = 0; z < 5; z++) for (let x = 0; x < 6; x++) positions.push(x * 1.6 - 4, y * 3.2 - 3, z * 1.6 - 3);
  const array = new Float32Array(positions);
  const mesh = new InstancedMesh(new BoxGeometry(...size), new MeshBasicMaterial(), array.length / 3);
  for (let i = 0; i < array.length / 3; i++)
    mesh.setMatrixAt(i, new Matrix4().makeTranslation(array[i * 3]!, array[i * 3 + 1]!, array[i * 3 + 2]!));
  mesh.position.set(0.5, -0.25, 2);
  mesh.updateMatrixWorld(true);
  return { mesh, positions: array, size };
}

describe('chip picking by arithmetic', () => {
  it('picks the same nearest chip as three.js does by testing every instance', () => {
    const { mesh, positions, size } = chips();
    const fast = chipRaycast(positions, size, null, false);
    const coordinate = fc.double({ min: -12, max: 12, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, coordinate, (ox, oz, tx, ty, tz) => {
        const raycaster = new Raycaster();
        const origin = new Vector3(ox, 14, oz);
        raycaster.set(origin, new Vector3(tx, ty - 14, tz).sub(new Vector3(ox, 0, oz)).normalize());
        const reference: Intersection[] = [];
        mesh.raycast(raycaster, reference);
        reference.sort((a, b) => a.distance - b.distance);
        const ours: Intersection[] = [];
        fast.call(mesh, raycaster, ours);
        expect(ours[0]?.instanceId).toBe(reference[0]?.instanceId);
        if (ours[0]) expect(ours[0].distance).toBeCloseTo(reference[0]!.distance, 4);
      }),
      { numRuns: 400 },
    );
  });

  it('skips chips a slice hides', () => {
    const { mesh, positions, size } = chips();
    // Straight down onto chip 0's column: chips 0 (y −3), 30 (y 0.2) and 60 (y 3.4) lie under the ray.
    const raycaster = new Raycaster(new Vector3(-4 + 0.5, 20, -3 + 2), new Vector3(0, -1, 0));
    const visible = new Uint8Array(positions.length / 3).fill(1);
    const hits: Intersection[] = [];
    chipRaycast(positions, size, visible, false).call(mesh, raycaster, hits);
    expect(hits[0]?.instanceId).toBe(60);
    visible[60] = 0;
    hits.length = 0;
    chipRaycast(positions, size, visible, false).call(mesh, raycaster, hits);
    expect(hits[0]?.instanceId).toBe(30);
  });
});
