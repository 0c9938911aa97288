import { CHIPS } from '../chips/catalog';
import type { ChipSpec } from '../chips/chipSpec';
import { chipsPerInstance, type ChipFigureKey, type ClusterConfig } from '../config';
import { evaluate } from '../evaluate';
import { isDoubtful, type Figure, type Unit } from '../figure';
import type { MetricKey, Metrics } from '../metrics';
import { PRESETS } from '../presets/catalog';
import type { Preset, PresetId } from '../presets/preset';
import { resolveChip, type ResolvedChip } from '../resolveChip';
import { scaleUpDomain, torusShapeOf } from '../scaleUpDomain';
import type { DomainTopology } from '../topology/domainTopology';
import { ringMeanDistanceInclSelf } from '../topology/torus';
import { matchPreset, sameValue } from './matchPreset';
import { plainQuantity, type QuantityFormatter } from './quantityText';

/** One number a metric is computed from, with where it comes from. */
export interface ExplanationInput {
  label: string;
  /** The value in force, SI units. */
  value: number;
  unit: Unit;
  /** The sourced figure; null when the user overrode it or the config value has no recorded source. */
  figure: Figure | null;
  /** The user changed it from the catalog or the preset. */
  overridden: boolean;
}

/** How one metric of a configuration was obtained: formula with its numbers, and its inputs' sources. */
export interface MetricExplanation {
  key: MetricKey;
  title: string;
  /** The metric's value (null where nothing is published, e.g. FP32 of some chips). */
  value: number | null;
  unit: Unit;
  /** In words and symbols, with the numbers used: "64 chips × 1,299 TFLOP/s = 83.14 PFLOP/s". */
  formula: string;
  inputs: ExplanationInput[];
  /** Some input is low-confidence, unconfirmed or disputed (has alternatives). */
  doubtful: boolean;
  /** The preset whose provenance was used; null when none matched. */
  presetId: PresetId | null;
}

export interface ExplainOptions {
  /** The preset the config came from; default: the closest preset (see matchPreset). */
  presetId?: PresetId | null;
  /** Renders quantities in the formula; default: plain SI text. */
  formatQuantity?: QuantityFormatter;
}

export const METRIC_TITLES: Readonly<Record<MetricKey, string>> = {
  chips: 'Chips',
  chipsPerInstance: 'Chips per instance',
  chipsPerUltraServer: 'Chips per scale-up domain',
  instances: 'Instances',
  ultraServers: 'Scale-up domains (UltraServers)',
  hosts: 'Hosts',
  fp8DenseFlops: 'Dense FP8',
  fp8SparseFlops: 'Sparse FP8',
  bf16DenseFlops: 'Dense BF16',
  bf16SparseFlops: 'Sparse BF16',
  fp32DenseFlops: 'FP32',
  hbmBytes: 'HBM capacity',
  hbmBandwidth: 'HBM bandwidth',
  hostMemoryBytes: 'Host memory',
  scaleUpBandwidthPerChip: 'Scale-up bandwidth per chip',
  scaleUpBandwidthPerUltraServer: 'Scale-up bandwidth per domain',
  scaleUpBandwidth: 'Scale-up bandwidth, all chips',
  bisectionBandwidth: 'Bisection bandwidth',
  bisectionLinks: 'Links across the bisection',
  bisectionLowerBound: 'Bisection bandwidth, proven lower bound',
  scaleUpLinks: 'Scale-up links per domain',
  degree: 'Scale-up ports per chip',
  diameterHops: 'Diameter',
  averageHops: 'Average distance',
  scaleOutBandwidthPerChip: 'Scale-out bandwidth per chip',
  scaleOutBandwidth: 'Scale-out bandwidth, all chips',
  chipPowerWatts: 'Chip power',
  hostPowerWatts: 'Host power',
  overheadPowerWatts: 'Network and overhead power',
  itPowerWatts: 'IT power',
  facilityPowerWatts: 'Facility power',
};

