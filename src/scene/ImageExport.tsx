import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, type PerspectiveCamera, WebGLRenderTarget, type Camera } from 'three';
import { imageExporter, type ImageRequest } from './imageExporter';
import { BACKGROUND } from './palette';

const BACKGROUNDS = { dark: BACKGROUND, light: '#ffffff' } as const;

/**
 * Renders the view as it is framed now into an off-screen target of the requested size and
 * returns a PNG — sharper than a screenshot, at slide sizes, with a light, dark or clear background.
 */
export function ImageExport() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);

  useEffect(() => {
    imageExporter.register(async ({ width, height, background }: ImageRequest) => {
      const context = gl.getContext();
      const max = Math.min(
        context.getParameter(context.MAX_RENDERBUFFER_SIZE) as number,
        gl.capabilities.maxTextureSize,
      );
      if (width > max || height > max)
        throw new Error(`This GPU renders at most ${max}×${max} pixels; choose a smaller size.`);
      const target = new WebGLRenderTarget(width, height, { samples: 4 });
      const shot = (camera as PerspectiveCamera).clone() as Camera as PerspectiveCamera;
      shot.aspect = width / height;
      shot.updateProjectionMatrix();
      const previousBackground = scene.background;
      const previousClear = new Color();
      gl.getClearColor(previousClear);
      const previousAlpha = gl.getClearAlpha();
      scene.background = background === 'transparent' ? null : new Color(BACKGROUNDS[background]);
      gl.setClearColor(0x000000, 0);
      try {
        gl.setRenderTarget(target);
        gl.render(scene, shot);
        const pixels = new Uint8Array(width * height * 4);
        gl.readRenderTargetPixels(target, 0, 0, width, height, pixels);
        return await toPng(pixels, width, height);
      } finally {
        gl.setRenderTarget(null);
        scene.background = previousBackground;
        gl.setClearColor(previousClear, previousAlpha);
        target.dispose();
      }
    });
    return () => imageExporter.register(null);
  }, [gl, scene, camera]);

  return null;
}

/** WebGL rows run bottom-up; a PNG's run top-down. */
function toPng(pixels: Uint8Array, width: number, height: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(width, height);
  const row = width * 4;
  for (let y = 0; y < height; y++) image.data.set(pixels.subarray((height - 1 - y) * row, (height - y) * row), y * row);
  context.putImageData(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
  );
}
