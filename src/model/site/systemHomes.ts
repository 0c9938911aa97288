import type { ClusterConfig } from '../config';
import { figure } from '../figure';
import type { PresetId } from '../presets/preset';
import { INDIANA_SITE, INDIANA_SITE_PROVENANCE, type SiteProvenance } from './indianaSite';
import {
  DGX_B200_RACK,
  DGX_H100_RACK,
  GENERIC_RACK,
  NVL72_RACK,
  type RackDesign,
  TPU_V5P_RACK,
  TRN2_RACK,
  TRN3_RACK,
} from './rackSpec';
import type { SiteConfig, SiteGeometry } from './siteConfig';

/** Where a system lives: its site (campus, buildings, halls) and what its racks hold. */
export interface SystemHome {
  site: SiteConfig;
  provenance: SiteProvenance;
  rack: RackDesign;
}

const assumed = (value: number, unit: 'count' | 'W' | 'm²', note: string) =>
  figure(value, unit, 'clusterscope', 'U', { note });

/** A mid-size data-hall building: typical dimensions, none published for these systems. */
const HALL_GEOMETRY: SiteGeometry = {
  rackWidth: 0.6,
  rackDepth: 1.2,
  rackHeight: 2.3,
  aisleWidth: 1.2,
  rowEndClearance: 1.5,
  supportDepth: 14,
  buildingAspect: 1.11,
  buildingHeight: 10,
  buildingGap: 40,
};

/**
 * One building holding one system, where no site is public. Sized for a few hundred rack
 * positions so the system's own racks read at building level.
 */
function oneBuildingSite(name: string, rackPowerWatts: number, sitePowerLimitWatts: number): SiteConfig {
  return {
    name,
    buildings: 1,
    buildingsLive: 1,
    buildingFloorArea: 1_440,
    hallsPerBuilding: 2,
    rowsPerHall: 8,
    racksPerRow: 24,
    rackPowerWatts,
    racksPerUltraServer: 1,
    sitePowerLimitWatts,
    geometry: HALL_GEOMETRY,
  };
}

const oneBuildingProvenance = (rackPower: ReturnType<typeof figure>, sitePower: number): SiteProvenance => ({
  buildings: assumed(1, 'count', 'Assumption: where this system runs is not public; one generic building holds it.'),
  buildingFloorArea: assumed(1_440, 'm²', 'Assumption: a 40 × 36 m single-storey building, two data halls.'),
  hallsPerBuilding: assumed(2, 'count', 'Assumption: no hall layout is public.'),
  rowsPerHall: assumed(8, 'count', 'Assumption: no row layout is public.'),
  racksPerRow: assumed(24, 'count', 'Assumption: no row layout is public.'),
  rackPowerWatts: rackPower,
  racksPerUltraServer: assumed(
    1,
    'count',
    'Assumption: the fewest racks that hold it; more if its power or height needs them.',
  ),
  sitePowerLimitWatts: assumed(sitePower, 'W', 'Assumption: a typical utility feed for one building.'),
  geometry: assumed(0.6 * 1.2, 'm²', 'Assumption: 0.6 × 1.2 m racks, 1.2 m aisles, a 14 m support gallery.'),
});

/** Trn2 without Rainier: one AWS building like Indiana's (same floor and racks), location not public. */
const TRN2_HOME: SystemHome = {
  site: {
    ...INDIANA_SITE,
    name: 'AWS data centre (location not public)',
    buildings: 1,
    buildingsLive: 1,
    racksPerUltraServer: 1,
    sitePowerLimitWatts: 2.2e9 / 30,
  },
  provenance: {
    ...INDIANA_SITE_PROVENANCE,
    buildings: assumed(
      1,
      'count',
      'Assumption: AWS does not say where a given Trn2 system runs; one building like Indiana’s holds it.',
    ),
    buildingsLive: assumed(1, 'count', 'Assumption: the building is built.'),
    sitePowerLimitWatts: assumed(2.2e9 / 30, 'W', 'Assumption: one thirtieth of the Indiana campus’s reported 2.2 GW.'),
    racksPerUltraServer: assumed(
      1,
      'count',
      'Assumption: the fewest racks its servers fill: 1 for an instance, 2 for an UltraServer (as photos suggest, Klockwood-T2, L).',
    ),
  },
  rack: TRN2_RACK,
};

const NVL72_RACK_POWER = figure(132_000, 'W', 'introl', 'M', {
  note: 'The rack’s power shelves supply 132 kW DC (Supermicro); the rack draws ~120 kW (STH/TechRadar).',
});

const TRN3_RACK_POWER = assumed(
  110_000,
  'W',
  'Assumption: Trn3 rack power is unpublished; ~100 kW of 72 chips over 1 kW each, liquid-cooled.',
);

