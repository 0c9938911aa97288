import { scaleOutFabric } from '../model/index';
import { useMetrics, useSitePlan } from '../state/selectors';
import { useExplorer } from '../state/store';
import { formatBandwidth, formatCount, formatCounted, formatDuration, formatPower } from '../format/numbers';

/** How the cluster fits its site and its scale-out network: the limits and which one binds. */
export function SitePanel() {
  const plan = useSitePlan();
  const level = useExplorer((s) => s.level);
  const config = useExplorer((s) => s.config);
  const fabric = useExplorer((s) => s.fabric);
  const metrics = useMetrics();
  if (level !== 'campus' && level !== 'building' && level !== 'rack') return null;
  const network = scaleOutFabric(config, fabric);
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
        <dd>
          {formatPower(metrics.facilityPowerWatts)} of {formatPower(plan.sitePowerLimitWatts)}
        </dd>
        <dt>Buildings used</dt>
        <dd>
          {formatCount(plan.buildingsUsed)} of {formatCount(plan.buildings)}
        </dd>
        <dt>Racks</dt>
        <dd>
          {formatCount(plan.racksUsed)} ({plan.racksPerUltraServer} per UltraServer)
        </dd>
      </dl>
      <h3>
        Scale-out network (Clos, {fabric.tiers} tiers, radix {fabric.radix})
      </h3>
      <dl className="figures">
        <dt>Endpoints</dt>
        <dd>
          {formatCount(network.endpoints)}
          {network.fits ? '' : ` — does not fit (max ${formatCount(network.maxEndpoints)})`}
        </dd>
        <dt>Switches</dt>
        <dd>{formatCount(network.switches)}</dd>
        <dt>Optical transceivers</dt>
        <dd>{formatCount(network.transceivers)}</dd>
        <dt>Bisection (one direction)</dt>
        <dd>{formatBandwidth(network.bisectionBandwidth)}</dd>
        {network.paths.map((p) => (
          <FragmentRow
            key={p.scope}
            label={`Latency, ${p.label}`}
            value={`${formatDuration(p.latency)}, ${formatCounted(p.switches, 'switch', 'switches')}`}
          />
        ))}
      </dl>
      {plan.problems.length > 0 && (
        <ul className="problems">
          {plan.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FragmentRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
