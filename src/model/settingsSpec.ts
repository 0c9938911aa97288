import type { FabricConfig } from './fabric/fabricConfig';
import type { ReliabilityConfig } from './goodput/reliabilityConfig';
import type { SiteConfig, SiteGeometry } from './site/siteConfig';
import type { TrainingConfig } from './training/trainingConfig';

/** Units a bounded setting is held in: SI base units, plus metres for site geometry. */
export type SettingUnit = 'FLOP/s' | 'B' | 'B/s' | 'W' | 's' | 'count' | 'ratio' | 'm²' | 'm';

/**
 * Bounds of a number a link may set. The cluster config's bounds live in the model
 * (`CONFIG_NUMBER_FIELDS`, `CHIP_FIGURE_FIELDS`), which fit this shape; the ones below cover
 * the parts the model leaves unbounded, wide enough for any what-if and narrow enough that
 * every formula stays finite (no zero MTBF, no zero MFU).
 */
export interface NumberSpec {
  label: string;
  unit: SettingUnit;
  min: number;
  max: number;
  integer: boolean;
}

const HOUR = 3600;

export const TRAINING_NUMBER_SPECS: Readonly<Record<Exclude<keyof TrainingConfig, 'precision'>, NumberSpec>> = {
  parameters: { label: 'Model parameters', unit: 'count', min: 1e3, max: 1e16, integer: false },
  tokens: { label: 'Training tokens', unit: 'count', min: 1e3, max: 1e18, integer: false },
  mfu: { label: 'MFU', unit: 'ratio', min: 1e-3, max: 1, integer: false },
  flopsPerParameterPerToken: {
    label: 'FLOPs per parameter per token',
    unit: 'count',
    min: 1,
    max: 100,
    integer: false,
  },
  electricityPricePerMegawattHour: {
    label: 'Electricity price ($/MWh)',
    unit: 'ratio',
    min: 0,
    max: 1e5,
    integer: false,
  },
};

const mtbf = (label: string): NumberSpec => ({ label, unit: 's', min: 60, max: 1e10 * HOUR, integer: false });

export const RELIABILITY_NUMBER_SPECS: Readonly<Record<keyof ReliabilityConfig, NumberSpec>> = {
  chipMtbf: mtbf('Chip MTBF'),
  hostMtbf: mtbf('Host MTBF'),
  scaleOutMtbfPerChip: mtbf('Scale-out MTBF per chip'),
  softwareMtbfPerChip: mtbf('Software MTBF per chip'),
  scaleUpLinkMtbf: mtbf('Scale-up link MTBF'),
  scaleUpSwitchMtbf: mtbf('Scale-up switch MTBF'),
  checkpointBytesPerParameter: { label: 'Checkpoint bytes per parameter', unit: 'B', min: 0, max: 1e3, integer: false },
  checkpointWriteBandwidthPerHost: {
    label: 'Checkpoint write bandwidth per host',
    unit: 'B/s',
    min: 1e6,
    max: 1e13,
    integer: false,
  },
  storageWriteBandwidth: { label: 'Storage write bandwidth', unit: 'B/s', min: 1e6, max: 1e16, integer: false },
  restartSeconds: { label: 'Restart time', unit: 's', min: 0, max: 1e7, integer: false },
};

export const SITE_NUMBER_SPECS: Readonly<Record<Exclude<keyof SiteConfig, 'name' | 'geometry'>, NumberSpec>> = {
  buildings: { label: 'Buildings', unit: 'count', min: 1, max: 1000, integer: true },
  buildingsLive: { label: 'Buildings live', unit: 'count', min: 0, max: 1000, integer: true },
  buildingFloorArea: { label: 'Floor area per building', unit: 'm²', min: 100, max: 1e7, integer: false },
  hallsPerBuilding: { label: 'Halls per building', unit: 'count', min: 1, max: 64, integer: true },
  rowsPerHall: { label: 'Rows per hall', unit: 'count', min: 1, max: 1000, integer: true },
  racksPerRow: { label: 'Racks per row', unit: 'count', min: 1, max: 1000, integer: true },
  rackPowerWatts: { label: 'Rack power', unit: 'W', min: 0, max: 1e6, integer: false },
  // Up to a whole TPU pod's 140 cube racks, or a 32×32×32 torus at 64 chips a rack (512).
  racksPerUltraServer: { label: 'Racks per UltraServer', unit: 'count', min: 1, max: 4096, integer: true },
  sitePowerLimitWatts: { label: 'Site power limit', unit: 'W', min: 0, max: 1e11, integer: false },
};

export const SITE_GEOMETRY_SPECS: Readonly<Record<keyof SiteGeometry, NumberSpec>> = {
  rackWidth: { label: 'Rack width', unit: 'm', min: 0.1, max: 5, integer: false },
  rackDepth: { label: 'Rack depth', unit: 'm', min: 0.1, max: 5, integer: false },
  rackHeight: { label: 'Rack height', unit: 'm', min: 0.1, max: 5, integer: false },
  aisleWidth: { label: 'Aisle width', unit: 'm', min: 0, max: 10, integer: false },
  rowEndClearance: { label: 'Row-end clearance', unit: 'm', min: 0, max: 50, integer: false },
  supportDepth: { label: 'Support gallery depth', unit: 'm', min: 0, max: 500, integer: false },
  buildingAspect: { label: 'Building aspect (length ÷ width)', unit: 'ratio', min: 0.1, max: 10, integer: false },
  buildingHeight: { label: 'Building height', unit: 'm', min: 1, max: 200, integer: false },
  buildingGap: { label: 'Gap between buildings', unit: 'm', min: 0, max: 2000, integer: false },
};

export const FABRIC_NUMBER_SPECS: Readonly<Record<Exclude<keyof FabricConfig, 'endpointLinksOptical'>, NumberSpec>> = {
  tiers: { label: 'Fabric tiers', unit: 'count', min: 1, max: 3, integer: true },
  // Even: fat-tree switches split their ports half down, half up (see normalizeRadix).
  radix: { label: 'Switch radix', unit: 'count', min: 2, max: 1024, integer: true },
  oversubscription: { label: 'Leaf oversubscription', unit: 'ratio', min: 1, max: 64, integer: false },
  nicsPerChip: { label: 'NICs per chip', unit: 'count', min: 1, max: 16, integer: true },
  switchLatency: { label: 'Switch latency', unit: 's', min: 0, max: 1e-3, integer: false },
  endpointLatency: { label: 'Endpoint latency', unit: 's', min: 0, max: 1e-2, integer: false },
};
