/** fast-check arbitraries of valid ShareStates: every part within the bounds a link may carry. */
import fc from 'fast-check';
import {
  CHIP_FIGURE_FIELDS,
  CHIP_IDS,
  CONFIG_NUMBER_FIELDS,
  FACTOR_SPECS,
  SHAPE_NUMBER_SPECS,
  TRANSFORMERS,
  type ParallelismSettings,
  MAX_DOMAIN_CHIPS,
  MAX_TOTAL_CHIPS,
  PRESET_IDS,
  chipsPerInstance,
  chipsPerUltraServer,
  type ClusterConfig,
  type PresetId,
  type SiteConfig,
} from '../../../src/model/index';
import { baselineState } from '../../../src/share/baselineState';
import { VIEW_LIMITS } from '../../../src/share/linkLimits';
import {
  FABRIC_NUMBER_SPECS,
  RELIABILITY_NUMBER_SPECS,
  SITE_GEOMETRY_SPECS,
  SITE_NUMBER_SPECS,
  TRAINING_NUMBER_SPECS,
} from '../../../src/share/shareFieldSpecs';
import { COMPARE_BASES, PANELS, VIEW_LEVELS, type ShareState, type ViewLevel } from '../../../src/share/shareState';
import { codePointLength, showableText } from '../../../src/share/showableText';

interface Bounds {
  min: number;
  max: number;
  integer: boolean;
}

/** Whole numbers past fc.integer's 32-bit range come from doubles, rounded. */
export function wholeIn(min: number, max: number): fc.Arbitrary<number> {
  if (max <= 2 ** 31 - 1) return fc.integer({ min, max });
  return fc.double({ min, max, noNaN: true }).map((v) => Math.min(max, Math.max(min, Math.round(v))));
}

/** Any number a spec allows; never -0, which no link can tell from 0. */
export function numberIn(spec: Bounds): fc.Arbitrary<number> {
  if (spec.integer) return wholeIn(spec.min, spec.max);
  return fc.double({ min: spec.min, max: spec.max, noNaN: true }).map((v) => (v === 0 ? 0 : v));
}

/** Usually the baseline's value, sometimes any allowed one: states edited in a few places or many. */
const maybe = <T>(arb: fc.Arbitrary<T>, fallback: T): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constant(fallback), weight: 2 }, { arbitrary: arb, weight: 1 });

function editNumbers<K extends string>(
  specs: Readonly<Record<K, Bounds>>,
  base: Record<K, number>,
): fc.Arbitrary<Record<K, number>> {
  const keys = Object.keys(specs) as K[];
  const fields = Object.fromEntries(keys.map((k) => [k, maybe(numberIn(specs[k]), base[k])])) as Record<
    K,
    fc.Arbitrary<number>
  >;
  return fc.record(fields) as fc.Arbitrary<Record<K, number>>;
}

export function textArb(maxChars: number): fc.Arbitrary<string> {
  return (
    fc
      .oneof(
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: maxChars }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: maxChars }),
      )
      // A valid text is showable, within its length, and has no spaces at its ends (a link trims them).
      .filter((t) => t.length > 0 && t.trim() === t && showableText(t) === t && codePointLength(t) <= maxChars)
  );
}

// Built once: a string arbitrary of full Unicode builds a large table each time it is made.
const siteNameArb = textArb(VIEW_LIMITS.maxSiteNameChars);
const captionArb = textArb(VIEW_LIMITS.maxCaptionChars);

const dimsArb = fc.array(fc.integer({ min: 1, max: 32 }), { minLength: 1, maxLength: 3 });

/** The chip-limit rule the model enforces, applied the simple way: fewer instances, then fewer UltraServers. */
function fitChips(config: ClusterConfig): ClusterConfig {
  const perInstance = config.instanceDims.reduce((p, k) => p * k, 1);
  const instancesPerUltraServer = Math.min(config.instancesPerUltraServer, Math.floor(MAX_DOMAIN_CHIPS / perInstance));
  const ultraServers = Math.min(
    config.ultraServers,
    Math.floor(MAX_TOTAL_CHIPS / (perInstance * instancesPerUltraServer)),
  );
  return { ...config, instancesPerUltraServer, ultraServers };
}

export function configArb(base: ClusterConfig): fc.Arbitrary<ClusterConfig> {
  const numbers = Object.fromEntries(CONFIG_NUMBER_FIELDS.map((s) => [s.key, s])) as Record<string, Bounds>;
  const overrides = fc.record(
    Object.fromEntries(CHIP_FIGURE_FIELDS.map((s) => [s.key, numberIn(s)])) as Record<string, fc.Arbitrary<number>>,
    { requiredKeys: [] },
  );
  return fc
    .record({
      chip: maybe(fc.constantFrom(...CHIP_IDS), base.chip),
      fabric: maybe(fc.constantFrom('torus' as const, 'switched' as const), base.fabric),
      instanceDims: maybe(dimsArb, base.instanceDims),
      numbers: editNumbers(numbers, base as unknown as Record<string, number>),
      chipOverrides: maybe(overrides, {}),
    })
    .map(({ numbers: edited, ...rest }) => fitChips({ ...base, ...edited, ...rest } as ClusterConfig));
}

function siteArb(base: SiteConfig): fc.Arbitrary<SiteConfig> {
  return fc
    .record({
      name: maybe(siteNameArb, base.name),
      numbers: editNumbers(SITE_NUMBER_SPECS, base),
      geometry: editNumbers(SITE_GEOMETRY_SPECS, base.geometry),
    })
    .map(({ name, numbers, geometry }) => ({ ...base, ...numbers, name, geometry: { ...base.geometry, ...geometry } }));
}