/** The unit of each metric, for rendering its value. */
export const METRIC_UNITS: Readonly<Record<MetricKey, Unit>> = {
  chips: 'count',
  chipsPerInstance: 'count',
  chipsPerUltraServer: 'count',
  instances: 'count',
  ultraServers: 'count',
  hosts: 'count',
  fp8DenseFlops: 'FLOP/s',
  fp8SparseFlops: 'FLOP/s',
  bf16DenseFlops: 'FLOP/s',
  bf16SparseFlops: 'FLOP/s',
  fp32DenseFlops: 'FLOP/s',
  hbmBytes: 'B',
  hbmBandwidth: 'B/s',
  hostMemoryBytes: 'B',
  scaleUpBandwidthPerChip: 'B/s',
  scaleUpBandwidthPerUltraServer: 'B/s',
  scaleUpBandwidth: 'B/s',
  bisectionBandwidth: 'B/s',
  bisectionLinks: 'count',
  bisectionLowerBound: 'B/s',
  scaleUpLinks: 'count',
  degree: 'count',
  diameterHops: 'count',
  averageHops: 'count',
  scaleOutBandwidthPerChip: 'B/s',
  scaleOutBandwidth: 'B/s',
  chipPowerWatts: 'W',
  hostPowerWatts: 'W',
  overheadPowerWatts: 'W',
  itPowerWatts: 'W',
  facilityPowerWatts: 'W',
};

/** Names of torus dimensions in the order the model builds them (the instance ring comes last). */
const DIMENSION_NAMES = ['X', 'Y', 'Z', 'W', 'V', 'U'];

interface Context {
  config: ClusterConfig;
  metrics: Metrics;
  chip: ChipSpec;
  resolved: ResolvedChip;
  domain: DomainTopology;
  preset: Preset | null;
  q: QuantityFormatter;
}

type Explained = { formula: string; inputs: ExplanationInput[] };

const count = (ctx: Context, n: number) => ctx.q(n, 'count');

function chipInput(ctx: Context, key: ChipFigureKey, label: string): ExplanationInput {
  const overridden = ctx.config.chipOverrides[key] !== undefined;
  const sourced: Figure | undefined = ctx.chip[key];
  return {
    label: `${label} (${ctx.chip.name})`,
    value: ctx.resolved[key] ?? Number.NaN,
    unit: sourced?.unit ?? 'FLOP/s',
    figure: overridden ? null : (sourced ?? null),
    overridden,
  };
}

/**
 * A config field as an input. It counts as overridden when it differs from the preset's value,
 * and is sourced by the preset's provenance, or by a chip figure it mirrors (`fallback`).
 */
function configInput(
  ctx: Context,
  field: keyof ClusterConfig,
  label: string,
  value: number,
  unit: Unit,
  fallback?: Figure,
): ExplanationInput {
  const overridden = ctx.preset ? !sameValue(ctx.config[field], ctx.preset.config[field]) : true;
  const mirrored = fallback && fallback.value === value ? fallback : undefined;
  return {
    label,
    value,
    unit,
    figure: overridden ? null : (ctx.preset?.provenance[field] ?? mirrored ?? null),
    overridden,
  };
}

function dimsText(config: ClusterConfig): string {
  return config.fabric === 'torus' ? `${config.instanceDims.join('×')} torus` : 'switch';
}

/** The inputs that set the chip count: chips per instance, instances per domain, and (for the cluster) domains. */
function chipCountInputs(ctx: Context, scope: 'cluster' | 'domain'): ExplanationInput[] {
  const { config, preset } = ctx;
  const inputs = [
    configInput(ctx, 'instanceDims', `Chips per instance (${dimsText(config)})`, chipsPerInstance(config), 'count'),
  ];
  const changed = (field: keyof ClusterConfig) => !preset || !sameValue(config[field], preset.config[field]);
  if (config.instancesPerUltraServer !== 1 || changed('instancesPerUltraServer')) {
    inputs.push(
      configInput(
        ctx,
        'instancesPerUltraServer',
        'Instances per scale-up domain',
        config.instancesPerUltraServer,
        'count',
      ),
    );
  }
  if (scope === 'cluster' && (config.ultraServers !== 1 || changed('ultraServers'))) {
    inputs.push(configInput(ctx, 'ultraServers', 'Scale-up domains (UltraServers)', config.ultraServers, 'count'));
  }
  return inputs;
}

