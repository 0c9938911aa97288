import type { ReliabilityConfig, SiteGeometry } from '../model/index';
import { VIEW_LIMITS } from './linkLimits';
import { choiceParam, flagParam, numberParam, textParam, type ParamGroup, type ShareParam } from './shareParam';
import {
  FABRIC_NUMBER_SPECS,
  RELIABILITY_NUMBER_SPECS,
  SITE_GEOMETRY_SPECS,
  SITE_NUMBER_SPECS,
  TRAINING_NUMBER_SPECS,
  type NumberSpec,
} from './shareFieldSpecs';
import type { ShareState } from './shareState';

type TrainingNumberKey = keyof typeof TRAINING_NUMBER_SPECS;
type SiteNumberKey = keyof typeof SITE_NUMBER_SPECS;
type FabricNumberKey = keyof typeof FABRIC_NUMBER_SPECS;

export const TRAINING_PARAM_NAMES: Readonly<Record<TrainingNumberKey, string>> = {
  parameters: 'params',
  tokens: 'tokens',
  mfu: 'mfu',
  flopsPerParameterPerToken: 'flopsfactor',
  electricityPricePerMegawattHour: 'price',
};

export const RELIABILITY_PARAM_NAMES: Readonly<Record<keyof ReliabilityConfig, string>> = {
  chipMtbf: 'chipmtbf',
  hostMtbf: 'hostmtbf',
  scaleOutMtbfPerChip: 'netmtbf',
  softwareMtbfPerChip: 'swmtbf',
  scaleUpLinkMtbf: 'linkmtbf',
  scaleUpSwitchMtbf: 'switchmtbf',
  checkpointBytesPerParameter: 'ckptbytes',
  checkpointWriteBandwidthPerHost: 'ckptbw',
  storageWriteBandwidth: 'storagebw',
  restartSeconds: 'restart',
};

export const SITE_PARAM_NAMES: Readonly<Record<SiteNumberKey, string>> = {
  buildings: 'buildings',
  buildingsLive: 'live',
  buildingFloorArea: 'floor',
  hallsPerBuilding: 'halls',
  rowsPerHall: 'rows',
  racksPerRow: 'rowracks',
  rackPowerWatts: 'rackpower',
  racksPerUltraServer: 'usracks',
  sitePowerLimitWatts: 'sitepower',
};

export const SITE_GEOMETRY_PARAM_NAMES: Readonly<Record<keyof SiteGeometry, string>> = {
  rackWidth: 'rackw',
  rackDepth: 'rackd',
  rackHeight: 'rackh',
  aisleWidth: 'aisle',
  rowEndClearance: 'rowend',
  supportDepth: 'support',
  buildingAspect: 'aspect',
  buildingHeight: 'bheight',
  buildingGap: 'gap',
};

export const FABRIC_PARAM_NAMES: Readonly<Record<FabricNumberKey, string>> = {
  tiers: 'tiers',
  radix: 'radix',
  oversubscription: 'oversub',
  nicsPerChip: 'nics',
  switchLatency: 'swlat',
  endpointLatency: 'eplat',
};

/** One number parameter per key of a part of the state, in the spec table's order. */
function numberParams<K extends string>(
  group: ParamGroup,
  specs: Readonly<Record<K, NumberSpec>>,
  names: Readonly<Record<K, string>>,
  part: (state: ShareState) => { [key in K]: number },
): ShareParam[] {
  return (Object.keys(specs) as K[]).map((key) =>
    numberParam(names[key], group, specs[key], {
      get: (s) => part(s)[key],
      set: (s, value) => {
        part(s)[key] = value;
      },
    }),
  );
}

/** Training run, reliability, site and scale-out fabric: the settings around the machine. */
export const SETTINGS_PARAMS: readonly ShareParam[] = [
  ...numberParams('training', TRAINING_NUMBER_SPECS, TRAINING_PARAM_NAMES, (s) => s.training),
  choiceParam('prec', 'training', ['bf16', 'fp8'] as const, {
    get: (s) => s.training.precision,
    set: (s, precision) => {
      s.training.precision = precision;
    },
  }),
  ...numberParams('reliability', RELIABILITY_NUMBER_SPECS, RELIABILITY_PARAM_NAMES, (s) => s.reliability),
  textParam(
    'sitename',
    'site',
    'The site name',
    VIEW_LIMITS.maxSiteNameChars,
    {
      get: (s) => s.site.name,
      set: (s, name) => {
        s.site.name = name ?? s.site.name;
      },
    },
    false,
  ),
  ...numberParams('site', SITE_NUMBER_SPECS, SITE_PARAM_NAMES, (s) => s.site),
  ...numberParams('site', SITE_GEOMETRY_SPECS, SITE_GEOMETRY_PARAM_NAMES, (s) => s.site.geometry),
  // `tiers` is typed 1 | 2 | 3; its whole-number spec from 1 to 3 keeps it so.
  ...numberParams(
    'fabric',
    FABRIC_NUMBER_SPECS,
    FABRIC_PARAM_NAMES,
    (s) => s.fabric as unknown as Record<FabricNumberKey, number>,
  ),
  flagParam('optical', 'fabric', {
    get: (s) => s.fabric.endpointLinksOptical,
    set: (s, optical) => {
      s.fabric.endpointLinksOptical = optical;
    },
  }),
];
