import {
  Box3,
  Matrix4,
  Vector3,
  type BufferGeometry,
  type InstancedMesh,
  type Mesh,
  type BufferAttribute,
  type Camera,
  type InterleavedBufferAttribute,
  type Object3D,
  type Scene,
} from 'three';
import type { FrustumWindow } from './exportFraming';

/** Backdrops that frame nothing: the ground, gradients, grids. Or mark an object with userData.exportFit = false. */
const BACKDROP = /ground|background|backdrop|grid/i;
/** Soft shadows: a quad whose visible part is the disc inscribed in it, fading out; frame most of the disc. */
const SHADOW = /shadow/i;
const SHADOW_EXTENT = 0.9;
/** Enough points to frame any view; bigger buffers are sampled evenly. */
const MAX_POINTS_PER_OBJECT = 60_000;

const toCamera = new Matrix4();
const instance = new Matrix4();
const point = new Vector3();
const box = new Box3();

/** True when the object and all its ancestors are visible, and it is content rather than a backdrop. */
export function isContent(object: Object3D): boolean {
  for (let o: Object3D | null = object; o; o = o.parent) {
    if (!o.visible || o.userData.exportFit === false || BACKDROP.test(o.name)) return false;
  }
  return true;
}

function positionsOf(geometry: BufferGeometry): (BufferAttribute | InterleavedBufferAttribute)[] {
  // Wide lines (LineSegments2) keep their segment ends in instanceStart / instanceEnd.
  const start = geometry.getAttribute('instanceStart');
  const end = geometry.getAttribute('instanceEnd');
  if (start && end) return [start, end];
  const position = geometry.getAttribute('position');
  return position ? [position] : [];
}

function corners(b: Box3, each: (x: number, y: number, z: number) => void) {
  for (let i = 0; i < 8; i++) each(i & 1 ? b.max.x : b.min.x, i & 2 ? b.max.y : b.min.y, i & 4 ? b.max.z : b.min.z);
}

/**
 * Where the content of the scene lands on the camera's unit image plane, as a flat [u, v, …]
 * array: instance boxes corner by corner, line and point buffers vertex by vertex, other meshes by
 * their bounding box. Only points inside `visible` (the screen's window) count, so an export frames
 * what the user framed.
 */
export function contentPlanePoints(scene: Scene, camera: Camera, visible: FrustumWindow): number[] {
  scene.updateMatrixWorld();
  camera.updateMatrixWorld();
  const out: number[] = [];
  const slackU = (visible.right - visible.left) * 0.002;
  const slackV = (visible.top - visible.bottom) * 0.002;
  const add = (x: number, y: number, z: number, matrix: Matrix4) => {
    point.set(x, y, z).applyMatrix4(matrix);
    if (point.z >= 0) return;
    const u = point.x / -point.z;
    const v = point.y / -point.z;
    if (u < visible.left - slackU || u > visible.right + slackU) return;
    if (v < visible.bottom - slackV || v > visible.top + slackV) return;
    out.push(u, v);
  };
  scene.traverse((object) => {
    const geometry = (object as Mesh).geometry as BufferGeometry | undefined;
    if (!geometry?.isBufferGeometry || !isContent(object)) return;
    toCamera.multiplyMatrices(camera.matrixWorldInverse, object.matrixWorld);
    if ((object as InstancedMesh).isInstancedMesh) {
      const mesh = object as InstancedMesh;
      if (!geometry.boundingBox) geometry.computeBoundingBox();
      const step = Math.max(1, Math.ceil((mesh.count * 8) / MAX_POINTS_PER_OBJECT));
      const whole = new Matrix4();
      for (let i = 0; i < mesh.count; i += step) {
        mesh.getMatrixAt(i, instance);
        whole.multiplyMatrices(toCamera, instance);
        corners(geometry.boundingBox!, (x, y, z) => add(x, y, z, whole));
      }
      return;
    }
    if ((object as Mesh).isMesh && !(object as { isLineSegments2?: boolean }).isLineSegments2) {
      if (!geometry.boundingBox) geometry.computeBoundingBox();
      box.copy(geometry.boundingBox!);
      if (SHADOW.test(object.name)) {
        const centre = box.getCenter(new Vector3());
        const half = box.getSize(new Vector3()).multiplyScalar(SHADOW_EXTENT / 2);
        for (let k = 0; k < 16; k++) {
          const a = (k / 16) * Math.PI * 2;
          // The disc lies in the plane of the quad's two longest sides.
          add(
            centre.x + half.x * Math.cos(a),
            centre.y + half.y * Math.sin(a),
            centre.z + half.z * Math.sin(a),
            toCamera,
          );
        }
        return;
      }
      corners(box, (x, y, z) => add(x, y, z, toCamera));
      return;
    }
    for (const attribute of positionsOf(geometry)) {
      const step = Math.max(1, Math.ceil(attribute.count / MAX_POINTS_PER_OBJECT));
      for (let i = 0; i < attribute.count; i += step)
        add(attribute.getX(i), attribute.getY(i), attribute.getZ(i), toCamera);
    }
  });
  return out;
}