function chipsTimes(ctx: Context, key: ChipFigureKey, label: string, total: number, unit: Unit): Explained {
  const perChip = ctx.resolved[key];
  return {
    formula: `${count(ctx, ctx.metrics.chips)} chips × ${ctx.q(perChip ?? Number.NaN, unit)} per chip = ${ctx.q(total, unit)}`,
    inputs: [...chipCountInputs(ctx, 'cluster'), chipInput(ctx, key, label)],
  };
}

function hostInputs(ctx: Context): ExplanationInput[] {
  return [configInput(ctx, 'chipsPerHost', 'Chips per host', ctx.config.chipsPerHost, 'count')];
}

function linkInputs(ctx: Context): ExplanationInput[] {
  const { config, chip } = ctx;
  const inputs = [
    configInput(
      ctx,
      'intraLinkBandwidth',
      config.fabric === 'torus'
        ? 'One link inside an instance, both directions'
        : 'One chip-to-switch link, both directions',
      config.intraLinkBandwidth,
      'B/s',
    ),
  ];
  if (config.fabric === 'torus' && config.instancesPerUltraServer > 1) {
    inputs.push(
      configInput(
        ctx,
        'interLinkBandwidth',
        'One link of the ring joining instances, both directions',
        config.interLinkBandwidth,
        'B/s',
      ),
    );
  }
  if (config.fabric === 'switched') {
    inputs.push(configInput(ctx, 'linksPerChip', 'Links per chip', config.linksPerChip, 'count'));
  }
  // Not a term of the formula, but where the per-link figures were derived from (and its disputes).
  inputs.push({
    label: `Published scale-up bandwidth per chip (${chip.name}), from which links are derived`,
    value: chip.scaleUpBandwidth.value,
    unit: 'B/s',
    figure: chip.scaleUpBandwidth,
    overridden: false,
  });
  return inputs;
}

function perChipScaleUp(ctx: Context): string {
  const { config, q, domain } = ctx;
  if (config.fabric === 'switched') {
    return `${count(ctx, config.linksPerChip)} links × ${q(config.intraLinkBandwidth, 'B/s')} = ${q(domain.bandwidthPerChip, 'B/s')} per chip, both directions`;
  }
  const shape = torusShapeOf(config);
  const terms = shape.dims
    .map((k, i) => (k >= 2 ? `2 × ${q(shape.linkBandwidth[i] ?? 0, 'B/s')} (${DIMENSION_NAMES[i] ?? `D${i}`})` : null))
    .filter((t): t is string => t !== null);
  return `${terms.join(' + ') || '0'} = ${q(domain.bandwidthPerChip, 'B/s')} per chip, both directions`;
}

