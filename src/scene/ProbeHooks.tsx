import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Color, Matrix4, Vector3, type InstancedMesh } from 'three';
import { useWiring } from '../state/selectors';

const scratch = new Vector3();
const scratchMatrix = new Matrix4();
const scratchColor = new Color();

/** What end-to-end tests and benchmarks may ask the live scene; read-only. */
export interface SceneProbe {
  /** Where a chip of the view is drawn, in CSS pixels from the canvas's top-left corner. */
  chipOnScreen: (chip: number) => { x: number; y: number } | null;
  /** Where the box with this id of a named instanced mesh (buildings, racks, trays) is drawn, or null. */
  boxOnScreen: (name: string, id: number) => { x: number; y: number } | null;
  /** A chip's instance colour as #rrggbb (sRGB), before lighting; null when there is no such chip. */
  chipColor: (chip: number) => string | null;
  /** three.js memory counters (geometries, textures) and the last frame's draw calls and triangles. */
  renderer: () => { geometries: number; textures: number; calls: number; triangles: number };
  /** Shows or hides a named scene object (chips, links, …): benchmarks use it to see what a frame costs. */
  setVisible: (name: string, visible: boolean) => void;
  /** performance.now() of the first frame the canvas rendered, or null before it. */
  firstFrameAt: number | null;
}

let firstFrameAt: number | null = null;

declare global {
  interface Window {
    __clusterscope?: SceneProbe;
  }
}

/** Publishes a read-only probe on window so tests can point at a chip without guessing pixels. */
export function ProbeHooks() {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const wiring = useWiring();
  useFrame(() => {
    if (firstFrameAt !== null) return;
    firstFrameAt = performance.now();
    if (window.__clusterscope) window.__clusterscope.firstFrameAt = firstFrameAt;
  });
  useEffect(() => {
    window.__clusterscope = {
      chipOnScreen: (chip) => {
        if (chip < 0 || chip >= wiring.chipCount) return null;
        scratch.fromArray(wiring.chipPositions, chip * 3).project(camera);
        return { x: ((scratch.x + 1) / 2) * size.width, y: ((1 - scratch.y) / 2) * size.height };
      },
      boxOnScreen: (name, id) => {
        const mesh = scene.getObjectByName(name) as InstancedMesh | undefined;
        const ids = mesh?.userData.ids as Uint32Array | undefined;
        if (!mesh || !ids) return null;
        const index = ids.indexOf(id);
        if (index < 0) return null;
        mesh.getMatrixAt(index, scratchMatrix);
        scratch.setFromMatrixPosition(scratchMatrix).applyMatrix4(mesh.matrixWorld).project(camera);
        return { x: ((scratch.x + 1) / 2) * size.width, y: ((1 - scratch.y) / 2) * size.height };
      },
      chipColor: (chip) => {
        const mesh = scene.getObjectByName('chips') as InstancedMesh | undefined;
        if (!mesh || chip < 0 || chip >= mesh.count) return null;
        mesh.getColorAt(chip, scratchColor);
        return `#${scratchColor.getHexString()}`;
      },
      renderer: () => ({
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
      }),
      setVisible: (name, visible) => {
        scene.traverse((o) => {
          if (o.name === name) o.visible = visible;
        });
        invalidate();
      },
      firstFrameAt,
    };
  }, [camera, size, gl, wiring, scene, invalidate]);
  return null;
}
