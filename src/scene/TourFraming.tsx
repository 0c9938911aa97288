import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { useExplorer } from '../state/store';

/** Share of the screen's height the tour's caption covers at its foot (presentation.css). */
const CAPTION_SHARE = 0.22;

/**
 * In the tour the drawing is framed in the part of the screen above the caption: the camera's
 * view offset shrinks the picture to that height and centres it there, so the caption never
 * covers it. The canvas itself still fills the screen. Elsewhere it does nothing.
 */
export function TourFraming() {
  const presenting = useExplorer((s) => s.presentation !== null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!presenting || width === 0 || height === 0) return;
    const scale = 1 - CAPTION_SHARE;
    // The view is declared as a picture `scale` times the canvas, of which the canvas shows a
    // window the canvas's size (three.js widens the frustum by width ÷ fullWidth): the usual
    // framing shrinks into the top `scale` of the height, centred across. See
    // PerspectiveCamera.updateProjectionMatrix.
    const fullWidth = width * scale;
    const fullHeight = height * scale;
    const x = (fullWidth - width) / 2;
    const y = 0;
    camera.setViewOffset(fullWidth, fullHeight, x, y, width, height);
    invalidate();
    return () => {
      camera.clearViewOffset();
      invalidate();
    };
  }, [presenting, camera, width, height, invalidate]);
  return null;
}