function bisection(ctx: Context, withBandwidth: boolean): Explained {
  const { config, q, domain } = ctx;
  const result = withBandwidth
    ? `${q(domain.bisectionBandwidth, 'B/s')}, one direction`
    : `${count(ctx, domain.bisectionLinks)} links`;
  if (domain.nodes < 2) return { formula: `One chip: nothing to cut, ${result}`, inputs: [] };
  if (config.fabric === 'switched') {
    const half = Math.floor(domain.nodes / 2);
    const formula = withBandwidth
      ? `⌊${count(ctx, domain.nodes)} ÷ 2⌋ = ${count(ctx, half)} chips × ${q(domain.bandwidthPerChip, 'B/s')} ÷ 2 (one direction; the switch is non-blocking) = ${result}`
      : `⌊${count(ctx, domain.nodes)} ÷ 2⌋ = ${count(ctx, half)} chips × ${count(ctx, config.linksPerChip)} links = ${result}`;
    return { formula, inputs: [...chipCountInputs(ctx, 'domain'), ...linkInputs(ctx)] };
  }
  const shape = torusShapeOf(config);
  const half = Math.floor(domain.nodes / 2);
  // The topology says which rings its cut crosses; a plane is the case where one dimension has them all.
  const crossed = domain.bisectionLinksByDim.map((links, i) => ({ links, i })).filter(({ links }) => links > 0);
  const planeDim = crossed.length === 1 ? crossed[0]!.i : -1;
  const isPlane = planeDim >= 0 && crossed[0]!.links === (2 * domain.nodes) / (shape.dims[planeDim] ?? 1);
  const nameOf = (i: number) => DIMENSION_NAMES[i] ?? `D${i}`;
  const what = isPlane
    ? `a plane across its ${nameOf(planeDim)} rings (two wrap-around links per ring: 2 × ${count(ctx, domain.nodes)} ÷ ${shape.dims[planeDim]})`
    : `rings cut twice each in ${crossed.map(({ i }) => nameOf(i)).join(' and ')}`;
  const cut = `Weakest balanced cut of the ${shape.dims.join('×')} torus (${count(ctx, half)} | ${count(ctx, domain.nodes - half)} chips), ${what}: `;
  const terms = crossed.map(
    ({ links, i }) => `${count(ctx, links)} ${nameOf(i)} links × ${q(shape.linkBandwidth[i] ?? 0, 'B/s')} ÷ 2`,
  );
  const caveat = domain.bisectionExact
    ? ''
    : ` (an upper bound: the least balanced cut is proven only to be at least ${q(domain.bisectionLowerBound, 'B/s')})`;
  const formula = withBandwidth
    ? `${cut}${terms.join(' + ') || '0'} = ${result}${caveat}`
    : `${cut}${crossed.map(({ links, i }) => `${count(ctx, links)} ${nameOf(i)}`).join(' + ') || '0'} = ${result}${caveat}`;
  return { formula, inputs: [...chipCountInputs(ctx, 'domain'), ...linkInputs(ctx)] };
}

function bisectionBound(ctx: Context): Explained {
  const { q, domain } = ctx;
  const inputs = [...chipCountInputs(ctx, 'domain'), ...linkInputs(ctx)];
  if (domain.bisectionExact) {
    return {
      formula: `The weakest balanced cut is proven minimal, so its ${q(domain.bisectionBandwidth, 'B/s')} (one direction) is also the lower bound`,
      inputs,
    };
  }
  return {
    formula: `No balanced cut of the ${count(ctx, domain.nodes)}-chip torus crosses less than ${q(domain.bisectionLowerBound, 'B/s')}, one direction (a proven bound); the weakest cut found crosses ${q(domain.bisectionBandwidth, 'B/s')}`,
    inputs,
  };
}

const hops = (ctx: Context, n: number) => `${ctx.q(n, 'ratio')} hops`;

function diameter(ctx: Context): Explained {
  const { config, domain } = ctx;
  const inputs = chipCountInputs(ctx, 'domain');
  if (config.fabric === 'switched') {
    return {
      formula: domain.nodes > 1 ? `chip → switch → chip = ${hops(ctx, 2)}` : `One chip: ${hops(ctx, 0)}`,
      inputs,
    };
  }
  const dims = torusShapeOf(config).dims.filter((k) => k >= 2);
  const terms = dims.map((k) => `⌊${k}/2⌋`).join(' + ');
  return { formula: `Σ⌊kᵢ/2⌋ = ${terms || '0'} = ${hops(ctx, domain.diameterHops)}`, inputs };
}

function averageHops(ctx: Context): Explained {
  const { config, domain, q } = ctx;
  const inputs = chipCountInputs(ctx, 'domain');
  if (config.fabric === 'switched') {
    return {
      formula:
        domain.nodes > 1
          ? `Every pair of chips is chip → switch → chip = ${hops(ctx, 2)}`
          : `One chip: ${hops(ctx, 0)}`,
      inputs,
    };
  }
  const dims = torusShapeOf(config).dims.filter((k) => k >= 2);
  const terms = dims.map((k) => q(ringMeanDistanceInclSelf(k), 'ratio')).join(' + ');
  const n = domain.nodes;
  return {
    formula: `Σ⌊kᵢ²/4⌋/kᵢ × N/(N−1), over distinct pairs = (${terms || '0'}) × ${count(ctx, n)}/${count(ctx, n - 1)} = ${hops(ctx, domain.averageHops)}`,
    inputs,
  };
}

