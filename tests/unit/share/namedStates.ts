/** Named states for the round-trip table and the link-length test: each a story a user would share. */
import { presetConfig, type PresetId } from '../../../src/model/index';
import { baselineState } from '../../../src/share/baselineState';
import { customTorusConfig } from '../../../src/share/customTorus';
import type { ShareState } from '../../../src/share/shareState';

const edit = (presetId: PresetId | null, change: (s: ShareState) => void): ShareState => {
  const state = baselineState(presetId);
  change(state);
  return state;
};

export const NAMED_STATES: readonly { name: string; state: ShareState; link: string }[] = [
  { name: 'the default view', state: baselineState('rainier'), link: 'v=2&preset=rainier' },
  {
    name: 'a preset that opens on its UltraServer',
    state: baselineState('trn2-ultraserver'),
    link: 'v=2&preset=trn2-ultraserver',
  },
  {
    name: 'a custom 16×16×16 torus',
    state: edit(null, (s) => {
      s.config = customTorusConfig(presetConfig('rainier'), [16, 16, 16]);
      s.view.level = 'ultraserver';
    }),
    link: 'v=2&preset=custom&dims=16x16x16&inst=1&us=1&level=ultraserver',
  },
  {
    name: 'Trn3 UltraServers scaled out, faster chips',
    state: edit('trn3-ultraserver', (s) => {
      s.config.ultraServers = 100;
      s.config.chipOverrides = { fp8Dense: 2.6e15, hbmCapacity: 144 * 2 ** 30 };
    }),
    link: 'v=2&preset=trn3-ultraserver&us=100&fp8=2.6e15&hbm=154618822656',
  },
  {
    name: 'Rainier on Trainium3 in 8×8 instances',
    state: edit('rainier', (s) => {
      s.config.chip = 'trainium3';
      s.config.instanceDims = [8, 8];
      s.config.intraLinkBandwidth = 300e9;
      s.config.pue = 1.08;
    }),
    link: 'v=2&preset=rainier&chip=trainium3&dims=8x8&intrabw=3e11&pue=1.08',
  },
  {
    name: 'a 70B model in FP8',
    state: edit('rainier', (s) => {
      s.training = {
        ...s.training,
        parameters: 70e9,
        tokens: 15e12,
        precision: 'fp8',
        mfu: 0.35,
        electricityPricePerMegawattHour: 60,
      };
    }),
    link: 'v=2&preset=rainier&params=7e10&tokens=1.5e13&mfu=0.35&price=60&prec=fp8',
  },
  {
    name: 'flakier chips, faster restarts',
    state: edit('gb200-nvl72', (s) => {
      s.reliability.chipMtbf = 5e7;
      s.reliability.restartSeconds = 120;
    }),
    link: 'v=2&preset=gb200-nvl72&chipmtbf=5e7&restart=120',
  },
  {
    name: 'a smaller site in a named town',
    state: edit('rainier', (s) => {
      s.site.name = 'Memphis, TN';
      s.site.buildings = 4;
      s.site.sitePowerLimitWatts = 1.5e8;
      s.site.geometry.aisleWidth = 1.5;
      s.view.level = 'campus';
    }),
    link: 'v=2&preset=rainier&sitename=Memphis,+TN&buildings=4&sitepower=1.5e8&aisle=1.5&level=campus',
  },
  {
    name: 'a two-tier, 2:1 fabric with optics',
    state: edit('rainier', (s) => {
      s.fabric = { ...s.fabric, tiers: 2, radix: 64, oversubscription: 2, endpointLinksOptical: true };
    }),
    link: 'v=2&preset=rainier&tiers=2&radix=64&oversub=2&optical=1',
  },
  {
    name: 'one rack of one building',
    state: edit('rainier', (s) => {
      s.view = { ...s.view, level: 'rack', building: 3, rack: 1234 };
    }),
    link: 'v=2&preset=rainier&level=rack&building=3&rack=1234',
  },
  {
    name: 'a path, an all-reduce and failures in the wiring view',
    state: edit('trn2-ultraserver', (s) => {
      s.view = {
        ...s.view,
        focusedChip: 53,
        selection: [5, 53],
        donut: true,
        collective: { kind: 'torus', step: 3, bytes: 268435456 },
        failedLinks: [
          [1, 2],
          [5, 6],
        ],
        failedChips: [7],
        camera: { position: [6.5, 4.25, -8], target: [0, 0.5, 0] },
      };
    }),
    link: 'v=2&preset=trn2-ultraserver&focus=53&sel=5,53&donut=1&coll=torus:3:268435456&fail=1-2,5-6&failchips=7&cam=6.5,4.25,-8,0,0.5,0',
  },
  {
    name: 'the comparison panel against two systems',
    state: edit('trn2-ultraserver', (s) => {
      s.view = {
        ...s.view,
        panel: 'compare',
        compare: ['current', 'gb200-nvl72', 'tpu-v5p-pod'],
        baseline: 2,
        compareBasis: 'domains',
      };
    }),
    link: 'v=2&preset=trn2-ultraserver&panel=compare&compare=current,gb200-nvl72,tpu-v5p-pod&base=2&basis=domains',
  },
  {
    name: 'an embed for a light slide that orbits',
    state: edit('rainier', (s) => {
      s.view.orbit = true;
      s.view.stats = true;
      s.embed = { enabled: true, caption: 'Project Rainier: ~500k chips & 2.2 GW' };
      s.view.theme = 'light';
    }),
    link: 'v=2&preset=rainier&orbit=1&stats=1&embed=1&caption=Project+Rainier:+~500k+chips+%26+2.2+GW&theme=light',
  },
  {
    name: 'a faster switched box, captioned in Unicode',
    state: edit('dgx-b200', (s) => {
      s.config.intraLinkBandwidth = 2e11;
      s.config.switchesPerUltraServer = 4;
      s.embed.caption = 'B200 × 8 — 100% «NVLink» 🚀';
    }),
    link: 'v=2&preset=dgx-b200&intrabw=2e11&switches=4&caption=B200+%C3%97+8+%E2%80%94+100%25+%C2%ABNVLink%C2%BB+%F0%9F%9A%80',
  },
];
