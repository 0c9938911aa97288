import {
  Color,
  Matrix4,
  Vector3,
  type BufferAttribute,
  type BufferGeometry,
  type Camera,
  type InstancedMesh,
  type InterleavedBufferAttribute,
  type Material,
  type Mesh,
  type Object3D,
  type Scene,
  SRGBColorSpace,
  type AmbientLight,
  type DirectionalLight,
  type HemisphereLight,
  type Light,
  type Texture,
  type ToneMapping,
} from 'three';
import type { VectorShape } from './imageExporter';
import type { TopArtRect } from './chipTopTexture';
import { convexHull } from './convexHull';
import { isContent } from './sceneContent';
import { toneMap } from './toneMap';

/** The six faces of a box as corner indices (corner bit 0: max x, bit 1: max y, bit 2: max z), each a cycle. */
const FACES = [
  [1, 3, 7, 5], // +x
  [0, 4, 6, 2], // −x
  [2, 6, 7, 3], // +y
  [0, 1, 5, 4], // −y
  [4, 5, 7, 6], // +z
  [0, 2, 3, 1], // −z
] as const;
/** A BoxGeometry's vertices come 4 per face in the same +x, −x, +y, −y, +z, −z order. */
const BOX_VERTICES = 24;

const toCamera = new Matrix4();
const whole = new Matrix4();
const instance = new Matrix4();
const scratch = new Vector3();
const color = new Color();
const tint = new Color();

interface Sorted {
  shape: VectorShape;
  order: number;
  depth: number;
}

type Positions = BufferAttribute | InterleavedBufferAttribute;

interface MaterialLike extends Material {
  color?: Color;
  linewidth?: number;
  dashed?: boolean;
  size?: number;
  sizeAttenuation?: boolean;
  vertexColors: boolean;
  worldUnits?: boolean;
}

/**
 * The scene as flat shapes seen through `camera` in a width × height picture, far to near: each
 * instanced box (a chip, a rack) as its visible faces, each line segment, each point. The colours
 * are the ones the screen mixes (instance colour × material colour × baked face shade), in sRGB.
 */
export function vectorShapes(
  scene: Scene,
  camera: Camera,
  width: number,
  height: number,
  pixelsPerCssPixel: number,
  output: { toneMapping: ToneMapping; exposure: number; lighting: SceneLighting },
): VectorShape[] {
  const shown = new Color();
  const light = lightingInView(output.lighting, camera);
  /** The sRGB colour the screen shows for a linear shader output of `material`. */
  const paint: Paint = (c, material) => {
    shown.copy(c);
    if (material.toneMapped) toneMap(shown, output.toneMapping, output.exposure);
    return `#${shown.getHexString()}`;
  };
  scene.updateMatrixWorld();
  camera.updateMatrixWorld();
  const projection = camera.projectionMatrix;
  const sorted: Sorted[] = [];
  /** Camera space → picture pixels. */
  const toPicture = (p: Vector3, out: number[]) => {
    scratch.copy(p).applyMatrix4(projection);
    out.push(((scratch.x + 1) / 2) * width, ((1 - scratch.y) / 2) * height);
  };

  scene.traverse((object: Object3D) => {
    const geometry = (object as Mesh).geometry as BufferGeometry | undefined;
    if (!geometry?.isBufferGeometry || !isContent(object)) return;
    const material = (Array.isArray((object as Mesh).material) ? null : (object as Mesh).material) as MaterialLike;
    if (!material?.visible) return;
    const order = object.renderOrder + (material.depthTest === false ? 1000 : 0);
    toCamera.multiplyMatrices(camera.matrixWorldInverse, object.matrixWorld);
    if ((object as InstancedMesh).isInstancedMesh) {
      boxes(object as InstancedMesh, geometry, material, order, toPicture, paint, light, sorted);
    } else if (
      (object as { isLineSegments?: boolean }).isLineSegments ||
      (object as { isLineSegments2?: boolean }).isLineSegments2
    ) {
      lines(object, geometry, material, order, pixelsPerCssPixel, toPicture, paint, sorted);
    } else if ((object as { isPoints?: boolean }).isPoints) {
      dots(object, geometry, material, order, pixelsPerCssPixel, toPicture, paint, sorted);
    }
  });
  // Painter's order: overlays drawn over everything last, then far to near.
  sorted.sort((a, b) => a.order - b.order || a.depth - b.depth);
  return sorted.map((s) => s.shape);
}

