import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

export interface OrbitRigProps {
  /** Turn the view slowly on its own (for slides). Default false. */
  autoRotate?: boolean;
}

/**
 * Orbit, pan and zoom with the mouse, touch or keyboard arrows. three's own controls rather than
 * drei's wrapper keeps the first load small; each change asks for one frame (frameloop "demand").
 */
export function OrbitRig({ autoRotate = false }: OrbitRigProps) {
  const camera = useThree((s) => s.camera);
  const element = useThree((s) => s.gl.domElement);
  const set = useThree((s) => s.set);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const controls = new OrbitControls(camera, element);
    controls.autoRotate = autoRotate;
    controls.autoRotateSpeed = 1.2;
    controls.listenToKeyEvents(window);
    const onChange = () => invalidate();
    controls.addEventListener('change', onChange);
    set({ controls });
    let frame = 0;
    const spin = () => {
      controls.update();
      frame = requestAnimationFrame(spin);
    };
    if (autoRotate) spin();
    return () => {
      cancelAnimationFrame(frame);
      controls.removeEventListener('change', onChange);
      controls.dispose();
      set({ controls: null });
    };
  }, [camera, element, set, invalidate, autoRotate]);

  return null;
}
