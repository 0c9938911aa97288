import { figure, type Figure } from '../figure';
import type { SiteConfig } from './siteConfig';

/** International foot, squared. */
export const SQUARE_FOOT = 0.09290304;

/** Where each site parameter comes from. */
export type SiteProvenance = Partial<Record<keyof SiteConfig, Figure>>;

/**
 * AWS's New Carlisle, Indiana campus (fact sheet §6), the one Rainier site with public
 * numbers. Buildings, floor area and power are reported; everything inside a building is ours.
 * Rainier runs "across multiple US data centres": putting all of it here is a what-if.
 */
export const INDIANA_SITE: SiteConfig = {
  name: 'New Carlisle, Indiana',
  buildings: 30,
  buildingsLive: 7,
  buildingFloorArea: 200_000 * SQUARE_FOOT,
  hallsPerBuilding: 4,
  rowsPerHall: 24,
  racksPerRow: 40,
  rackPowerWatts: 30_000,
  racksPerUltraServer: 2,
  sitePowerLimitWatts: 2.2e9,
  geometry: {
    rackWidth: 0.6,
    rackDepth: 1.2,
    rackHeight: 2.2,
    aisleWidth: 1.2,
    rowEndClearance: 1.5,
    supportDepth: 35,
    buildingAspect: 2,
    buildingHeight: 12,
    buildingGap: 40,
  },
};

export const INDIANA_SITE_PROVENANCE: SiteProvenance = {
  buildings: figure(30, 'count', ['Reg-2025-07', 'CNBC'], 'M', {
    note: 'Thirty data centres, as AWS told The Register (Jul 2025) and CNBC (Oct 2025).',
    alternatives: [
      {
        value: 16,
        source: ['IIB', 'AP-2024'],
        confidence: 'M',
        note: 'C10: the 2024 plan was 16 shells on 870 acres; it grew.',
      },
    ],
  }),
  buildingsLive: figure(7, 'count', 'CNBC', 'M', {
    note: 'Seven buildings live on the 1,200-acre site as of Oct–Nov 2025.',
  }),
  buildingFloorArea: figure(200_000 * SQUARE_FOOT, 'm²', ['Reg-2025-07', 'IIB'], 'M', {
    note: '200,000 sq ft each (≈18,581 m²), taken as one storey.',
  }),
  hallsPerBuilding: figure(4, 'count', 'clusterscope', 'U', {
    note: 'Assumption: no hall layout of these buildings is public (fact sheet §12).',
  }),
  rowsPerHall: figure(24, 'count', 'clusterscope', 'U', { note: 'Assumption: no row layout is public.' }),
  racksPerRow: figure(40, 'count', 'clusterscope', 'U', { note: 'Assumption: no row layout is public.' }),
  rackPowerWatts: figure(30_000, 'W', 'clusterscope', 'U', {
    note: 'Assumption for air-cooled racks. Trn2 rack power is unpublished; 16 chips × ~500 W ≈ 8 kW of accelerators per server (SA-T2, L) before hosts, NICs and fans.',
  }),
  racksPerUltraServer: figure(2, 'count', 'Klockwood-T2', 'L', {
    note: 'Trn2 UltraServer: 2 racks, inferred from AWS photos. Set 1 for single-rack systems such as GB200 NVL72.',
  }),
  sitePowerLimitWatts: figure(2.2e9, 'W', ['Reg-2025-07', 'CNBC'], 'M', {
    note: '"Upwards of 2.2 GW" eventual draw, reported by the press rather than stated by AWS (C10).',
  }),
  geometry: figure(0.6 * 1.2, 'm²', 'clusterscope', 'U', {
    note: 'Assumption: 0.6 × 1.2 m racks, 1.2 m aisles, a 35 m support gallery (plant, electrical rooms) per building, 2:1 buildings 40 m apart.',
  }),
};

/**
 * Published PUE values, for the site panel beside the PUE control (the plan itself uses
 * `ClusterConfig.pue`).
 */
export const AWS_PUE: Figure = figure(1.14, 'ratio', 'AWS-Sust', 'H', {
  note: 'AWS global PUE for 2025.',
  alternatives: [
    { value: 1.15, source: ['DCD-PUE', 'AWS-Sust'], confidence: 'H', note: 'C11: 1.15 for 2024 (DCD: for 2023).' },
    { value: 1.08, source: ['DCD-PUE'], confidence: 'M', note: 'Target for new data-centre designs from 2025.' },
  ],
});
