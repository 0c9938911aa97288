import { FABRIC_NUMBER_SPECS, type NumberSpec, SITE_NUMBER_SPECS } from '../../model/index';
import { useExplorer, type FabricNumberKey, type SiteNumberKey } from '../../state/store';
import type { DisplayUnit } from './displayUnit';
import { type FieldSpec, NumberField } from './NumberField';

interface Field<K extends string> {
  key: K;
  help: string;
  display?: DisplayUnit;
  slider?: boolean;
}

const SITE_FIELDS: Field<SiteNumberKey>[] = [
  { key: 'buildings', help: 'Data-centre buildings on the site (Indiana: 30 planned).' },
  {
    key: 'sitePowerLimitWatts',
    help: 'Facility power the site may draw (Indiana: ~2.2 GW, reported).',
    display: { label: 'MW', factor: 1e6 },
    slider: true,
  },
  {
    key: 'rackPowerWatts',
    help: 'IT power one rack position is provisioned for (assumed).',
    display: { label: 'kW', factor: 1e3 },
  },
  { key: 'racksPerUltraServer', help: 'Racks one UltraServer occupies (Trn2: 2, inferred from photos).' },
  { key: 'hallsPerBuilding', help: 'Data halls per building (assumed).' },
];

const FABRIC_FIELDS: Field<FabricNumberKey>[] = [
  { key: 'tiers', help: 'Folded-Clos tiers: 1 switch, 2 leaf–spine, 3 leaf–aggregation–spine.' },
  { key: 'radix', help: 'Ports per switch at the NIC rate (a 25.6 Tbps switch has 128 × 200 Gbps).' },
  { key: 'oversubscription', help: 'Leaf down:up port ratio; 1 is full bisection.' },
];

/** A field over a setting's model bound (settingsSpec.ts), with the help line this panel shows. */
const spec = (key: string, bound: NumberSpec, help: string): FieldSpec => ({ key, help, ...bound });

/** The site the cluster is placed on: what bounds how much of it fits, and which limit binds. */
export function SiteFields() {
  const site = useExplorer((s) => s.site);
  const setSiteNumber = useExplorer((s) => s.setSiteNumber);
  return (
    <>
      {SITE_FIELDS.map((f) => (
        <NumberField
          key={f.key}
          spec={spec(f.key, SITE_NUMBER_SPECS[f.key], f.help)}
          value={site[f.key]}
          displayUnit={f.display}
          slider={f.slider}
          onCommit={(v) => setSiteNumber(f.key, v)}
        />
      ))}
    </>
  );
}

/** The scale-out network's shape: tiers, radix, oversubscription. */
export function FabricFields() {
  const fabric = useExplorer((s) => s.fabric);
  const setFabricNumber = useExplorer((s) => s.setFabricNumber);
  return (
    <>
      {FABRIC_FIELDS.map((f) => (
        <NumberField
          key={f.key}
          spec={spec(f.key, FABRIC_NUMBER_SPECS[f.key], f.help)}
          value={fabric[f.key]}
          displayUnit={f.display}
          onCommit={(v) => setFabricNumber(f.key, v)}
        />
      ))}
    </>
  );
}