type Paint = (linear: Color, material: Material) => string;

/** The scene's lights, in world space and linear colour × intensity. */
export interface SceneLighting {
  ambient: Color;
  hemispheres: { sky: Color; ground: Color; direction: Vector3 }[];
  directionals: { color: Color; direction: Vector3 }[];
}

/** Collects the lights that shade lit materials (ambient, hemisphere, directional). */
export function sceneLighting(scene: Scene): SceneLighting {
  scene.updateMatrixWorld();
  const lighting: SceneLighting = { ambient: new Color(0, 0, 0), hemispheres: [], directionals: [] };
  scene.traverseVisible((o) => {
    const l = o as Light & { groundColor?: Color; target?: Object3D };
    if (!l.isLight) return;
    const color = l.color.clone().multiplyScalar(l.intensity);
    const position = new Vector3().setFromMatrixPosition(l.matrixWorld);
    if ((l as AmbientLight).isAmbientLight) lighting.ambient.add(color);
    else if ((l as HemisphereLight).isHemisphereLight)
      lighting.hemispheres.push({
        sky: color,
        ground: l.groundColor!.clone().multiplyScalar(l.intensity),
        direction: position.normalize(),
      });
    else if ((l as DirectionalLight).isDirectionalLight) {
      const target = new Vector3().setFromMatrixPosition(l.target!.matrixWorld);
      lighting.directionals.push({ color, direction: position.sub(target).normalize() });
    }
  });
  return lighting;
}

/**
 * Lambert shading as three's shaders do it: (ambient + hemisphere + Σ max(n·l, 0) × light) × albedo / π,
 * with the normal and the light directions in the camera's space.
 */
function lightingInView(lighting: SceneLighting, camera: Camera): (normal: Vector3, albedo: Color) => Color {
  const rotation = new Matrix4().extractRotation(camera.matrixWorldInverse);
  const hemispheres = lighting.hemispheres.map((h) => ({
    ...h,
    direction: h.direction.clone().applyMatrix4(rotation),
  }));
  const directionals = lighting.directionals.map((d) => ({
    ...d,
    direction: d.direction.clone().applyMatrix4(rotation),
  }));
  const irradiance = new Color();
  const part = new Color();
  return (normal, albedo) => {
    irradiance.copy(lighting.ambient);
    for (const h of hemispheres) {
      const k = 0.5 * normal.dot(h.direction) + 0.5;
      irradiance.add(part.copy(h.ground).lerp(h.sky, k));
    }
    for (const d of directionals)
      irradiance.add(part.copy(d.color).multiplyScalar(Math.max(normal.dot(d.direction), 0)));
    return albedo.multiply(irradiance).multiplyScalar(1 / Math.PI);
  };
}

function isLit(material: Material): boolean {
  const m = material as {
    isMeshLambertMaterial?: boolean;
    isMeshStandardMaterial?: boolean;
    isMeshPhongMaterial?: boolean;
  };
  return Boolean(m.isMeshLambertMaterial || m.isMeshStandardMaterial || m.isMeshPhongMaterial);
}

const mapAverages = new WeakMap<Texture, Color>();

/** The mean linear colour of a material's colour map (the chip's top-face art), or null without one. */
function mapAverage(material: Material): Color | null {
  const map = (material as { map?: Texture | null }).map;
  const image = map?.image as CanvasImageSource & { width?: number; height?: number };
  if (!map || !image?.width || !image.height) return null;
  const cached = mapAverages.get(map);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = 32;
  canvas.height = 32;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(image, 0, 0, 32, 32);
  const data = context.getImageData(0, 0, 32, 32).data;
  const sum = new Color(0, 0, 0);
  const pixel = new Color();
  for (let i = 0; i < data.length; i += 4)
    sum.add(pixel.setRGB(data[i]! / 255, data[i + 1]! / 255, data[i + 2]! / 255, SRGBColorSpace));
  const mean = sum.multiplyScalar(1 / (32 * 32));
  mapAverages.set(map, mean);
  return mean;
}

