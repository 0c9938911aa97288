import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import { CHIPS, PRESETS } from '../model/index';
import { applyLocation, syncLocation } from '../state/shareSync';
import { watchSystemTheme } from '../state/systemTheme';
import { useDrawer } from './useDrawer';
import { useExplorer } from '../state/store';
import { useEdited } from '../state/selectors';
import { Legend } from '../ui/Legend';
import { ViewToolbar } from '../ui/ViewToolbar';
import { Breadcrumb } from '../ui/Breadcrumb';
import { SiteLabelLayer } from '../ui/SiteLabelLayer';
import { WiringLabelLayer } from '../ui/WiringLabelLayer';
import { SiteHoverTooltip } from '../ui/SiteHoverTooltip';
import { SiteLegend } from '../ui/SiteLegend';
import { SiteCompass } from '../ui/SiteCompass';
import { SitePanel } from '../ui/SitePanel';
import { ShareMenu } from '../ui/share/ShareMenu';
import { Presentation } from '../ui/presentation/Presentation';
import { PanelBoundary } from '../ui/PanelBoundary';
import { FlatDrawing } from '../ui/fallback/FlatDrawing';
import { SIDEBAR_PANEL_ID, SidebarTabs } from '../ui/SidebarTabs';
import { HoverTooltip } from '../ui/HoverTooltip';
import { Inspector } from '../ui/Inspector';
import { CollectivePanel } from '../ui/CollectivePanel';
import { MetricsPanel } from '../ui/MetricsPanel';
import { Notices } from '../ui/Notices';
import { PresetPicker } from '../ui/PresetPicker';
import { ThemeToggle } from '../ui/ThemeToggle';
import { ViewDescription } from '../ui/ViewDescription';

// Rarely used views load on first use, keeping the first load small.
// The 3D renderer (three.js + React Three Fiber) is most of the code: it loads beside the panels,
// which show their numbers first, and never loads where WebGL is missing.
const ClusterCanvas = lazy(() => import('../scene/ClusterCanvas').then((m) => ({ default: m.ClusterCanvas })));
const CompareTab = lazy(() => import('../ui/CompareTab').then((m) => ({ default: m.CompareTab })));
const TrainTab = lazy(() => import('../ui/TrainTab').then((m) => ({ default: m.TrainTab })));
const ControlPanel = lazy(() => import('../ui/controls/ControlPanel').then((m) => ({ default: m.ControlPanel })));

/**
 * Applies the page's link once, then keeps the address bar following the app. A layout effect:
 * the first frame painted is already the link's view (its system, level and theme).
 */
function useLinkedLocation() {
  useLayoutEffect(() => {
    applyLocation(window.location.search);
    return syncLocation();
  }, []);
}

/**
 * The theme lives on the root element, so the page's background, scroll bars and form
 * controls (color-scheme) follow it too; the system preference is followed until someone chooses.
 */
function useDocumentTheme() {
  const theme = useExplorer((s) => s.theme);
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => watchSystemTheme((t) => useExplorer.getState().followSystemTheme(t)), []);
}

/** Escape climbs one level, unless the user is typing in a field. */
function useEscapeToClimb() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA'))
        return;
      useExplorer.getState().climb();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** A flat SVG drawing of the level with a plain-words note: for no WebGL, or while the context is lost. */
function FlatView({ message, overlay = false }: { message: string; overlay?: boolean }) {
  return (
    <div className={`flat-view${overlay ? ' overlay-view' : ''}`}>
      <p className="webgl-note" role="status" data-testid="webgl-note">
        {message}
      </p>
      <FlatDrawing />
    </div>
  );
}

/** In embed mode: the optional caption and a small link back to the full explorer. */
function EmbedChrome({ caption }: { caption: string | null }) {
  const full = new URL(window.location.href);
  full.searchParams.delete('embed');
  full.searchParams.delete('caption');
  return (
    <div className="embed-chrome" data-testid="embed-chrome">
      {/* Text only: the caption comes from the link and is never rendered as HTML. */}
      {caption && <p className="embed-caption">{caption}</p>}
      <a href={full.toString()} target="_blank" rel="noopener" className="embed-open">
        Open in clusterscope ↗
      </a>
    </div>
  );
}

