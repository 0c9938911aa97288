import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import {
  Color,
  MeshBasicMaterial,
  NoBlending,
  PerspectiveCamera,
  SRGBColorSpace,
  Scene,
  Vector2,
  WebGLRenderTarget,
  type Texture,
  type WebGLRenderer,
} from 'three';
import { FullScreenQuad } from 'three/examples/jsm/postprocessing/Pass.js';
import {
  cameraWindow,
  fitWindow,
  pixelToPlane,
  planeBounds,
  planeToPixel,
  tiles,
  type FrustumWindow,
} from './exportFraming';
import { imageExporter, type ImageRequest, type ShotMapping } from './imageExporter';
import { contentPlanePoints } from './sceneContent';
import { sceneLighting, vectorShapes } from './sceneVector';

/** Largest tile drawn at once; bigger pictures are drawn tile by tile. */
const MAX_TILE = 4096;
/** A background texture (the gradient) is smooth: it is drawn this large, then stretched. */
const BACKDROP_SIZE = 512;

/**
 * Renders the view for export. Pixels come from the on-screen canvas itself, resized for a moment
 * to each tile of the picture: the same framebuffer, shaders, tone mapping, sRGB output and
 * blending as the screen, so the colours are the screen's. Everything happens in one task, so
 * the screen never shows the resized canvas. The background (a colour or the gradient texture)
 * is drawn once for the whole picture and the scene over it, so tiles never repeat the gradient.
 */
export function ImageExport() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    imageExporter.register({
      raster(request) {
        const framing = frame(scene, camera, size.width, size.height, request);
        const canvas = withCanvasSize(gl, scene, camera, () => {
          const out = pictureCanvas(framing.mapping.width, framing.mapping.height);
          if (request.background === 'scene') paintBackground(gl, scene, out);
          out.getContext('2d')!.drawImage(paintScene(gl, scene, camera, framing), 0, 0);
          return out;
        });
        invalidate();
        return { ...framing.mapping, canvas };
      },
      vector(request) {
        const framing = frame(scene, camera, size.width, size.height, request);
        const shot = camera.clone();
        setWindow(shot, framing.window);
        let background: string | null = null;
        if (request.background === 'scene') {
          const b = scene.background as (Color & { isTexture?: false }) | (Texture & { isColor?: false }) | null;
          if (b?.isColor) background = `#${b.getHexString()}`;
          else if (b?.isTexture)
            background = withCanvasSize(gl, scene, camera, () => {
              const out = pictureCanvas(BACKDROP_SIZE, BACKDROP_SIZE);
              paintBackground(gl, scene, out);
              return out.toDataURL('image/png');
            });
          invalidate();
        }
        const { width, height, scale } = framing.mapping;
        return {
          ...framing.mapping,
          background,
          shapes: vectorShapes(scene, shot, width, height, scale, {
            toneMapping: gl.toneMapping,
            exposure: gl.toneMappingExposure,
            lighting: sceneLighting(scene),
          }),
        };
      },
    });
    return () => imageExporter.register(null);
  }, [gl, scene, camera, size.width, size.height, invalidate]);

  return null;
}

interface Framing {
  window: FrustumWindow;
  mapping: ShotMapping;
}

/** The window of the picture and how screen pixels map onto it. */
function frame(
  scene: Scene,
  camera: PerspectiveCamera,
  screenWidth: number,
  screenHeight: number,
  { width, height, frame, keep }: ImageRequest,
): Framing {
  const screen = cameraWindow(camera.fov, camera.aspect, camera.zoom);
  const points = contentPlanePoints(scene, camera, screen);
  for (const r of keep) {
    const a = pixelToPlane(screen, screenWidth, screenHeight, r.x, r.y);
    const b = pixelToPlane(screen, screenWidth, screenHeight, r.x + r.width, r.y + r.height);
    points.push(a.u, a.v, b.u, b.v);
  }
  const window = fitWindow(planeBounds(points) ?? screen, frame, width, height);
  const scale = width / (window.right - window.left) / (screenWidth / (screen.right - screen.left));
  return {
    window,
    mapping: {
      width,
      height,
      scale,
      toPicture(x, y) {
        const p = pixelToPlane(screen, screenWidth, screenHeight, x, y);
        return planeToPixel(window, width, height, p.u, p.v);
      },
    },
  };
}

/** Points a copy of the screen camera through `window` (same eye, same direction). */
function setWindow(camera: PerspectiveCamera, window: FrustumWindow) {
  const n = camera.near;
  camera.projectionMatrix.makePerspective(
    window.left * n,
    window.right * n,
    window.top * n,
    window.bottom * n,
    n,
    camera.far,
  );
  camera.projectionMatrixInverse.copy(camera.projectionMatrix).invert();
}

function pictureCanvas(width: number, height: number): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  if (!out.getContext('2d')) throw new Error('The browser could not make a canvas that large; choose a smaller size.');
  return out;
}

