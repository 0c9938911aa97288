import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { useExplorer } from '../state/store';

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
    // Arrow keys pan only while the view has focus: listening on window would swallow them from every
    // select, radio group and text box on the page. The canvas joins the tab order for that.
    element.tabIndex = 0;
    controls.listenToKeyEvents(element);
    const onChange = () => invalidate();
    controls.addEventListener('change', onChange);
    // When the user lets go, the pose becomes part of the link (rounded: links stay short).
    const round = (v: number) => Math.round(v * 100) / 100;
    const onEnd = () =>
      useExplorer.getState().setCamera({
        position: [round(camera.position.x), round(camera.position.y), round(camera.position.z)],
        target: [round(controls.target.x), round(controls.target.y), round(controls.target.z)],
      });
    controls.addEventListener('end', onEnd);
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
      controls.removeEventListener('end', onEnd);
      controls.dispose();
      set({ controls: null });
    };
  }, [camera, element, set, invalidate, autoRotate]);

  return null;
}
