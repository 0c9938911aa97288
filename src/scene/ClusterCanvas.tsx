import { Canvas } from '@react-three/fiber';
import { useState } from 'react';
import { useDisplayedPixelRatio } from './displayedPixelRatio';
import { TourFraming } from './TourFraming';
import { DomainView } from './DomainView';
import { ChipAnatomyView } from './ChipAnatomyView';
import { CampusView } from './CampusView';
import { BuildingView } from './BuildingView';
import { RackView } from './RackView';
import { useExplorer } from '../state/store';
import { StatsProbe } from './StatsProbe';
import { OrbitRig } from './OrbitRig';
import { ProbeHooks } from './ProbeHooks';
import { ImageExport } from './ImageExport';
import { LabelProjection } from './LabelProjection';
import { SceneRenderer } from './SceneRenderer';
import { useScenePalette } from './useScenePalette';
import { backdropGradient } from './palette';

/** Set only by `vite build --mode e2e` (.env.e2e): the production bundle carries no window.__clusterscope. */
const TEST_HOOKS = import.meta.env.VITE_TEST_HOOKS === 'true';

export interface ClusterCanvasProps {
  /** Measure fps, draw calls and triangles into the stats element. Default false. */
  showStats?: boolean;
  /** Auto-rotate the view (?orbit=1, for slides). Default false. */
  autoRotate?: boolean;
}

/** The 3D view. Renders on demand, so an idle page uses no CPU. */
export function ClusterCanvas({ showStats = false, autoRotate = false }: ClusterCanvasProps) {
  const level = useExplorer((s) => s.level);
  const clearSelection = useExplorer((s) => s.clearSelection);
  const palette = useScenePalette();
  const embed = useExplorer((s) => s.embed.enabled);
  // The drawing buffer follows the size the canvas is displayed at (CSS-scaled slides stay sharp).
  const [element, setElement] = useState<HTMLCanvasElement | null>(null);
  const dpr = useDisplayedPixelRatio(element, embed);
  return (
    <Canvas
      frameloop="demand"
      dpr={dpr}
      camera={{ fov: 40, position: [10, 10, 10] }}
      // Antialiasing comes from SceneRenderer's multisampled resting frame; moving frames skip it (3× cheaper in software GL).
      gl={{ antialias: false }}
      // No tone mapping: the palette's colours reach the screen (and exports) exactly as written.
      flat
      // The scene clears to transparent over this gradient: the backdrop costs the GPU nothing.
      style={{ background: backdropGradient(palette) }}
      onPointerMissed={() => clearSelection()}
      onCreated={({ gl }) => {
        const canvas = gl.domElement;
        setElement(canvas);
        const { setWebgl } = useExplorer.getState();
        // three.js calls preventDefault on loss, so the browser may give the context back; then it rebuilds.
        canvas.addEventListener('webglcontextlost', () => setWebgl('lost'));
        canvas.addEventListener('webglcontextrestored', () => setWebgl('ok'));
        setWebgl('ok');
      }}
      fallback={
        <p className="webgl-missing">WebGL is not available in this browser; the numbers on this page still work.</p>
      }
    >
      {/* Sky above, ground bounce below, one key light from the front right and a cool rim from behind. */}
      <hemisphereLight args={[palette.theme === 'dark' ? '#dfe8ff' : '#ffffff', '#3a3430', 1.35]} />
      <directionalLight position={[6, 12, 8]} intensity={1.9} />
      <directionalLight position={[-8, 5, -10]} intensity={0.45} color="#b8c8ff" />
      {level === 'campus' && <CampusView />}
      {level === 'building' && <BuildingView />}
      {level === 'rack' && <RackView />}
      {(level === 'ultraserver' || level === 'instance') && <DomainView />}
      {level === 'chip' && <ChipAnatomyView />}
      <OrbitRig autoRotate={autoRotate} />
      <TourFraming />
      <LabelProjection />
      {TEST_HOOKS && <ProbeHooks />}
      <ImageExport />
      <SceneRenderer />
      {showStats && <StatsProbe />}
    </Canvas>
  );
}