function boxes(
  mesh: InstancedMesh,
  geometry: BufferGeometry,
  material: MaterialLike,
  order: number,
  toPicture: (p: Vector3, out: number[]) => void,
  paint: Paint,
  light: (normal: Vector3, albedo: Color) => Color,
  sorted: Sorted[],
) {
  if (!geometry.boundingBox) geometry.computeBoundingBox();
  const lit = isLit(material);
  const texture = lit ? mapAverage(material) : null;
  const art = ((material as { map?: Texture | null }).map?.userData.art as TopArtRect[] | undefined) ?? null;
  const artColor = new Color();
  const local = new Vector3();
  const normal = new Vector3();
  const b = geometry.boundingBox!;
  const shades = geometry.getAttribute('color');
  const faceShade = (face: number) =>
    shades && shades.count === BOX_VERTICES && material.vertexColors ? shades.getX(face * 4) : 1;
  const boxLike = geometry.type === 'BoxGeometry' || geometry.type === 'PlaneGeometry';
  const position = geometry.getAttribute('position');
  const vertex = new Vector3();
  const flatAxis = [b.max.x - b.min.x, b.max.y - b.min.y, b.max.z - b.min.z].findIndex((e) => e < 1e-6);
  const corners = Array.from({ length: 8 }, () => new Vector3());
  const centre = new Vector3();
  const faceCentre = new Vector3();
  const isChip = mesh.name === 'chips';
  for (let i = 0; i < mesh.count; i++) {
    mesh.getMatrixAt(i, instance);
    whole.multiplyMatrices(toCamera, instance);
    centre.set(0, 0, 0);
    for (let c = 0; c < 8; c++) {
      corners[c]!.set(c & 1 ? b.max.x : b.min.x, c & 2 ? b.max.y : b.min.y, c & 4 ? b.max.z : b.min.z).applyMatrix4(
        whole,
      );
      centre.add(corners[c]!);
    }
    centre.multiplyScalar(1 / 8);
    if (centre.z >= 0) continue; // behind the eye
    if (mesh.instanceColor) color.fromBufferAttribute(mesh.instanceColor, i);
    else color.setRGB(1, 1, 1);
    if (material.color) color.multiply(material.color);
    const faces: { points: number[]; fill: string }[] = [];
    if (!boxLike && position) {
      // Any other shape (arrow heads, packets: cones) is drawn as its outline, lit as facing the eye.
      const projected: number[] = [];
      for (let v = 0; v < position.count; v++)
        toPicture(vertex.fromBufferAttribute(position, v).applyMatrix4(whole), projected);
      tint.copy(color);
      if (texture) tint.multiply(texture);
      if (lit) light(normal.set(0, 0, 1), tint);
      faces.push({ points: convexHull(projected), fill: paint(tint, material) });
    }
    if (boxLike)
      FACES.forEach((face, f) => {
        const axis = f >> 1;
        faceCentre.set(0, 0, 0);
        for (const c of face) faceCentre.add(corners[c]!);
        faceCentre.multiplyScalar(1 / 4);
        // A flat tile is drawn from either side, once; a box shows the faces that turn towards the eye.
        if (flatAxis >= 0 ? axis !== flatAxis || f % 2 === 1 : faceCentre.clone().sub(centre).dot(faceCentre) >= 0)
          return;
        const points: number[] = [];
        for (const c of face) toPicture(corners[c]!, points);
        tint.copy(color).multiplyScalar(faceShade(f));
        // The top face carries the art as shapes on white; other faces show the art squeezed: its mean.
        const topArt = art && f === 2 ? art : null;
        if (texture && !topArt) tint.multiply(texture);
        normal.copy(faceCentre).sub(centre).normalize();
        if (lit) light(normal, tint);
        faces.push({ points, fill: paint(tint, material) });
        // BoxGeometry maps the +y face's texture x to +x and the image's top to −z.
        for (const r of topArt ?? []) {
          const outline: number[] = [];
          for (const [u, v] of [
            [r.x, r.y],
            [r.x + r.width, r.y],
            [r.x + r.width, r.y + r.height],
            [r.x, r.y + r.height],
          ] as const) {
            local
              .set(b.min.x + u * (b.max.x - b.min.x), b.max.y, b.min.z + v * (b.max.z - b.min.z))
              .applyMatrix4(whole);
            toPicture(local, outline);
          }
          artColor.copy(color).multiply(tint.set(r.color));
          if (lit) light(normal, artColor);
          faces.push({ points: outline, fill: paint(artColor, material) });
        }
      });
    if (faces.length === 0) continue;
    const shape: VectorShape = isChip ? { kind: 'chip', index: i, faces } : { kind: 'box', group: mesh.name, faces };
    sorted.push({ shape, order, depth: centre.z });
  }
}

