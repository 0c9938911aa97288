import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { detectWebGL } from './app/webglSupport';
import { useExplorer } from './state/store';

// Decided before the first render, so a browser without WebGL never downloads the 3D renderer.
const webgl = detectWebGL();
useExplorer.getState().setWebgl(webgl ? 'unknown' : 'missing');
// Start fetching the 3D renderer now, in parallel with the first render of the panels.
if (webgl) void import('./scene/ClusterCanvas');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