export const SYSTEM_HOMES: Readonly<Record<PresetId, SystemHome>> = {
  rainier: { site: INDIANA_SITE, provenance: INDIANA_SITE_PROVENANCE, rack: TRN2_RACK },
  trn2: TRN2_HOME,
  'trn2-ultraserver': TRN2_HOME,
  'dgx-b200': {
    site: oneBuildingSite('Generic air-cooled GPU data hall', 20_000, 10e6),
    provenance: oneBuildingProvenance(
      assumed(
        20_000,
        'W',
        'Assumption: a 20 kW air-cooled rack position for one DGX B200 (14.3 kW max, NV-DGXB200-UG, H).',
      ),
      10e6,
    ),
    rack: DGX_B200_RACK,
  },
  'dgx-h100': {
    site: oneBuildingSite('Generic air-cooled GPU data hall', 20_000, 10e6),
    provenance: oneBuildingProvenance(
      assumed(
        20_000,
        'W',
        'Assumption: a 20 kW air-cooled rack position for one DGX H100 (~10.2 kW max, NV-DGXH100-UG, H).',
      ),
      10e6,
    ),
    rack: DGX_H100_RACK,
  },
  'gb200-nvl72': {
    site: oneBuildingSite('Generic liquid-cooled GPU data hall', 132_000, 20e6),
    provenance: oneBuildingProvenance(NVL72_RACK_POWER, 20e6),
    rack: NVL72_RACK,
  },
  'trn3-ultraserver': {
    site: {
      ...oneBuildingSite('AWS data centre, liquid-cooled hall (location not public)', 110_000, 20e6),
      racksPerUltraServer: 2,
    },
    provenance: {
      ...oneBuildingProvenance(TRN3_RACK_POWER, 20e6),
      racksPerUltraServer: figure(2, 'count', 'AWS-Trn3', 'L', {
        note: 'AWS gives each chip 2 inter-rack links, so the 144-chip UltraServer spans racks; 2 is our reading.',
      }),
    },
    rack: TRN3_RACK,
  },
  'tpu-v5p-pod': {
    site: {
      name: 'Google data centre, TPU v5p pod hall (location not public)',
      buildings: 1,
      buildingsLive: 1,
      buildingFloorArea: 720,
      hallsPerBuilding: 1,
      rowsPerHall: 5,
      racksPerRow: 28,
      rackPowerWatts: 60_000,
      racksPerUltraServer: 140,
      sitePowerLimitWatts: 12e6,
      geometry: { ...HALL_GEOMETRY, buildingAspect: 0.8 },
    },
    provenance: {
      buildings: assumed(1, 'count', 'Assumption: Google does not say where a v5p pod runs; one hall holds the pod.'),
      buildingFloorArea: assumed(720, 'm²', 'Assumption: a 24 × 30 m hall for 140 racks and their support rooms.'),
      hallsPerBuilding: assumed(1, 'count', 'Assumption: the whole pod in one hall.'),
      rowsPerHall: assumed(5, 'count', 'Assumption: 5 rows of 28 racks, one per 140 cube racks.'),
      racksPerRow: assumed(28, 'count', 'Assumption: no row layout is public.'),
      rackPowerWatts: assumed(60_000, 'W', 'Assumption: TPU v5p power is unpublished; 64 chips plus hosts per rack.'),
      racksPerUltraServer: figure(140, 'count', 'GCP-v5p', 'D', {
        note: '8,960 chips ÷ 64 per 4×4×4 cube rack = 140 racks.',
      }),
      sitePowerLimitWatts: assumed(12e6, 'W', 'Assumption: a feed sized for the pod with headroom.'),
      geometry: assumed(0.6 * 1.2, 'm²', 'Assumption: 0.6 × 1.2 m racks, 1.2 m aisles, a 14 m support gallery.'),
    },
    rack: TPU_V5P_RACK,
  },
};

/** A custom configuration (a typed torus, a link without a preset): a generic site, named as such. */
export const GENERIC_HOME: SystemHome = {
  site: {
    name: 'Generic site (custom configuration)',
    buildings: 4,
    buildingsLive: 4,
    buildingFloorArea: 10_000,
    hallsPerBuilding: 4,
    rowsPerHall: 14,
    racksPerRow: 40,
    rackPowerWatts: 40_000,
    racksPerUltraServer: 1,
    sitePowerLimitWatts: 200e6,
    geometry: { ...HALL_GEOMETRY, buildingAspect: 2, supportDepth: 20 },
  },
  provenance: {
    buildings: assumed(4, 'count', 'Assumption: a generic site for a configuration no published system describes.'),
    rackPowerWatts: assumed(40_000, 'W', 'Assumption: 40 kW per rack position.'),
    sitePowerLimitWatts: assumed(200e6, 'W', 'Assumption: 200 MW for the generic site.'),
  },
  rack: GENERIC_RACK,
};

/** The home of a preset. */
export function presetHome(id: PresetId): SystemHome {
  return SYSTEM_HOMES[id];
}

/** What a configuration's racks hold: the rack of the preset whose chip it uses, else a generic rack. */
export function rackDesignFor(config: Pick<ClusterConfig, 'chip'>): RackDesign {
  switch (config.chip) {
    case 'trainium2':
      return TRN2_RACK;
    case 'trainium3':
      return TRN3_RACK;
    case 'gb200':
      return NVL72_RACK;
    case 'b200':
      return DGX_B200_RACK;
    case 'h100':
      return DGX_H100_RACK;
    case 'tpu-v5p':
      return TPU_V5P_RACK;
    default:
      return GENERIC_RACK;
  }
}
