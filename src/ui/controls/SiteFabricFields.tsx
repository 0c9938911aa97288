import { FABRIC_NUMBER_SPECS, type NumberSpec, SITE_NUMBER_SPECS } from '../../model/index';
import { useExplorer, type FabricNumberKey, type SiteNumberKey } from '../../state/store';
import type { DisplayUnit } from './displayUnit';
import { NumberField } from './NumberField';

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

interface SettingFieldsProps<K extends string> {
  /** The fields to show, in order, with their help lines; required. */
  fields: readonly Field<K>[];
  /** Each key's model bound (settingsSpec.ts); required. */
  bounds: Readonly<Record<K, NumberSpec>>;
  /** The values in force, SI units; required. */
  values: Readonly<Record<K, number>>;
  /** The store action that applies one value or says why not; required. */
  onCommit: (key: K, value: number) => string[];
}

/** One number field per setting, over the model's bound for it. */
function SettingFields<K extends string>({ fields, bounds, values, onCommit }: SettingFieldsProps<K>) {
  return (
    <>
      {fields.map((f) => (
        <NumberField
          key={f.key}
          spec={{ key: f.key, help: f.help, ...bounds[f.key] }}
          value={values[f.key]}
          displayUnit={f.display}
          slider={f.slider}
          onCommit={(v) => onCommit(f.key, v)}
        />
      ))}
    </>
  );
}

/** The site the cluster is placed on: what bounds how much of it fits, and which limit binds. */
export function SiteFields() {
  const site = useExplorer((s) => s.site);
  const setSiteNumber = useExplorer((s) => s.setSiteNumber);
  return <SettingFields fields={SITE_FIELDS} bounds={SITE_NUMBER_SPECS} values={site} onCommit={setSiteNumber} />;
}

/** The scale-out network's shape: tiers, radix, oversubscription. */
export function FabricFields() {
  const fabric = useExplorer((s) => s.fabric);
  const setFabricNumber = useExplorer((s) => s.setFabricNumber);
  return (
    <SettingFields fields={FABRIC_FIELDS} bounds={FABRIC_NUMBER_SPECS} values={fabric} onCommit={setFabricNumber} />
  );
}
