import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetConfig } from '../../../src/model/index';
import { decodeShareState } from '../../../src/share/decodeShareState';
import { PARAM_NAMES } from '../../../src/share/shareParams';

/** The problems of a link as [parameter, action] pairs. */
const actions = (link: string) => decodeShareState(link).problems.map((p) => [p.parameter, p.action]);
const config = (link: string) => decodeShareState(link).state.config;
const view = (link: string) => decodeShareState(link).state.view;

describe('decodeShareState: numbers', () => {
  it('clamps an out-of-range number to its bounds and says the range', () => {
    expect(decodeShareState('v=1&preset=trn2&us=100000').problems).toEqual([
      {
        parameter: 'us',
        action: 'clamped',
        message: 'Clamped us="100000" to 65,536: UltraServers must be from 1 to 65,536.',
      },
    ]);
    expect(config('v=1&pue=0.5').pue).toBe(1);
    expect(config('v=1&preset=trn2&us=1e400').ultraServers).toBe(65536);
    expect(config('v=1&preset=trn2&us=-1e400').ultraServers).toBe(1);
    expect(decodeShareState('v=1&intrabw=1').problems[0]!.message).toBe(
      'Clamped intrabw="1" to 1,000,000: Link bandwidth in an instance must be from 1,000,000 to 10,000,000,000,000 B/s.',
    );
  });

  it('ignores what is not a number, or not whole where a count must be', () => {
    for (const value of ['abc', 'NaN', 'Infinity', '', '0x10', '1,5', '4.5']) {
      const { state, problems } = decodeShareState(`v=1&preset=trn2&us=${encodeURIComponent(value)}`);
      expect(state.config.ultraServers, value).toBe(1);
      expect(
        problems.map((p) => [p.parameter, p.action]),
        value,
      ).toEqual([['us', 'ignored']]);
    }
    expect(decodeShareState('v=1&us=4.5').problems[0]!.message).toBe(
      'Ignored us="4.5": UltraServers must be a whole number, from 1 to 65,536.',
    );
  });

  it('reads SI and binary prefixes with the field’s unit, and refuses another unit', () => {
    expect(config('v=1&intrabw=300GB/s&hbm=96GiB&tdp=1.2kW&fp8=1.3PFLOPS&hostmem=2TB').intraLinkBandwidth).toBe(3e11);
    expect(config('v=1&hbm=96GiB').chipOverrides.hbmCapacity).toBe(96 * 2 ** 30);
    expect(config('v=1&tdp=1.2kW').chipOverrides.tdp).toBe(1200);
    expect(config('v=1&fp8=1.3PFLOPS').chipOverrides.fp8Dense).toBe(1.3e15);
    expect(decodeShareState('v=1&swlat=0.5us').state.fabric.switchLatency).toBe(5e-7);
    expect(actions('v=1&intrabw=256GB&hbm=96GB/s&scaleout=200Gb/s')).toEqual([
      ['intrabw', 'ignored'],
      ['scaleout', 'ignored'],
      ['hbm', 'ignored'],
    ]);
  });

  it('lowers instances, then UltraServers, when fields in range multiply past the chip limits', () => {
    const { state, problems } = decodeShareState('v=1&dims=32x32x32&inst=64&us=65536');
    expect(state.config).toMatchObject({ instanceDims: [32, 32, 32], instancesPerUltraServer: 2, ultraServers: 64 });
    expect(problems.map((p) => [p.parameter, p.action])).toEqual([
      ['inst', 'clamped'],
      ['us', 'clamped'],
    ]);
    expect(problems[1]!.message).toBe(
      'Lowered UltraServers to 64: clusterscope models at most 4,194,304 chips, and each UltraServer has 65,536.',
    );
  });

  it('drops a chip figure override with none', () => {
    expect(config('v=1&fp8=2e15&fp8=none').chipOverrides).toEqual({ fp8Dense: 2e15 });
    expect(config('v=1&fp8=none').chipOverrides).toEqual({});
  });
});