export function App() {
  useLinkedLocation();
  useEscapeToClimb();
  useDocumentTheme();
  const presetId = useExplorer((s) => s.presetId);
  const edited = useEdited();
  const chip = useExplorer((s) => CHIPS[s.config.chip]);
  const showStats = useExplorer((s) => s.showStats);
  const autoRotate = useExplorer((s) => s.autoRotate);
  const level = useExplorer((s) => s.level);
  const panel = useExplorer((s) => s.panel);
  const webgl = useExplorer((s) => s.webgl);
  const presenting = useExplorer((s) => s.presentation !== null);
  const embed = useExplorer((s) => s.embed);
  const wide = panel === 'compare' || panel === 'training';
  const drawer = useDrawer();

  return (
    <div className={`app${presenting ? ' presenting' : ''}${embed.enabled ? ' embed' : ''}`}>
      <header className="topbar" inert={drawer.open}>
        <h1>
          cluster<span>scope</span>
        </h1>
        <PresetPicker />
        <ShareMenu />
        <ThemeToggle />
        <button
          type="button"
          className="drawer-toggle"
          ref={drawer.opener}
          aria-expanded={drawer.open}
          aria-controls="sidebar"
          onClick={drawer.toggle}
          data-testid="drawer-toggle"
        >
          Panels
        </button>
        <p className="subtitle">
          {edited ? `Edited from ${PRESETS[presetId].name}. ` : ''}
          {PRESETS[presetId].description}
        </p>
      </header>
      <Notices />
      <main className={`workspace${wide ? ' wide' : ''}`}>
        <section className="viewport" aria-label="3D view of the wiring" inert={drawer.open}>
          {/* The bar sits above the scene, not over it: at any width it wraps rather than covering the drawing. */}
          <div className="viewport-bar">
            <div className="overlay" data-label-obstacle="">
              <Breadcrumb />
              {(level === 'instance' || level === 'ultraserver') && <Legend />}
              {(level === 'campus' || level === 'building' || level === 'rack') && <SiteLegend />}
            </div>
            <ViewToolbar />
          </div>
          <div className="scene">
            <PanelBoundary name="3D view">
              {webgl === 'missing' ? (
                <FlatView message="WebGL is not available in this browser, so clusterscope shows a flat drawing instead of the 3D view. Every panel and number still works." />
              ) : (
                <Suspense fallback={<p className="viewport-loading">Loading the 3D view…</p>}>
                  <ClusterCanvas showStats={showStats} autoRotate={autoRotate} />
                  {webgl === 'lost' && (
                    <FlatView
                      message="The 3D view lost its graphics context (the browser reclaimed it). Showing a flat drawing until it comes back."
                      overlay
                    />
                  )}
                </Suspense>
              )}
            </PanelBoundary>
            <SiteLabelLayer />
            <WiringLabelLayer />
            <HoverTooltip />
            <SiteHoverTooltip />
            <SiteCompass />
            {showStats && <output className="stats" data-testid="stats" data-label-obstacle="" />}
            <Presentation />
            {embed.enabled && <EmbedChrome caption={embed.caption} />}
          </div>
          <div className="view-notes">
            <ViewDescription />
            <p className="chip-line">
              {chip.name}: {chip.summary}
            </p>
          </div>
        </section>
        {drawer.open && <div className="drawer-scrim" onClick={drawer.close} aria-hidden="true" />}
        <aside
          id="sidebar"
          className={`sidebar${wide ? ' wide' : ''}${drawer.open ? ' open' : ''}`}
          aria-label="Panels"
          data-testid="sidebar"
        >
          <div className="drawer-head">
            <button
              type="button"
              ref={drawer.closer}
              onClick={drawer.close}
              aria-label="Close the panels"
              data-testid="drawer-close"
            >
              ×
            </button>
          </div>
          <SidebarTabs />
          <div role="tabpanel" id={SIDEBAR_PANEL_ID} aria-labelledby={`tab-${panel}`} className="tab-body">
            {panel === 'metrics' && (
              <>
                <PanelBoundary name="site">
                  <SitePanel />
                </PanelBoundary>
                <PanelBoundary name="inspector">
                  <Inspector />
                </PanelBoundary>
                <PanelBoundary name="all-reduce">
                  <CollectivePanel />
                </PanelBoundary>
                <PanelBoundary name="metrics">
                  <MetricsPanel />
                </PanelBoundary>
              </>
            )}
            <Suspense fallback={<p className="panel-section muted">Loading…</p>}>
              {panel === 'controls' && (
                <>
                  <PanelBoundary name="configuration">
                    <ControlPanel />
                  </PanelBoundary>
                  <PanelBoundary name="metrics">
                    <MetricsPanel />
                  </PanelBoundary>
                </>
              )}
              {panel === 'compare' && (
                <PanelBoundary name="comparison">
                  <CompareTab />
                </PanelBoundary>
              )}
              {panel === 'training' && (
                <PanelBoundary name="training">
                  <TrainTab />
                </PanelBoundary>
              )}
            </Suspense>
          </div>
        </aside>
      </main>
      <footer className="footer" inert={drawer.open}>
        Figures from vendor documentation, press and analysts, each with its source and confidence (hover a value). The
        model is in <code>src/model</code>; see the <a href="docs/hardware-facts.md">fact sheet</a>.
      </footer>
    </div>
  );
}
