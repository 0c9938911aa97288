import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { screenProjector } from './screenProjector';

const scratch = new Vector3();

/**
 * Publishes the camera's projection each rendered frame (at every level) so HTML label layers
 * outside the canvas can follow the scene. Mounted once in the canvas.
 */
export function LabelProjection() {
  const size = useThree((s) => s.size);
  useFrame(({ camera }) => {
    // The renderer updates the camera's matrices only when it draws; labels need this frame's.
    camera.updateMatrixWorld();
    screenProjector.publish((x, y, z) => {
      scratch.set(x, y, z).project(camera);
      if (scratch.z > 1 || scratch.z < -1) return null;
      return { x: ((scratch.x + 1) / 2) * size.width, y: ((1 - scratch.y) / 2) * size.height };
    });
  });
  useEffect(() => () => screenProjector.clear(), []);
  return null;
}
