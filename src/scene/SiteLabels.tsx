import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { screenProjector } from './screenProjector';

const scratch = new Vector3();

/** Publishes the camera's projection each frame so the DOM label layer can follow the buildings. */
export function SiteLabels() {
  const size = useThree((s) => s.size);
  useFrame(({ camera }) =>
    screenProjector.publish((x, y, z) => {
      scratch.set(x, y, z).project(camera);
      if (scratch.z > 1 || scratch.z < -1) return null;
      return { x: ((scratch.x + 1) / 2) * size.width, y: ((1 - scratch.y) / 2) * size.height };
    }),
  );
  useEffect(() => () => screenProjector.clear(), []);
  return null;
}
