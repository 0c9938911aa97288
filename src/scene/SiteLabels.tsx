import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { screenProjector } from './screenProjector';

/** Publishes the camera each frame so the DOM label layer can follow the buildings. */
export function SiteLabels() {
  const size = useThree((s) => s.size);
  useFrame(({ camera }) => screenProjector.publish(camera, size.width, size.height));
  useEffect(() => () => screenProjector.clear(), []);
  return null;
}