/**
 * Runs `draw` with the renderer free to resize the canvas, then puts the canvas, the background
 * and the clear colour back and draws the screen again in the same task, so it never shows a
 * cleared or resized canvas.
 */
function withCanvasSize<T>(gl: WebGLRenderer, scene: Scene, camera: PerspectiveCamera, draw: () => T): T {
  const ratio = gl.getPixelRatio();
  const size = gl.getSize(new Vector2());
  const background = scene.background;
  const clear = gl.getClearColor(new Color());
  const alpha = gl.getClearAlpha();
  try {
    return draw();
  } finally {
    scene.background = background;
    gl.setClearColor(clear, alpha);
    gl.setPixelRatio(ratio);
    gl.setSize(size.x, size.y, false);
    // The screen's own renderer draws the next frame (antialiased once at rest); until then, a plain one.
    gl.render(scene, camera);
  }
}

/** Sets the drawing buffer to width × height pixels at `scale` pixels per CSS pixel; false if the browser gave less. */
function resizeTo(gl: WebGLRenderer, width: number, height: number, scale: number): boolean {
  // A pixel ratio of `scale` keeps lines, points and text as thick, relative to the scene, as on screen;
  // the quarter pixel keeps floor(size × ratio) from rounding down a pixel.
  gl.setPixelRatio(scale);
  gl.setSize((width + 0.25) / scale, (height + 0.25) / scale, false);
  const context = gl.getContext();
  return context.drawingBufferWidth >= width && context.drawingBufferHeight >= height;
}

/** The scene's background alone (colour, or texture with the screen's tone mapping), stretched over `out`. */
function paintBackground(gl: WebGLRenderer, scene: Scene, out: HTMLCanvasElement) {
  const painter = out.getContext('2d')!;
  const b = scene.background as (Color & { isTexture?: false }) | (Texture & { isColor?: false }) | null;
  if (b?.isColor) {
    painter.fillStyle = `#${b.getHexString()}`;
    painter.fillRect(0, 0, out.width, out.height);
  } else if (b?.isTexture) {
    const w = Math.min(out.width, BACKDROP_SIZE);
    const h = Math.max(1, Math.round((w * out.height) / out.width));
    if (!resizeTo(gl, w, h, 1)) return;
    const backdrop = new Scene();
    backdrop.background = b;
    // A texture background fills the viewport whatever the camera.
    gl.render(backdrop, new PerspectiveCamera());
    painter.imageSmoothingQuality = 'high';
    painter.drawImage(gl.domElement, 0, 0, w, h, 0, 0, out.width, out.height);
  }
}

/** The scene without its background, tile by tile, on a see-through canvas of the picture's size. */
function paintScene(gl: WebGLRenderer, scene: Scene, camera: PerspectiveCamera, { window, mapping }: Framing) {
  const { width, height, scale } = mapping;
  const context = gl.getContext();
  const out = pictureCanvas(width, height);
  const painter = out.getContext('2d')!;
  const limit = Math.min(
    MAX_TILE,
    context.getParameter(context.MAX_RENDERBUFFER_SIZE) as number,
    ...(context.getParameter(context.MAX_VIEWPORT_DIMS) as Int32Array),
  );
  const shot = camera.clone();
  scene.background = null;
  gl.setClearColor(0x000000, 0);
  const multisample = gl.capabilities.isWebGL2 && gl.capabilities.maxSamples > 0;
  // As the screen's resting frame (SceneRenderer): drawn 4× multisampled into an sRGB target, copied
  // unblended to the canvas. Without multisampling, straight to the canvas, as the screen does then.
  const target = multisample
    ? new WebGLRenderTarget(1, 1, { samples: Math.min(4, gl.capabilities.maxSamples), colorSpace: SRGBColorSpace })
    : null;
  const copy = new MeshBasicMaterial({
    map: target?.texture ?? null,
    toneMapped: false,
    depthTest: false,
    depthWrite: false,
    blending: NoBlending,
  });
  const quad = new FullScreenQuad(copy);
  try {
    for (let tileSize = limit; tileSize >= 256; tileSize = Math.floor(tileSize / 2)) {
      let fits = true;
      for (const tile of tiles(window, width, height, tileSize)) {
        if (!resizeTo(gl, tile.width, tile.height, scale)) {
          fits = false; // the browser gave a smaller drawing buffer than asked: use smaller tiles
          break;
        }
        setWindow(shot, tile.window);
        if (target) {
          target.setSize(tile.width, tile.height);
          gl.setRenderTarget(target);
          gl.render(scene, shot);
          gl.setRenderTarget(null);
          quad.render(gl);
        } else gl.render(scene, shot);
        painter.drawImage(gl.domElement, 0, 0, tile.width, tile.height, tile.x, tile.y, tile.width, tile.height);
      }
      if (fits) return out;
      painter.clearRect(0, 0, width, height);
    }
  } finally {
    gl.setRenderTarget(null);
    quad.dispose();
    copy.dispose();
    target?.dispose();
  }
  throw new Error('The browser could not draw a picture that large; choose a smaller size.');
}
