import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { useExplorer } from '../state/store';
import { prefersReducedMotion } from './motion';

/** The part of the orbit controls the rig uses. */
interface Controls {
  target: Vector3;
  update: () => void;
}

export interface CameraRigProps {
  /** Radius of what is in view; the camera backs off to frame it. */
  radius: number;
  /** The point to look at. Default the origin. */
  target?: readonly [number, number, number];
}

const TRANSITION_MS = 650;
const ORIGIN = [0, 0, 0] as const;
const look = new Vector3();
const from = new Vector3();
const to = new Vector3();

/**
 * Frames the view when what is shown changes, or on "reset view", gliding there unless the user
 * prefers reduced motion. In between, the user orbits freely.
 */
export function CameraRig({ radius, target = ORIGIN }: CameraRigProps) {
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as Controls | null;
  const invalidate = useThree((s) => s.invalidate);
  const resets = useExplorer((s) => s.cameraResets);
  const transition = useRef<{ start: number; from: Vector3; to: Vector3 } | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `resets` counts the Reset button's clicks; each must re-frame.
  useEffect(() => {
    // |(0.55, 0.6, 0.75)| ≈ 1.1, so the camera sits ~2.9 radii away: a 40° field of view then holds the whole sphere.
    const distance = Math.max(radius, 2) * 2.65;
    look.set(target[0], target[1], target[2]);
    to.set(distance * 0.55, distance * 0.6, distance * 0.75).add(look);
    camera.near = distance / 100;
    camera.far = distance * 20;
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
  }, [radius, resets, camera, controls, invalidate, target[0], target[1], target[2]]);

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