function powerInputs(
  ctx: Context,
  parts: { chips?: boolean; hosts?: boolean; overhead?: boolean; pue?: boolean },
): ExplanationInput[] {
  const { config } = ctx;
  const inputs = chipCountInputs(ctx, 'cluster');
  if (parts.chips) inputs.push(chipInput(ctx, 'tdp', 'Power per chip'));
  if (parts.hosts) {
    inputs.push(
      ...hostInputs(ctx),
      configInput(ctx, 'hostPowerWatts', 'Power per host (CPUs, DRAM, NICs, fans)', config.hostPowerWatts, 'W'),
    );
  }
  if (parts.overhead) {
    inputs.push(
      configInput(
        ctx,
        'overheadPowerPerChipWatts',
        'Network and overhead power per chip',
        config.overheadPowerPerChipWatts,
        'W',
      ),
    );
  }
  if (parts.pue) inputs.push(configInput(ctx, 'pue', 'PUE (facility ÷ IT power)', config.pue, 'ratio'));
  return inputs;
}

const EXPLAINERS: Readonly<Record<MetricKey, (ctx: Context) => Explained>> = {
  chips: (ctx) => {
    const { config, metrics } = ctx;
    const factors = [`${count(ctx, chipsPerInstance(config))} chips per instance (${dimsText(config)})`];
    if (config.instancesPerUltraServer !== 1)
      factors.push(`${count(ctx, config.instancesPerUltraServer)} instances per domain`);
    if (config.ultraServers !== 1) factors.push(`${count(ctx, config.ultraServers)} domains`);
    return {
      formula: `${factors.join(' × ')} = ${count(ctx, metrics.chips)} chips`,
      inputs: chipCountInputs(ctx, 'cluster'),
    };
  },
  chipsPerInstance: (ctx) => ({
    formula:
      ctx.config.fabric === 'torus'
        ? `${ctx.config.instanceDims.join(' × ')} torus = ${count(ctx, ctx.metrics.chipsPerInstance)} chips`
        : `${count(ctx, ctx.metrics.chipsPerInstance)} chips on the instance's switch`,
    inputs: chipCountInputs(ctx, 'cluster').slice(0, 1),
  }),
  chipsPerUltraServer: (ctx) => ({
    formula: `${count(ctx, ctx.metrics.chipsPerInstance)} chips per instance × ${count(ctx, ctx.config.instancesPerUltraServer)} instances = ${count(ctx, ctx.metrics.chipsPerUltraServer)} chips`,
    inputs: chipCountInputs(ctx, 'domain'),
  }),
  instances: (ctx) => ({
    formula: `${count(ctx, ctx.config.instancesPerUltraServer)} instances per domain × ${count(ctx, ctx.config.ultraServers)} domains = ${count(ctx, ctx.metrics.instances)} instances`,
    inputs: chipCountInputs(ctx, 'cluster').slice(1),
  }),
  ultraServers: (ctx) => ({
    formula: `${count(ctx, ctx.config.ultraServers)} scale-up domains, as configured`,
    inputs: [configInput(ctx, 'ultraServers', 'Scale-up domains (UltraServers)', ctx.config.ultraServers, 'count')],
  }),
  hosts: (ctx) => ({
    formula: `⌈${count(ctx, ctx.metrics.chips)} chips ÷ ${count(ctx, ctx.config.chipsPerHost)} chips per host⌉ = ${count(ctx, ctx.metrics.hosts)} hosts`,
    inputs: [...chipCountInputs(ctx, 'cluster'), ...hostInputs(ctx)],
  }),
  fp8DenseFlops: (ctx) => chipsTimes(ctx, 'fp8Dense', 'Dense FP8 per chip', ctx.metrics.fp8DenseFlops, 'FLOP/s'),
  fp8SparseFlops: (ctx) => chipsTimes(ctx, 'fp8Sparse', 'Sparse FP8 per chip', ctx.metrics.fp8SparseFlops, 'FLOP/s'),
  bf16DenseFlops: (ctx) => chipsTimes(ctx, 'bf16Dense', 'Dense BF16 per chip', ctx.metrics.bf16DenseFlops, 'FLOP/s'),
  bf16SparseFlops: (ctx) =>
    chipsTimes(ctx, 'bf16Sparse', 'Sparse BF16 per chip', ctx.metrics.bf16SparseFlops, 'FLOP/s'),
  fp32DenseFlops: (ctx) =>
    ctx.metrics.fp32DenseFlops === null
      ? { formula: `No source publishes the FP32 rate of ${ctx.chip.name}: not published, not guessed`, inputs: [] }
      : chipsTimes(ctx, 'fp32Dense', 'FP32 per chip', ctx.metrics.fp32DenseFlops, 'FLOP/s'),
  hbmBytes: (ctx) => chipsTimes(ctx, 'hbmCapacity', 'HBM per chip', ctx.metrics.hbmBytes, 'B'),
  hbmBandwidth: (ctx) => chipsTimes(ctx, 'hbmBandwidth', 'HBM bandwidth per chip', ctx.metrics.hbmBandwidth, 'B/s'),
  hostMemoryBytes: (ctx) => ({
    formula: `${count(ctx, ctx.metrics.hosts)} hosts × ${ctx.q(ctx.config.hostMemoryPerHost, 'B')} = ${ctx.q(ctx.metrics.hostMemoryBytes, 'B')}`,
    inputs: [
      ...chipCountInputs(ctx, 'cluster'),
      ...hostInputs(ctx),
      configInput(ctx, 'hostMemoryPerHost', 'Memory per host', ctx.config.hostMemoryPerHost, 'B'),
    ],
  }),
  scaleUpBandwidthPerChip: (ctx) => ({ formula: perChipScaleUp(ctx), inputs: linkInputs(ctx) }),
  scaleUpBandwidthPerUltraServer: (ctx) => ({
    formula: `${count(ctx, ctx.metrics.chipsPerUltraServer)} chips × ${ctx.q(ctx.metrics.scaleUpBandwidthPerChip, 'B/s')} per chip = ${ctx.q(ctx.metrics.scaleUpBandwidthPerUltraServer, 'B/s')}, both directions`,
    inputs: [...chipCountInputs(ctx, 'domain'), ...linkInputs(ctx)],
  }),
  scaleUpBandwidth: (ctx) => ({
    formula: `${count(ctx, ctx.metrics.chips)} chips × ${ctx.q(ctx.metrics.scaleUpBandwidthPerChip, 'B/s')} per chip = ${ctx.q(ctx.metrics.scaleUpBandwidth, 'B/s')}, both directions`,
    inputs: [...chipCountInputs(ctx, 'cluster'), ...linkInputs(ctx)],
  }),
  bisectionBandwidth: (ctx) => bisection(ctx, true),
  bisectionLinks: (ctx) => bisection(ctx, false),
  bisectionLowerBound: (ctx) => bisectionBound(ctx),
  scaleUpLinks: (ctx) => {
    const { config, domain } = ctx;
    const formula =
      config.fabric === 'switched'
        ? `${count(ctx, domain.nodes)} chips × ${count(ctx, config.linksPerChip)} links to the switches = ${count(ctx, domain.links)} links`
        : `${count(ctx, domain.nodes)} chips × ${count(ctx, domain.degree / 2)} dimensions (one link per chip and dimension) = ${count(ctx, domain.links)} links`;
    return { formula, inputs: chipCountInputs(ctx, 'domain') };
  },
  degree: (ctx) => {
    const { config, domain } = ctx;
    return config.fabric === 'switched'
      ? {
          formula: `${count(ctx, config.linksPerChip)} links from each chip to the switches`,
          inputs: [configInput(ctx, 'linksPerChip', 'Links per chip', config.linksPerChip, 'count')],
        }
      : {
          formula: `2 ports × ${count(ctx, domain.degree / 2)} torus dimensions = ${count(ctx, domain.degree)} ports`,
          inputs: chipCountInputs(ctx, 'domain'),
        };
  },
  diameterHops: diameter,
  averageHops,
  scaleOutBandwidthPerChip: (ctx) => ({
    formula: `${ctx.q(ctx.config.scaleOutBandwidthPerChip, 'B/s')} per chip, one direction, as configured`,
    inputs: [
      configInput(
        ctx,
        'scaleOutBandwidthPerChip',
        `Scale-out network per chip (${ctx.chip.name})`,
        ctx.config.scaleOutBandwidthPerChip,
        'B/s',
        ctx.chip.scaleOutBandwidth,
      ),
    ],
  }),
  scaleOutBandwidth: (ctx) => ({
    formula: `${count(ctx, ctx.metrics.chips)} chips × ${ctx.q(ctx.config.scaleOutBandwidthPerChip, 'B/s')} = ${ctx.q(ctx.metrics.scaleOutBandwidth, 'B/s')}, one direction`,
    inputs: [
      ...chipCountInputs(ctx, 'cluster'),
      configInput(
        ctx,
        'scaleOutBandwidthPerChip',
        `Scale-out network per chip (${ctx.chip.name})`,
        ctx.config.scaleOutBandwidthPerChip,
        'B/s',
        ctx.chip.scaleOutBandwidth,
      ),
    ],
  }),
  chipPowerWatts: (ctx) => ({
    formula: `${count(ctx, ctx.metrics.chips)} chips × ${ctx.q(ctx.resolved.tdp, 'W')} = ${ctx.q(ctx.metrics.chipPowerWatts, 'W')}`,
    inputs: powerInputs(ctx, { chips: true }),
  }),
  hostPowerWatts: (ctx) => ({
    formula: `${count(ctx, ctx.metrics.hosts)} hosts × ${ctx.q(ctx.config.hostPowerWatts, 'W')} = ${ctx.q(ctx.metrics.hostPowerWatts, 'W')}`,
    inputs: powerInputs(ctx, { hosts: true }),
  }),
  overheadPowerWatts: (ctx) => ({
    formula: `${count(ctx, ctx.metrics.chips)} chips × ${ctx.q(ctx.config.overheadPowerPerChipWatts, 'W')} = ${ctx.q(ctx.metrics.overheadPowerWatts, 'W')}`,
    inputs: powerInputs(ctx, { overhead: true }),
  }),
  itPowerWatts: (ctx) => {
    const { metrics: m, q } = ctx;
    return {
      formula: `chips ${q(m.chipPowerWatts, 'W')} + hosts ${q(m.hostPowerWatts, 'W')} + network and overhead ${q(m.overheadPowerWatts, 'W')} = ${q(m.itPowerWatts, 'W')}`,
      inputs: powerInputs(ctx, { chips: true, hosts: true, overhead: true }),
    };
  },
  facilityPowerWatts: (ctx) => {
    const { metrics: m, q, config } = ctx;
    return {
      formula: `IT power ${q(m.itPowerWatts, 'W')} (chips ${q(m.chipPowerWatts, 'W')} + hosts ${q(m.hostPowerWatts, 'W')} + network ${q(m.overheadPowerWatts, 'W')}) × PUE ${q(config.pue, 'ratio')} = ${q(m.facilityPowerWatts, 'W')}`,
      inputs: powerInputs(ctx, { chips: true, hosts: true, overhead: true, pue: true }),
    };
  },
};

/**
 * Why a metric has the value it has: the formula with the numbers in force, and every input with
 * its source and confidence (chip figures from the catalog, config values from the preset's
 * provenance). Pure; cost independent of cluster size.
 */
export function explainMetric(config: ClusterConfig, key: MetricKey, options: ExplainOptions = {}): MetricExplanation {
  const presetId = options.presetId === undefined ? matchPreset(config) : options.presetId;
  const ctx: Context = {
    config,
    metrics: evaluate(config),
    chip: CHIPS[config.chip],
    resolved: resolveChip(config),
    domain: scaleUpDomain(config),
    preset: presetId ? PRESETS[presetId] : null,
    q: options.formatQuantity ?? plainQuantity,
  };
  const { formula, inputs } = EXPLAINERS[key](ctx);
  return {
    key,
    title: METRIC_TITLES[key],
    value: ctx.metrics[key],
    unit: METRIC_UNITS[key],
    formula,
    inputs,
    doubtful: inputs.some((i) => i.figure !== null && isDoubtful(i.figure)),
    presetId,
  };
}
