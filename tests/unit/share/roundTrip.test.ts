import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, validateConfig } from '../../../src/model/index';
import { baselineState } from '../../../src/share/baselineState';
import { decodeShareState } from '../../../src/share/decodeShareState';
import { encodeShareState } from '../../../src/share/encodeShareState';
import { CURRENT_VERSION } from '../../../src/share/migrations';
import { defaultShareState, type ShareState } from '../../../src/share/shareState';
import { validateShareState } from '../../../src/share/validateShareState';
import { NAMED_STATES } from './namedStates';
import { shareStateArb } from './shareArbitraries';

describe('share links, state ⇄ query string', () => {
  it.each(NAMED_STATES)('$name ⇄ $link', ({ state, link }) => {
    expect(validateShareState(state)).toEqual([]);
    expect(encodeShareState(state)).toBe(link);
    expect(decodeShareState(link)).toEqual({ state, problems: [] });
    expect(decodeShareState(`?${link}`)).toEqual({ state, problems: [] });
  });

  it('writes nothing but version and preset for the defaults and for every untouched preset', () => {
    expect(encodeShareState(defaultShareState())).toBe(`v=${CURRENT_VERSION}&preset=rainier`);
    for (const id of PRESET_IDS) expect(encodeShareState(baselineState(id))).toBe(`v=${CURRENT_VERSION}&preset=${id}`);
  });

  it('gives back exactly the state it was given, with no problems, for any valid state', () => {
    fc.assert(
      fc.property(shareStateArb, (state) => {
        expect(validateShareState(state)).toEqual([]);
        const link = encodeShareState(state);
        expect(link.startsWith(`v=${CURRENT_VERSION}&preset=`)).toBe(true);
        const decoded = decodeShareState(link);
        expect(decoded.problems).toEqual([]);
        expect(decoded.state).toEqual(state);
        // Writing it again changes nothing: one state, one link.
        expect(encodeShareState(decoded.state)).toBe(link);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

/** Every parameter edited to a plausible value, the view in full use: the longest links people share. */
function heavilyEdited(presetId: (typeof PRESET_IDS)[number]): ShareState {
  const s = baselineState(presetId);
  s.config = {
    ...s.config,
    chip: s.config.chip === 'trainium3' ? 'trainium2' : 'trainium3',
    fabric: 'torus',
    instanceDims: [8, 8, 4],
    instancesPerUltraServer: 2,
    ultraServers: 8191,
    intraLinkBandwidth: 3.125e11,
    interLinkBandwidth: 1.5e11,
    linksPerChip: 6,
    switchesPerUltraServer: 3,
    scaleOutBandwidthPerChip: 5e10,
    chipsPerHost: 32,
    hostMemoryPerHost: 4.398e12,
    hostPowerWatts: 3250,
    overheadPowerPerChipWatts: 125,
    pue: 1.085,
    chipOverrides: {
      fp8Dense: 2.52e15,
      fp8Sparse: 5.04e15,
      bf16Dense: 1.26e15,
      bf16Sparse: 2.52e15,
      fp32Dense: 3.2e14,
      hbmCapacity: 1.544e11,
      hbmBandwidth: 4.9e12,
      tdp: 975,
    },
  };
  s.training = {
    parameters: 1.8e12,
    tokens: 3.6e13,
    precision: 'fp8',
    mfu: 0.385,
    flopsPerParameterPerToken: 8,
    electricityPricePerMegawattHour: 72.5,
  };
  s.reliability = {
    chipMtbf: 1.5e8,
    hostMtbf: 2.25e8,
    scaleOutMtbfPerChip: 3.1e9,
    softwareMtbfPerChip: 2.6e9,
    scaleUpLinkMtbf: 7.2e10,
    scaleUpSwitchMtbf: 7.2e9,
    checkpointBytesPerParameter: 12,
    checkpointWriteBandwidthPerHost: 4e9,
    storageWriteBandwidth: 2.5e12,
    restartSeconds: 420,
  };
  s.site = {
    name: 'Mount Pleasant, Wisconsin (phase 2)',
    buildings: 12,
    buildingsLive: 5,
    buildingFloorArea: 24500,
    hallsPerBuilding: 6,
    rowsPerHall: 30,
    racksPerRow: 48,
    rackPowerWatts: 132000,
    racksPerUltraServer: 1,
    sitePowerLimitWatts: 3.3e9,
    geometry: {
      rackWidth: 0.8,
      rackDepth: 1.4,
      rackHeight: 2.4,
      aisleWidth: 1.5,
      rowEndClearance: 2,
      supportDepth: 40,
      buildingAspect: 2.5,
      buildingHeight: 15,
      buildingGap: 55,
    },
  };
  s.fabric = {
    tiers: 2,
    radix: 64,
    oversubscription: 1.5,
    nicsPerChip: 2,
    switchLatency: 6e-7,
    endpointLatency: 1.1e-5,
    endpointLinksOptical: true,
  };
  s.view = {
    level: 'ultraserver',
    building: 11,
    rack: 17279,
    selection: [17, 510],
    focusedChip: 510,
    donut: true,
    // The UltraServer of 8×8×4 instances, two of them: planes 2..5 across X.
    slice: { dim: 0, from: 2, to: 5 },
    orbit: true,
    collective: { kind: 'torus', step: 17, bytes: 1073741824 },
    failedLinks: [
      [0, 1],
      [9, 17],
      [100, 108],
      [255, 256],
      [300, 301],
      [402, 410],
      [480, 481],
      [511, 503],
    ],
    failedChips: [3, 77, 128, 260, 333, 444, 500, 511],
    camera: {
      position: [12.8374659182736, 9.12093847561029, -14.5029384756103],
      target: [0.128374659182736, -0.502938475610294, 0.938475610293848],
    },
    panel: 'compare',
    compare: ['current', 'gb200-nvl72', 'tpu-v5p-pod', 'trn3-ultraserver'],
    baseline: 2,
    compareBasis: 'power',
    stats: true,
    theme: 'light',
  };
  s.embed = {
    enabled: true,
    caption: 'Rainier vs. NVL72 vs. TPU v5p: what a gigawatt of training buys — 8 failures in view',
  };
  return s;
}

describe('link length', () => {
  it('stays under 2,000 characters for every preset, as is and heavily edited', () => {
    for (const id of PRESET_IDS) {
      expect(encodeShareState(baselineState(id)).length).toBeLessThan(2000);
      const state = heavilyEdited(id);
      expect(validateConfig(state.config)).toEqual([]);
      expect(validateShareState(state)).toEqual([]);
      const link = encodeShareState(state);
      expect(link.length, link).toBeLessThan(2000);
      expect(decodeShareState(link)).toEqual({ state, problems: [] });
    }
  });
});
