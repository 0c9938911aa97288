import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { Vector3 } from 'three';

/** The part of drei's OrbitControls the rig uses. */
interface Controls {
  target: Vector3;
  update: () => void;
}

export interface CameraRigProps {
  /** Radius of what is in view; the camera backs off to frame it. */
  radius: number;
}

/** Frames the view whenever what is shown changes size; the user orbits freely in between. */
export function CameraRig({ radius }: CameraRigProps) {
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as Controls | null;
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const distance = Math.max(radius, 2) * 2.3;
    camera.position.set(distance * 0.55, distance * 0.6, distance * 0.75);
    camera.near = distance / 100;
    camera.far = distance * 20;
    camera.updateProjectionMatrix();
    camera.lookAt(0, 0, 0);
    if (controls) {
      controls.target.set(0, 0, 0);
      controls.update();
    }
    invalidate();
  }, [radius, camera, controls, invalidate]);

  return null;
}
