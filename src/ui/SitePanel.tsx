import type { ReactNode } from 'react';
import {
  DEFAULT_FABRIC,
  FABRIC_PROVENANCE,
  GENERIC_HOME,
  presetHome,
  scaleOutFabric,
  type SiteConfig,
  type SystemHome,
} from '../model/index';
import { useMetrics, useSitePlan } from '../state/selectors';
import { useExplorer } from '../state/store';
import { formatBandwidth, formatCount, formatCounted, formatDuration, formatPower } from '../format/numbers';
import { SiteFigure } from './SiteFigure';

/** The home whose sourced figures the site stands on: the preset's, or the generic site's. */
function homeOf(site: SiteConfig, home: SystemHome): SystemHome {
  return site.name === GENERIC_HOME.site.name ? GENERIC_HOME : home;
}

/** How the cluster fits its site and its scale-out network: the limits, which one binds, and where each figure comes from. */
export function SitePanel() {
  const plan = useSitePlan();
  const level = useExplorer((s) => s.level);
  const config = useExplorer((s) => s.config);
  const fabric = useExplorer((s) => s.fabric);
  const site = useExplorer((s) => s.site);
  const presetId = useExplorer((s) => s.presetId);
  const metrics = useMetrics();
  if (level !== 'campus' && level !== 'building' && level !== 'rack') return null;
  const network = scaleOutFabric(config, fabric);
  const home = homeOf(site, presetHome(presetId));
  const source = home.provenance;
  // A figure the user changed shows "your value" and the default it replaced.
  const changed = <K extends keyof SiteConfig>(key: K) =>
    site[key] !== home.site[key] ? (home.site[key] as number) : undefined;
  const fabricChanged = <K extends keyof typeof DEFAULT_FABRIC>(key: K) =>
    fabric[key] !== DEFAULT_FABRIC[key] ? (DEFAULT_FABRIC[key] as number) : undefined;
  return (
    <section className="panel-section" aria-labelledby="site-title" data-testid="site-panel">
      <h2 id="site-title">{plan.name}</h2>
      <dl className="figures">
        <dt>UltraServers placed</dt>
        <dd data-testid="site-placed">
          {formatCount(plan.placedUltraServers)} of {formatCount(metrics.ultraServers)}
        </dd>
        <dt>Fit by power</dt>
        <dd>{formatCount(plan.maxUltraServersByPower)}</dd>
        <dt>Fit by floor space</dt>
        <dd>{formatCount(plan.maxUltraServersByFloor)}</dd>
        <dt>Binding limit</dt>
        <dd data-testid="site-binding">{plan.bindingLimit === 'power' ? 'power' : 'floor space'}</dd>
        <dt>Site power</dt>
        <dd data-testid="site-power">
          {formatPower(metrics.facilityPowerWatts)} of{' '}
          <SiteFigure
            title="Site power limit"
            value={site.sitePowerLimitWatts}
            unit="W"
            figure={source.sitePowerLimitWatts}
            changedFrom={changed('sitePowerLimitWatts')}
          />
        </dd>
        <dt>Buildings</dt>
        <dd data-testid="site-buildings">
          {formatCount(plan.buildingsUsed)} used,{' '}
          <SiteFigure
            title="Buildings built"
            value={site.buildingsLive}
            unit="count"
            figure={source.buildingsLive}
            changedFrom={changed('buildingsLive')}
          >
            {formatCount(plan.buildingsLive)} built
          </SiteFigure>
          , of{' '}
          <SiteFigure
            title="Buildings on the site"
            value={site.buildings}
            unit="count"
            figure={source.buildings}
            changedFrom={changed('buildings')}
          />
        </dd>
        <dt>Rack power</dt>
        <dd data-testid="site-rack-power">
          {formatPower(plan.rackDrawWatts)} of{' '}
          <SiteFigure
            title="Rack power"
            value={site.rackPowerWatts}
            unit="W"
            figure={source.rackPowerWatts}
            changedFrom={changed('rackPowerWatts')}
          />
        </dd>
        <dt>Racks</dt>
        <dd data-testid="site-racks">
          {formatCount(plan.racksUsed)} ({plan.racksPerUltraServer} per UltraServer)
        </dd>
        <dt>Rack</dt>
        <dd>
          {plan.rack.name}, {plan.rack.unitsTall}U, {plan.rack.cooling === 'liquid' ? 'liquid-cooled' : 'air-cooled'}
        </dd>
      </dl>
      <h3>Scale-out network (folded Clos)</h3>
      <dl className="figures">
        <dt>Tiers</dt>
        <dd>
          <SiteFigure
            title="Clos tiers"
            value={fabric.tiers}
            unit="count"
            figure={FABRIC_PROVENANCE.tiers}
            changedFrom={fabricChanged('tiers')}
          />
        </dd>
        <dt>Switch radix</dt>
        <dd>
          <SiteFigure
            title="Switch radix (ports)"
            value={fabric.radix}
            unit="count"
            figure={FABRIC_PROVENANCE.radix}
            changedFrom={fabricChanged('radix')}
          />
        </dd>
        <dt>Endpoints</dt>
        <dd>
          {formatCount(network.endpoints)}
          {network.fits ? '' : ' ⚠'}
        </dd>
        <dt>Switches</dt>
        <dd>{formatCount(network.switches)}</dd>
        <dt>Optical transceivers</dt>
        <dd>{formatCount(network.transceivers)}</dd>
        <dt>Bisection (one direction)</dt>
        <dd>{formatBandwidth(network.bisectionBandwidth)}</dd>
        <dt>Per switch hop</dt>
        <dd>
          <SiteFigure
            title="Switch latency"
            value={fabric.switchLatency}
            unit="s"
            figure={FABRIC_PROVENANCE.switchLatency}
            changedFrom={fabricChanged('switchLatency')}
          >
            {formatDuration(fabric.switchLatency)}
          </SiteFigure>
        </dd>
        {network.paths.map((p) => (
          <FragmentRow key={p.scope} label={`Latency, ${p.label}`}>
            <SiteFigure
              title={`Latency, ${p.label}`}
              value={p.latency}
              unit="s"
              derivation={{
                formula: `${formatDuration(fabric.endpointLatency)} at the ends + ${formatCount(p.switches)} × ${formatDuration(fabric.switchLatency)} per switch = ${formatDuration(p.latency)}`,
                inputs: [
                  {
                    label: 'Endpoint latency (NIC, PCIe, software)',
                    value: fabric.endpointLatency,
                    unit: 's',
                    figure: FABRIC_PROVENANCE.endpointLatency ?? null,
                    overridden: fabricChanged('endpointLatency') !== undefined,
                  },
                  {
                    label: 'Latency per switch',
                    value: fabric.switchLatency,
                    unit: 's',
                    figure: FABRIC_PROVENANCE.switchLatency ?? null,
                    overridden: fabricChanged('switchLatency') !== undefined,
                  },
                ],
              }}
            >
              {formatDuration(p.latency)}, {formatCounted(p.switches, 'switch', 'switches')}
            </SiteFigure>
          </FragmentRow>
        ))}
      </dl>
      {(plan.problems.length > 0 || !network.fits) && (
        <ul className="problems">
          {plan.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
          {!network.fits && (
            <li>
              {formatCount(network.endpoints)} endpoints do not fit a {fabric.tiers}-tier Clos of radix {fabric.radix}:
              it holds {formatCount(network.maxEndpoints)}.
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

function FragmentRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
