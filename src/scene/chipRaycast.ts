import { Box3, Matrix4, Ray, Vector3, type InstancedMesh, type Intersection, type Raycaster } from 'three';

// Scratch objects: nothing is allocated per chip or per pointer move.
const inverse = new Matrix4();
const localRay = new Ray();
const box = new Box3();
const hit = new Vector3();

/**
 * Picking for the chips' instanced mesh in arithmetic on their positions: one pass over a
 * Float32Array with a few multiplications per chip, then an exact box test for chips the ray
 * passes close to. three's own InstancedMesh.raycast copies a matrix and tests a bounding sphere
 * per instance through Mesh.raycast: about 50 ms a pointer move on 65,536 chips here, against ~1 ms.
 *
 * @param positions x, y, z of each chip centre, in the mesh's space.
 * @param size box size of one chip.
 * @param visible 1 where a chip is drawn (a slice hides the rest); null: all.
 * @param rotated chips carry rotations (the donut): hits are taken on the bounding sphere.
 */
export function chipRaycast(
  positions: Float32Array,
  size: readonly [number, number, number],
  visible: Uint8Array | null,
  rotated: boolean,
) {
  const half = [size[0] / 2, size[1] / 2, size[2] / 2] as const;
  const radius = Math.hypot(half[0], half[1], half[2]);
  const count = positions.length / 3;
  return function raycast(this: InstancedMesh, raycaster: Raycaster, intersects: Intersection[]): void {
    inverse.copy(this.matrixWorld).invert();
    localRay.copy(raycaster.ray).applyMatrix4(inverse);
    const { origin, direction } = localRay;
    let best = -1;
    let bestT = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      if (visible && !visible[i]) continue;
      const px = positions[i * 3]!;
      const py = positions[i * 3 + 1]!;
      const pz = positions[i * 3 + 2]!;
      const cx = px - origin.x;
      const cy = py - origin.y;
      const cz = pz - origin.z;
      // Distance along the ray to the point nearest the chip's centre, then the miss distance².
      const along = cx * direction.x + cy * direction.y + cz * direction.z;
      if (along < -radius || along - radius > bestT) continue;
      const miss2 = cx * cx + cy * cy + cz * cz - along * along;
      if (miss2 > radius * radius) continue;
      let t: number;
      if (rotated) t = along - Math.sqrt(radius * radius - miss2);
      else {
        box.min.set(px - half[0], py - half[1], pz - half[2]);
        box.max.set(px + half[0], py + half[1], pz + half[2]);
        if (localRay.intersectBox(box, hit) === null) continue;
        t = hit.distanceTo(origin);
      }
      if (t < bestT) {
        bestT = t;
        best = i;
      }
    }
    if (best < 0) return;
    const point = localRay.at(bestT, new Vector3()).applyMatrix4(this.matrixWorld);
    const distance = raycaster.ray.origin.distanceTo(point);
    if (distance < raycaster.near || distance > raycaster.far) return;
    intersects.push({ distance, point, object: this, instanceId: best, face: null });
  };
}