describe('decodeShareState: words, text and lists', () => {
  it('ignores unknown words, naming the ones it takes', () => {
    expect(decodeShareState('v=1&chip=a100').problems[0]!.message).toBe(
      'Ignored chip="a100": use one of trainium2, trainium3, b200, gb200, tpu-v5p, h100.',
    );
    expect(actions('v=1&fabric=ring&level=moon&panel=x&theme=blue&prec=fp4&embed=maybe&dims=0x4')).toEqual([
      ['fabric', 'ignored'],
      ['dims', 'ignored'],
      ['prec', 'ignored'],
      ['level', 'ignored'],
      ['panel', 'ignored'],
      ['embed', 'ignored'],
      ['theme', 'ignored'],
    ]);
  });

  it('keeps captions as plain text: markup stays literal, controls go, length is capped', () => {
    expect(decodeShareState('v=1&caption=%3Cscript%3Ealert(1)%3C/script%3E').state.embed.caption).toBe(
      '<script>alert(1)</script>',
    );
    const controls = decodeShareState('v=1&caption=a%00b%E2%80%AEc');
    expect(controls.state.embed.caption).toBe('abc');
    expect(controls.problems.map((p) => p.action)).toEqual(['clamped']);
    const long = decodeShareState(`v=1&caption=${'🚀'.repeat(130)}`);
    expect(long.state.embed.caption).toBe('🚀'.repeat(120));
    expect(long.problems[0]!.message).toBe(
      'Shortened caption to its first 120 characters: The caption holds at most 120.',
    );
    expect(decodeShareState('v=1&caption=').state.embed.caption).toBeNull();
    expect(actions('v=1&sitename=')).toEqual([['sitename', 'ignored']]);
  });

  it('reads the theme for the whole page; an old embed link keeps its theme; absent or auto leaves it to the reader', () => {
    expect(view('v=1&theme=light').theme).toBe('light');
    const oldEmbed = decodeShareState('v=1&preset=rainier&embed=1&caption=Rainier&theme=light');
    expect(oldEmbed.problems).toEqual([]);
    expect(oldEmbed.state.view.theme).toBe('light');
    expect(oldEmbed.state.embed.enabled).toBe(true);
    expect(view('v=1').theme).toBeNull();
    expect(view('v=1&theme=auto').theme).toBeNull();
  });

  it('bounds chip numbers by the machine the same link describes', () => {
    expect(view('v=1&preset=trn2-ultraserver&sel=5,64,70,1').selection).toEqual([5, 1]);
    expect(actions('v=1&preset=trn2-ultraserver&sel=5,64,70,1')).toEqual([['sel', 'ignored']]);
    expect(view('v=1&preset=trn2&inst=4&level=ultraserver&sel=40').selection).toEqual([40]);
    expect(decodeShareState('v=1&preset=trn2&sel=1,2,3').problems).toEqual([
      { parameter: 'sel', action: 'clamped', message: 'Kept the first 2 of 3 chips in sel: it holds at most 2.' },
    ]);
    expect(view('v=1&preset=trn2&focus=100').focusedChip).toBe(15);
    expect(view('v=1&preset=trn2&fail=1-1,2-3,4-99,x,5-6-7').failedLinks).toEqual([[2, 3]]);
    const many = Array.from({ length: 40 }, (_, i) => i).join(',');
    expect(view(`v=1&preset=trn2-ultraserver&failchips=${many}`).failedChips).toHaveLength(32);
  });

  it('bounds chip numbers by the level the same link shows, read first', () => {
    // The Trn2 UltraServer has 4 instances × 16 chips = 64; its instance and chip levels draw
    // one instance (16 chips, 0–15); the site levels draw no chips at all.
    expect(view('v=1&preset=trn2-ultraserver&level=ultraserver&sel=63,0').selection).toEqual([63, 0]);
    expect(view('v=1&preset=trn2-ultraserver&level=instance&sel=63,0').selection).toEqual([0]);
    expect(decodeShareState('v=1&preset=trn2-ultraserver&level=instance&sel=63,0').problems).toEqual([
      {
        parameter: 'sel',
        action: 'ignored',
        message:
          'Ignored 1 of 2 entries in sel="63,0": each chip must be a number from 0 to 15 (level=instance draws 16 chips).',
      },
    ]);
    const rainier = view('v=1&preset=rainier&level=chip&focus=63&sel=63,0&failchips=63');
    expect(rainier.selection).toEqual([0]);
    expect(rainier.failedChips).toEqual([]);
    // The chip in focus names a chip of the UltraServer (64 chips) at every level.
    expect(rainier.focusedChip).toBe(63);
    expect(view('v=1&preset=trn2-ultraserver&level=chip&fail=15-14,16-0').failedLinks).toEqual([[15, 14]]);
    expect(view('v=1&preset=rainier&level=campus&sel=1&failchips=2&fail=0-1')).toMatchObject({
      selection: [],
      failedChips: [],
      failedLinks: [],
    });
  });

  it('bounds the building and rack by the site, read first', () => {
    expect(view('v=1&building=99').building).toBe(29);
    expect(view('v=1&building=20&buildings=10').building).toBe(9);
    expect(view('v=1&rack=-1').rack).toBe(0);
    expect(view('v=1&building=3&building=none').building).toBe(3);
    expect(view('v=1&building=none').building).toBeNull();
  });

  it('reads the comparison and its baseline column, at most four systems', () => {
    const { state, problems } = decodeShareState(
      'v=1&compare=current,nope,trn2,dgx-b200,rainier,tpu-v5p-pod,gb200-nvl72&base=9',
    );
    expect(state.view.compare).toEqual(['current', 'trn2', 'dgx-b200', 'rainier']);
    expect(state.view.baseline).toBe(3);
    expect(problems.map((p) => [p.parameter, p.action])).toEqual([
      ['compare', 'ignored'],
      ['compare', 'clamped'],
      ['base', 'clamped'],
    ]);
    expect(view('v=1&compare=none').compare).toEqual([]);
  });

  it('reads the all-reduce and the camera, filling in or clamping what it can', () => {
    expect(view('v=1&preset=trn2&coll=torus').collective).toEqual({ kind: 'torus', step: 0, bytes: 256 * 2 ** 20 });
    expect(view('v=1&preset=trn2&coll=ring:999999:1MiB').collective).toEqual({
      kind: 'ring',
      step: 30,
      bytes: 2 ** 20,
    });
    expect(actions('v=1&coll=mesh:1:1&cam=1,2,3')).toEqual([
      ['coll', 'ignored'],
      ['cam', 'ignored'],
    ]);
    expect(view('v=1&cam=1e9,0,0,0,-2.5,0').camera).toEqual({ position: [1e6, 0, 0], target: [0, -2.5, 0] });
  });
});

