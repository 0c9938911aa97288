import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Matrix4, MeshBasicMaterial, NoBlending, SRGBColorSpace, Vector2, WebGLRenderTarget } from 'three';
import { FullScreenQuad } from 'three/examples/jsm/postprocessing/Pass.js';

/** A frame that follows another within this long is part of a motion (orbit, glide, animation). */
const BUSY_MS = 150;
/** After the last moving frame, the view is drawn once more, antialiased, this much later. */
const SETTLE_MS = 200;
/** Multisampling of the resting frame. */
const SAMPLES = 4;

// Module scope: nothing is allocated per frame.
const lastView = new Matrix4();
const lastProjection = new Matrix4();
const bufferSize = new Vector2();

/**
 * Renders every frame of the canvas (it takes over from R3F's own render at priority 1).
 * Moving frames — orbiting, a camera glide, an animation — are drawn straight to the canvas;
 * the frame the view comes to rest on is drawn multisampled (4×) into an sRGB target and copied
 * to the canvas. Software WebGL pays about 3× per frame for multisampling, so this keeps orbiting
 * fluid while every still picture (what a screenshot, a slide or a reader sees) has smooth edges.
 */
export function SceneRenderer() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);

  const resources = useMemo(() => {
    const target = new WebGLRenderTarget(1, 1, { samples: SAMPLES, colorSpace: SRGBColorSpace });
    // A straight copy, alpha included: the canvas is transparent over the CSS backdrop.
    const material = new MeshBasicMaterial({
      map: target.texture,
      toneMapped: false,
      depthTest: false,
      depthWrite: false,
      blending: NoBlending,
    });
    return { target, material, quad: new FullScreenQuad(material), lastFrameAt: 0, timer: 0 };
  }, []);

  useEffect(() => {
    // Draw calls and triangles of a frame add up over its passes; the frame resets them.
    gl.info.autoReset = false;
    return () => {
      gl.info.autoReset = true;
      window.clearTimeout(resources.timer);
      resources.quad.dispose();
      resources.material.dispose();
      resources.target.dispose();
    };
  }, [gl, resources]);

  useFrame(({ scene, camera }) => {
    gl.info.reset();
    camera.updateMatrixWorld();
    const now = performance.now();
    const moved = !lastView.equals(camera.matrixWorld) || !lastProjection.equals(camera.projectionMatrix);
    const busy = moved || now - resources.lastFrameAt < BUSY_MS;
    lastView.copy(camera.matrixWorld);
    lastProjection.copy(camera.projectionMatrix);
    resources.lastFrameAt = now;
    const multisample = gl.capabilities.isWebGL2 && gl.capabilities.maxSamples > 0;
    if (busy || !multisample) {
      gl.setRenderTarget(null);
      gl.render(scene, camera);
      if (multisample) {
        window.clearTimeout(resources.timer);
        resources.timer = window.setTimeout(invalidate, SETTLE_MS);
      }
      return;
    }
    gl.getDrawingBufferSize(bufferSize);
    const { target } = resources;
    if (target.width !== bufferSize.x || target.height !== bufferSize.y) target.setSize(bufferSize.x, bufferSize.y);
    gl.setRenderTarget(target);
    gl.render(scene, camera);
    gl.setRenderTarget(null);
    // The copy is not part of the picture: the stats report the scene's draw calls, moving or still.
    const { calls, triangles } = gl.info.render;
    resources.quad.render(gl);
    gl.info.render.calls = calls;
    gl.info.render.triangles = triangles;
  }, 1);

  return null;
}
