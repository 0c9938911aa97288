import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { type PerspectiveCamera, Vector3 } from 'three';
import { useExplorer } from '../state/store';
import { prefersReducedMotion } from './motion';

/** The part of the orbit controls the rig uses. */
interface Controls {
  target: Vector3;
  update: () => void;
}

type Triple = readonly [number, number, number];

export interface CameraRigProps {
  /** Radius of what is in view (a sphere around `target`); used when no `box` is given. */
  radius: number;
  /** The point to look at. Default the box's centre, else the origin. */
  target?: Triple;
  /** Points of what is in view (x, y, z each), fitted to the frame's aspect. Default none (the sphere). */
  points?: readonly Float32Array[] | null;
  /** Extent of each point (half a chip), added around it when fitting. Default 0. */
  pad?: number;
  /** Direction from the target towards the camera. Default (0.55, 0.6, 0.75): above, front, right. */
  direction?: Triple;
  /** Share of the frame the content may fill, each way. Default 0.9. */
  fill?: number;
}

const TRANSITION_MS = 650;
const ORIGIN = [0, 0, 0] as const;
const DEFAULT_DIRECTION = [0.55, 0.6, 0.75] as const;
const look = new Vector3();
const from = new Vector3();
const to = new Vector3();
const toward = new Vector3();
const right = new Vector3();
const up = new Vector3();
const corner = new Vector3();
const WORLD_UP = new Vector3(0, 1, 0);

/**
 * Distance from `center` along `toward` (unit) at which every point fits inside `fill` of the
 * frame, for a perspective camera of vertical field `fovDegrees` and `aspect`. A point at offset p
 * needs d ≥ p·toward + (|p·right| + pad) / (tan(half field) · fill) in each screen direction; `pad`
 * is the points' own extent (half a chip). Fitting the points, not their bounding box, lets the
 * rounded outline of wrap-around arcs fill the frame.
 */
export function fitDistance(
  pointSets: readonly Float32Array[],
  center: Triple,
  unitToward: Vector3,
  fovDegrees: number,
  aspect: number,
  fill: number,
  pad = 0,
): number {
  const tanV = Math.tan((fovDegrees * Math.PI) / 360);
  const tanH = tanV * aspect;
  right.crossVectors(WORLD_UP, unitToward).normalize();
  up.crossVectors(unitToward, right).normalize();
  let distance = 0;
  for (const points of pointSets) {
    for (let i = 0; i + 2 < points.length; i += 3) {
      corner.set(points[i]! - center[0], points[i + 1]! - center[1], points[i + 2]! - center[2]);
      const depth = corner.dot(unitToward) + pad;
      distance = Math.max(
        distance,
        depth + (Math.abs(corner.dot(right)) + pad) / (tanH * fill),
        depth + (Math.abs(corner.dot(up)) + pad) / (tanV * fill),
      );
    }
  }
  return distance;
}

/**
 * Frames the view when what is shown changes, or on "reset view", gliding there unless the user
 * prefers reduced motion. The content's box is fitted to the canvas's aspect, so a tall rack and
 * a wide torus both fill the frame. In between, the user orbits freely.
 */
export function CameraRig({
  radius,
  target,
  points = null,
  pad = 0,
  direction = DEFAULT_DIRECTION,
  fill = 0.9,
}: CameraRigProps) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as unknown as Controls | null;
  const invalidate = useThree((s) => s.invalidate);
  const aspect = useThree((s) => s.size.width / Math.max(s.size.height, 1));
  const resets = useExplorer((s) => s.cameraResets);
  const transition = useRef<{ start: number; from: Vector3; to: Vector3 } | null>(null);
  const center: Triple = target ?? ORIGIN;
  const distance = points
    ? fitDistance(
        points,
        center,
        toward.set(direction[0], direction[1], direction[2]).normalize(),
        camera.fov ?? 40,
        aspect,
        fill,
        pad,
      )
    : // |(0.55, 0.6, 0.75)| ≈ 1.1, so the camera sits ~2.9 radii away: a 40° field of view then holds the whole sphere.
      Math.max(radius, 2) * 2.65 * Math.hypot(direction[0], direction[1], direction[2]);
  // Round so a resize by a pixel does not re-frame a view the user has orbited.
  const framed = Math.round(distance * 20) / 20;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `resets` counts the Reset button's clicks; each must re-frame.
  useEffect(() => {
    look.set(center[0], center[1], center[2]);
    toward.set(direction[0], direction[1], direction[2]).normalize();
    to.copy(toward).multiplyScalar(framed).add(look);
    camera.near = Math.max(framed / 100, 0.01);
    camera.far = framed * 20;
    camera.updateProjectionMatrix();
    // A link may carry the camera as its sender left it: restore that instead of framing.
    const saved = useExplorer.getState().camera;
    if (saved) {
      look.fromArray(saved.target);
      camera.position.fromArray(saved.position);
      camera.lookAt(look);
      if (controls) {
        controls.target.copy(look);
        controls.update();
      }
      transition.current = null;
      invalidate();
      return;
    }
    if (controls) controls.target.copy(look);
    if (prefersReducedMotion() || camera.position.lengthSq() === 0) {
      camera.position.copy(to);
      camera.lookAt(look);
      controls?.update();
      transition.current = null;
    } else {
      transition.current = { start: performance.now(), from: from.copy(camera.position).clone(), to: to.clone() };
    }
    invalidate();
  }, [
    framed,
    resets,
    camera,
    controls,
    invalidate,
    center[0],
    center[1],
    center[2],
    direction[0],
    direction[1],
    direction[2],
  ]);

  useFrame(() => {
    const t = transition.current;
    if (!t) return;
    const k = Math.min((performance.now() - t.start) / TRANSITION_MS, 1);
    const eased = 1 - (1 - k) ** 3;
    camera.position.lerpVectors(t.from, t.to, eased);
    camera.lookAt(look);
    controls?.update();
    if (k < 1) invalidate();
    else transition.current = null;
  });

  return null;
}
