import { switchBundling } from '../view/geometryBudget';
import type { ViewDomain } from '../view/viewDomain';
import { switchedWiring } from './switchedWiring';
import { torusWiring } from './torusWiring';
import type { DomainWiring } from './wiring';

export interface DomainWiringOptions {
  /** Lay a 1D/2D torus on a donut. Default false. */
  donut?: boolean;
}

/** The geometry for the chips and links in view. */
export function domainWiring(view: ViewDomain, options: DomainWiringOptions = {}): DomainWiring {
  // Over the geometry budget, a switched domain is drawn with bundled links (the cost is known before building).
  if (view.fabric === 'switched')
    return switchedWiring(view.dims[0]!, view.dims[1]!, view.switches, switchBundling(view));
  return torusWiring(view.drawable ? view.dims : view.dims.slice(0, 3), {
    interInstanceDim: view.interInstanceDim,
    donut: options.donut ?? false,
  });
}
