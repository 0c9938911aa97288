import {
  analyzeTorusFailures,
  degradeTorus,
  type DegradedTorus,
  type FailureImpact,
  layoutBuilding,
  layoutCampus,
  layoutRack,
  planSite,
  type SiteConfig,
  type SitePlan,
  collectiveSchedule,
  domainWiring,
  evaluate,
  viewDomain,
  viewGraph,
  viewPath,
  scopeOfLevel,
  PRESETS,
  type PresetId,
  type ClusterConfig,
  type CollectiveKind,
  type CollectiveSchedule,
  type DomainScope,
  type DomainWiring,
  type Metrics,
  type PathHop,
  type TorusGraph,
  type ViewDomain,
} from '../model/index';
import { memoizeLast } from './memo';
import { useExplorer, type ViewLevel } from './store';

// Derived data, computed once per change of its inputs and shared by every component.
const metricsOf = memoizeLast((config: ClusterConfig) => evaluate(config));
const viewOf = memoizeLast((config: ClusterConfig, scope: DomainScope) => viewDomain(config, scope));
const wiringOf = memoizeLast((view: ViewDomain, donut: boolean) => domainWiring(view, { donut }));
const graphOf = memoizeLast((view: ViewDomain) => viewGraph(view));
const degradedOf = memoizeLast((view: ViewDomain, links: [number, number][], chips: number[]) =>
  view.fabric === 'torus' && (links.length > 0 || chips.length > 0)
    ? degradeTorus({ dims: view.dims, linkBandwidth: view.linkBandwidth }, { links, chips })
    : null,
);
const impactOf = memoizeLast((view: ViewDomain, degraded: DegradedTorus | null) =>
  degraded ? analyzeTorusFailures({ dims: view.dims, linkBandwidth: view.linkBandwidth }, degraded) : null,
);
const pathOf = memoizeLast((view: ViewDomain, graph: TorusGraph | null, selection: number[]) =>
  selection.length === 2 ? viewPath(view, graph, selection[0]!, selection[1]!) : null,
);
const scheduleOf = memoizeLast((view: ViewDomain, kind: CollectiveKind, bytes: number) =>
  collectiveSchedule(view, kind, bytes),
);

const planOf = memoizeLast((site: SiteConfig, config: ClusterConfig) => planSite(site, config, metricsOf(config)));
const campusOf = memoizeLast((plan: SitePlan) => layoutCampus(plan));
const buildingOf = memoizeLast((plan: SitePlan, building: number) => layoutBuilding(plan, building));
const rackOf = memoizeLast((plan: SitePlan, rack: number) => layoutRack(plan, rack));

/** Where the cluster stands on the site, and what the site can hold. */
export function useSitePlan(): SitePlan {
  return planOf(
    useExplorer((s) => s.site),
    useExplorer((s) => s.config),
  );
}

export function useCampusLayout() {
  return campusOf(useSitePlan());
}

export function useBuildingLayout() {
  return buildingOf(
    useSitePlan(),
    useExplorer((s) => s.focusBuilding),
  );
}

export function useRackLayout() {
  return rackOf(
    useSitePlan(),
    useExplorer((s) => s.focusRack),
  );
}

/** The wiring scope of a level: the chip level zooms into a chip of the instance. */
const scopeOf = (level: ViewLevel): DomainScope => scopeOfLevel(level);

export function useMetrics(): Metrics {
  return metricsOf(useExplorer((s) => s.config));
}

export function useView(): ViewDomain {
  const config = useExplorer((s) => s.config);
  const level = useExplorer((s) => s.level);
  return viewOf(config, scopeOf(level));
}

/** Whether the view can be laid on a donut: a 1D or 2D torus. */
export function useDonutAvailable(): boolean {
  const view = useView();
  return view.fabric === 'torus' && view.dims.filter((k) => k > 1).length <= 2 && view.dims.length <= 2;
}

export function useWiring(): DomainWiring {
  const view = useView();
  const donutWanted = useExplorer((s) => s.donut);
  const donutAvailable = useDonutAvailable();
  return wiringOf(view, donutWanted && donutAvailable);
}

export function useViewGraph(): TorusGraph | null {
  return graphOf(useView());
}

/** The view's torus with the failed links and chips taken out, or null when nothing has failed. */
export function useDegraded(): DegradedTorus | null {
  return degradedOf(
    useView(),
    useExplorer((s) => s.failedLinks),
    useExplorer((s) => s.failedChips),
  );
}

/** What the failures changed: hops, diameter, bisection, connectivity. */
export function useFailureImpact(): FailureImpact | null {
  return impactOf(useView(), useDegraded());
}

/** The highlighted shortest path between the two selected chips, routed around failures; null if none. */
export function usePath(): PathHop[] | null {
  const view = useView();
  const graph = useViewGraph();
  const degraded = useDegraded();
  const selection = useExplorer((s) => s.selection);
  return pathOf(view, degraded?.graph ?? graph, selection);
}

export function useCollectiveSchedule(): CollectiveSchedule | null {
  const view = useView();
  const collective = useExplorer((s) => s.collective);
  return collective ? scheduleOf(view, collective.kind, collective.bytes) : null;
}

const editedOf = memoizeLast(
  (presetId: PresetId, config: ClusterConfig) => JSON.stringify(PRESETS[presetId].config) !== JSON.stringify(config),
);

/** True once the configuration differs from its preset (derived, never stored). */
export function useEdited(): boolean {
  return editedOf(
    useExplorer((s) => s.presetId),
    useExplorer((s) => s.config),
  );
}

/** Non-hook access for event handlers and frame loops. */
export const derived = { metricsOf, viewOf, wiringOf, graphOf, scheduleOf, scopeOf, planOf };