describe('decodeShareState: the link as a whole', () => {
  it('reads the first of repeated parameters and says so', () => {
    const { state, problems } = decodeShareState('v=1&preset=trn2&us=2&us=3&us=4');
    expect(state.config.ultraServers).toBe(2);
    expect(problems).toEqual([
      { parameter: 'us', action: 'ignored', message: 'us appears 3 times: only the first was read.' },
    ]);
  });

  it('names unknown parameters inertly: clipped, without control characters', () => {
    const { problems } = decodeShareState(`v=1&${'%3Cb%3E'.repeat(30)}%00=1`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.parameter).toBe(`${'<b>'.repeat(13)}<`);
    expect(problems[0]!.action).toBe('ignored');
  });

  it('reads malformed percent-encoding as replacement characters', () => {
    const { state, problems } = decodeShareState('v=1&preset=trn2&caption=%E0%A4%A&us=%E0%A4%A');
    expect(state.embed.caption).toBe('\ufffd%A');
    expect(state.config.ultraServers).toBe(1);
    expect(problems.map((p) => [p.parameter, p.action])).toEqual([['us', 'ignored']]);
  });

  it('preset=custom is a machine built by hand from the default preset', () => {
    const { state } = decodeShareState('v=1&preset=custom&us=10');
    expect(state.presetId).toBeNull();
    expect(state.config).toEqual({ ...presetConfig('rainier'), ultraServers: 10 });
    expect(state.view.level).toBe('instance');
  });

  it('an unknown preset falls back to the default one, reported as defaulted', () => {
    expect(decodeShareState('v=1&preset=%3Cscript%3E').problems).toEqual([
      {
        parameter: 'preset',
        action: 'defaulted',
        message:
          'Unknown preset "<script>": showing rainier instead. Valid presets: rainier, trn2, trn2-ultraserver, dgx-b200, gb200-nvl72, trn3-ultraserver, tpu-v5p-pod, dgx-h100.',
      },
    ]);
  });
});

describe('docs/links.md', () => {
  it('documents every parameter', () => {
    const doc = readFileSync('docs/links.md', 'utf8');
    expect([...PARAM_NAMES].filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });

  it('quotes what it actually read, control characters written as escapes', () => {
    // %00 is U+0000: the value read is "5" then NUL, which is not a number.
    expect(decodeShareState('v=1&us=5%00').problems).toEqual([
      {
        parameter: 'us',
        action: 'ignored',
        message: 'Ignored us="5\\u0000": UltraServers must be a number, from 1 to 65,536.',
      },
    ]);
  });

  it('ignores the campaign and click parameters other sites add, without a notice', () => {
    const decoded = decodeShareState('v=1&utm_source=news&utm_medium=mail&UTM_Campaign=x&fbclid=abc&gclid=def&us=2');
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.config.ultraServers).toBe(2);
  });

  it('strips invisible characters from captions and drops a caption with nothing visible', () => {
    // a, zero-width space (E2 80 8B), b, byte-order mark (EF BB BF), c, U+061C (D8 9C), d,
    // tag letter A U+E0041 (F3 A0 81 81), e.
    const invisible = decodeShareState('v=1&caption=a%E2%80%8Bb%EF%BB%BFc%D8%9Cd%F3%A0%81%81e');
    expect(invisible.state.embed.caption).toBe('abcde');
    expect(invisible.problems.map((p) => p.action)).toEqual(['clamped']);
    // "+++" is three spaces.
    const blank = decodeShareState('v=1&caption=+++');
    expect(blank.state.embed.caption).toBeNull();
    expect(blank.problems).toEqual([
      { parameter: 'caption', action: 'ignored', message: 'Dropped caption="   ": it has no visible characters.' },
    ]);
    expect(decodeShareState('v=1&caption=%E2%80%8B%EF%BB%BF').state.embed.caption).toBeNull();
  });

  it('opens the Compare tab for panel=charts, a tab that no longer exists, and says so', () => {
    const decoded = decodeShareState('v=1&panel=charts');
    expect(decoded.state.view.panel).toBe('compare');
    expect(decoded.problems.map((p) => [p.parameter, p.action])).toEqual([['panel', 'defaulted']]);
  });
});