function segmentEnds(geometry: BufferGeometry): [Positions, Positions] | null {
  const start = geometry.getAttribute('instanceStart');
  const end = geometry.getAttribute('instanceEnd');
  if (start && end) return [start, end];
  const position = geometry.getAttribute('position');
  if (!position) return null;
  return [position, position];
}

function lines(
  object: Object3D,
  geometry: BufferGeometry,
  material: MaterialLike,
  order: number,
  pixelsPerCssPixel: number,
  toPicture: (p: Vector3, out: number[]) => void,
  paint: Paint,
  sorted: Sorted[],
) {
  const ends = segmentEnds(geometry);
  if (!ends) return;
  const wide = ends[0] !== ends[1];
  const count = wide ? ends[0].count : Math.floor(ends[0].count / 2);
  const colors = wide ? geometry.getAttribute('instanceColorStart') : geometry.getAttribute('color');
  const width = (material.worldUnits ? 1 : (material.linewidth ?? 1)) * pixelsPerCssPixel;
  const a = new Vector3();
  const b = new Vector3();
  for (let s = 0; s < count; s++) {
    const ia = wide ? s : s * 2;
    const ib = wide ? s : s * 2 + 1;
    a.fromBufferAttribute(ends[0], ia).applyMatrix4(toCamera);
    b.fromBufferAttribute(ends[1], ib).applyMatrix4(toCamera);
    if (a.z >= 0 || b.z >= 0) continue;
    if (colors && material.vertexColors) color.fromBufferAttribute(colors as BufferAttribute, wide ? s : ia);
    else color.setRGB(1, 1, 1);
    if (material.color) color.multiply(material.color);
    const points: number[] = [];
    toPicture(a, points);
    toPicture(b, points);
    sorted.push({
      shape: {
        kind: 'line',
        group: object.name || 'lines',
        points: points as [number, number, number, number],
        stroke: paint(color, material),
        width,
        opacity: material.transparent ? material.opacity : 1,
        dashed: material.dashed === true,
      },
      order,
      depth: (a.z + b.z) / 2,
    });
  }
}

function dots(
  object: Object3D,
  geometry: BufferGeometry,
  material: MaterialLike,
  order: number,
  pixelsPerCssPixel: number,
  toPicture: (p: Vector3, out: number[]) => void,
  paint: Paint,
  sorted: Sorted[],
) {
  const position = geometry.getAttribute('position');
  if (!position) return;
  const drawn = Math.min(position.count, geometry.drawRange.count);
  const p = new Vector3();
  for (let i = 0; i < drawn; i++) {
    p.fromBufferAttribute(position, i).applyMatrix4(toCamera);
    if (p.z >= 0) continue;
    const xy: number[] = [];
    toPicture(p, xy);
    color.copy(material.color ?? tint.setRGB(1, 1, 1));
    sorted.push({
      shape: {
        kind: 'dot',
        group: object.name || 'points',
        x: xy[0]!,
        y: xy[1]!,
        radius: ((material.size ?? 4) * pixelsPerCssPixel) / 2,
        fill: paint(color, material),
      },
      order,
      depth: p.z,
    });
  }
}