/**
 * Chips a level draws, which bound its selection and failures (the rule written out here, not
 * read from the code under test): the UltraServer's at its level, one instance's at the
 * instance and chip levels, none on the site.
 */
function chipsDrawnAt(config: ClusterConfig, level: ViewLevel): number {
  if (level === 'ultraserver') return chipsPerUltraServer(config);
  if (level === 'instance' || level === 'chip') return chipsPerInstance(config);
  return 0;
}

function viewArb(config: ClusterConfig, site: SiteConfig, base: ShareState['view']): fc.Arbitrary<ShareState['view']> {
  return fc.constantFrom(...VIEW_LEVELS).chain((level) => levelViewArb(config, site, base, level));
}

function levelViewArb(
  config: ClusterConfig,
  site: SiteConfig,
  base: ShareState['view'],
  level: ViewLevel,
): fc.Arbitrary<ShareState['view']> {
  const chips = chipsPerUltraServer(config);
  const chip = fc.integer({ min: 0, max: chips - 1 });
  const drawn = chipsDrawnAt(config, level);
  const drawnChip = fc.integer({ min: 0, max: Math.max(0, drawn - 1) });
  const chipList = (maxLength: number) =>
    drawn > 0 ? fc.array(drawnChip, { maxLength }) : fc.constant([] as number[]);
  const pair = fc.tuple(drawnChip, drawnChip).filter(([a, b]) => a !== b);
  const racks = site.buildings * site.hallsPerBuilding * site.rowsPerHall * site.racksPerRow;
  const coordinate = numberIn({
    min: -VIEW_LIMITS.maxCameraCoordinate,
    max: VIEW_LIMITS.maxCameraCoordinate,
    integer: false,
  });
  const point = fc.tuple(coordinate, coordinate, coordinate);
  return fc
    .record({
      level: fc.constant(level),
      building: fc.option(fc.integer({ min: 0, max: site.buildings - 1 }), { nil: null }),
      rack: fc.option(wholeIn(0, racks - 1), { nil: null }),
      selection: chipList(VIEW_LIMITS.maxSelection),
      focusedChip: chip,
      donut: fc.boolean(),
      // Valid slices depend on the level's torus; sliceParam.test.ts covers them by hand.
      slice: fc.constant(null),
      orbit: fc.boolean(),
      collective: fc.option(
        fc.record({
          kind: fc.constantFrom('ring' as const, 'torus' as const),
          step: fc.integer({ min: 0, max: 2 * (chips - 1) }),
          bytes: wholeIn(VIEW_LIMITS.collectiveBytes.min, VIEW_LIMITS.collectiveBytes.max),
        }),
        { nil: null },
      ),
      failedLinks:
        drawn > 1 ? fc.array(pair, { maxLength: VIEW_LIMITS.maxFailedLinks }) : fc.constant([] as [number, number][]),
      failedChips: chipList(VIEW_LIMITS.maxFailedChips),
      camera: fc.option(fc.record({ position: point, target: point }), { nil: null }),
      panel: fc.constantFrom(...PANELS),
      compare: fc.array(fc.constantFrom('current' as const, ...PRESET_IDS), { maxLength: VIEW_LIMITS.maxCompare }),
      compareBasis: fc.constantFrom(...COMPARE_BASES),
      stats: fc.boolean(),
      theme: fc.constantFrom('dark' as const, 'light' as const, null),
    })
    .chain((view) =>
      fc
        .integer({ min: 0, max: Math.max(0, view.compare.length - 1) })
        .map((baseline) => ({ ...base, ...view, baseline })),
    );
}

/** Optional fields: each absent (the published value, or chosen by the search) or any allowed value. */
function optionalNumbers<K extends string>(
  specs: Readonly<Record<K, Bounds>>,
): fc.Arbitrary<Partial<Record<K, number>>> {
  const keys = Object.keys(specs) as K[];
  const fields = Object.fromEntries(keys.map((k) => [k, numberIn(specs[k])])) as Record<K, fc.Arbitrary<number>>;
  return fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Partial<Record<K, number>>>;
}

const parallelismArb: fc.Arbitrary<ParallelismSettings> = fc.record({
  model: fc.constantFrom(...TRANSFORMERS.map((t) => t.id)),
  shape: optionalNumbers(SHAPE_NUMBER_SPECS),
  fixed: optionalNumbers(FACTOR_SPECS),
});

/** A valid ShareState: a preset (or none), any machine within the model's limits, any settings, any view of it. */
export const shareStateArb: fc.Arbitrary<ShareState> = fc
  .option(fc.constantFrom(...PRESET_IDS), { nil: null })
  .chain((presetId: PresetId | null) => {
    const base = baselineState(presetId);
    return fc
      .record({
        config: configArb(base.config),
        training: fc
          .record({
            numbers: editNumbers(TRAINING_NUMBER_SPECS, base.training),
            precision: fc.constantFrom('bf16' as const, 'fp8' as const),
          })
          .map(({ numbers, precision }) => ({ ...base.training, ...numbers, precision })),
        parallelism: maybe(parallelismArb, base.parallelism),
        reliability: editNumbers(RELIABILITY_NUMBER_SPECS, base.reliability),
        site: siteArb(base.site),
        fabric: fc
          .record({
            numbers: editNumbers(FABRIC_NUMBER_SPECS, base.fabric as unknown as Record<string, number>),
            optical: fc.boolean(),
          })
          .map(
            ({ numbers, optical }) =>
              ({ ...base.fabric, ...numbers, endpointLinksOptical: optical }) as ShareState['fabric'],
          ),
        embed: fc.record({
          enabled: fc.boolean(),
          caption: fc.option(captionArb, { nil: null }),
        }),
      })
      .chain((parts) =>
        viewArb(parts.config, parts.site, base.view).map((view): ShareState => ({ presetId, ...parts, view })),
      );
  });
