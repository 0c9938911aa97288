import {
  CHIP_FIGURE_FIELDS,
  CHIP_IDS,
  CONFIG_NUMBER_FIELDS,
  parseTorusDims,
  type ChipFigureKey,
  type ConfigNumberKey,
} from '../model/index';
import { formatLinkNumber } from './numberText';
import { choiceParam, numberParam, readNumber, type ShareParam } from './shareParam';
import { specProblem } from './shareFieldSpecs';
import { quote, showableText } from './showableText';

/** Link names of the config's numbers; bounds, labels and units come from CONFIG_NUMBER_FIELDS. */
export const CONFIG_PARAM_NAMES: Readonly<Record<ConfigNumberKey, string>> = {
  instancesPerUltraServer: 'inst',
  ultraServers: 'us',
  intraLinkBandwidth: 'intrabw',
  interLinkBandwidth: 'interbw',
  linksPerChip: 'links',
  switchesPerUltraServer: 'switches',
  scaleOutBandwidthPerChip: 'scaleout',
  chipsPerHost: 'hostchips',
  hostMemoryPerHost: 'hostmem',
  hostPowerWatts: 'hostpower',
  overheadPowerPerChipWatts: 'overhead',
  pue: 'pue',
};

/** Link names of the chip figures a user may override; bounds from CHIP_FIGURE_FIELDS. */
export const CHIP_FIGURE_PARAM_NAMES: Readonly<Record<ChipFigureKey, string>> = {
  fp8Dense: 'fp8',
  fp8Sparse: 'fp8s',
  bf16Dense: 'bf16',
  bf16Sparse: 'bf16s',
  fp32Dense: 'fp32',
  hbmCapacity: 'hbm',
  hbmBandwidth: 'hbmbw',
  tdp: 'tdp',
};

const dimsParam: ShareParam = {
  name: 'dims',
  group: 'machine',
  write(state, baseline) {
    const dims = state.config.instanceDims.join('x');
    return dims === baseline.config.instanceDims.join('x') ? null : dims;
  },
  read(raw, draft, report) {
    const parsed = parseTorusDims(raw);
    if (parsed.ok) draft.config.instanceDims = parsed.dims;
    else report('ignored', `Ignored dims=${quote(raw)}: ${showableText(parsed.error)}`);
  },
  check(state) {
    const parsed = parseTorusDims(state.config.instanceDims.join('x'));
    return parsed.ok ? null : `Instance dims: ${parsed.error}`;
  },
  reset(draft, baseline) {
    draft.config.instanceDims = [...baseline.config.instanceDims];
  },
};

/**
 * A chip figure override: a number replaces the chip's sourced figure; an empty value (or
 * `none`) drops the override, so a link can undo one the baseline has.
 */
function chipFigureParam(spec: (typeof CHIP_FIGURE_FIELDS)[number]): ShareParam {
  const name = CHIP_FIGURE_PARAM_NAMES[spec.key];
  return {
    name,
    group: 'machine',
    write(state, baseline) {
      const value = state.config.chipOverrides[spec.key];
      if (value === baseline.config.chipOverrides[spec.key]) return null;
      return value === undefined ? 'none' : formatLinkNumber(value);
    },
    read(raw, draft, report) {
      if (raw === '' || raw === 'none') {
        delete draft.config.chipOverrides[spec.key];
        return;
      }
      const value = readNumber(name, raw, spec, report);
      if (value !== null) draft.config.chipOverrides[spec.key] = value;
    },
    check(state) {
      const value = state.config.chipOverrides[spec.key];
      return value === undefined ? null : specProblem(spec, value);
    },
    reset(draft, baseline) {
      const value = baseline.config.chipOverrides[spec.key];
      if (value === undefined) delete draft.config.chipOverrides[spec.key];
      else draft.config.chipOverrides[spec.key] = value;
    },
  };
}

/** The machine: chip, fabric, shape and every number of the cluster config, then chip figure overrides. */
export const CONFIG_PARAMS: readonly ShareParam[] = [
  choiceParam('chip', 'machine', CHIP_IDS, {
    get: (s) => s.config.chip,
    set: (s, chip) => {
      s.config.chip = chip;
    },
  }),
  choiceParam('fabric', 'machine', ['torus', 'switched'] as const, {
    get: (s) => s.config.fabric,
    set: (s, fabric) => {
      s.config.fabric = fabric;
    },
  }),
  dimsParam,
  ...CONFIG_NUMBER_FIELDS.map((spec) =>
    numberParam(CONFIG_PARAM_NAMES[spec.key], 'machine', spec, {
      get: (s) => s.config[spec.key],
      set: (s, value) => {
        s.config[spec.key] = value;
      },
    }),
  ),
  ...CHIP_FIGURE_FIELDS.map(chipFigureParam),
];
