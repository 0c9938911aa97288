import { describe, expect, it } from 'vitest';
import { hasMesaEgl, locateChromium } from '../../../scripts/chromium.mjs';
import { ensureChromium, NOTHING_WORKED } from '../../../scripts/ensureChromium.mjs';

const MANAGED = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

interface FakeOptions {
  platform?: string;
  env?: Record<string, string>;
  files?: string[];
  uid?: number;
  /** What a command does to the fake disk when it runs, keyed by `command arg…`; status 0 unless it says. */
  effects?: Record<string, { status?: number; creates?: string[] }>;
  /** Packages `dpkg -s` reports as installed. */
  installed?: string[];
}

/** A machine with a fake file system and command runner that records what it was asked to run. */
function fakeMachine({
  platform = 'linux',
  env = {},
  files = [],
  uid = 1000,
  effects = {},
  installed = [],
}: FakeOptions) {
  const disk = new Set(files);
  const ran: string[] = [];
  const logged: string[] = [];
  return {
    ran,
    logged,
    disk,
    machine: {
      platform,
      env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
      home: '/home/u',
      uid,
      exists: (path: string) => disk.has(path),
      managedChromium: () => MANAGED,
      run: (command: string, args: string[]) => {
        const line = [command, ...args].join(' ');
        ran.push(line);
        if (command === 'dpkg') return { status: installed.includes(args[1]!) ? 0 : 1 };
        const effect = effects[line] ?? {};
        for (const f of effect.creates ?? []) disk.add(f);
        return { status: effect.status ?? 0 };
      },
      log: (line: string) => logged.push(line),
    },
  };
}

const MESA = ['libegl-mesa0', 'libgl1-mesa-dri'];

describe('ensureChromium finds a browser before it installs one', () => {
  it('uses CHROMIUM_PATH when it exists, even with a browser on the PATH', () => {
    const f = fakeMachine({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
    });
    expect(ensureChromium(f.machine)).toBe('/opt/chrome/chrome');
    expect(f.ran).toEqual([]);
  });

  it('reports a CHROMIUM_PATH that does not exist and installs nothing in its place', () => {
    const f = fakeMachine({ env: { CHROMIUM_PATH: '/opt/missing' }, files: ['/usr/bin/chromium'], uid: 0 });
    expect(ensureChromium(f.machine)).toBeUndefined();
    expect(f.logged).toEqual(['CHROMIUM_PATH=/opt/missing does not exist: point it at a Chromium or Chrome binary.']);
    expect(f.ran).toEqual([]);
  });

  it('finds chromium, chromium-browser or google-chrome on the PATH, by name first, then by PATH order', () => {
    const onlyChrome = fakeMachine({ files: ['/usr/bin/google-chrome'] });
    expect(ensureChromium(onlyChrome.machine)).toBe('/usr/bin/google-chrome');
    const both = fakeMachine({ files: ['/usr/local/bin/chromium-browser', '/bin/chromium'] });
    expect(ensureChromium(both.machine)).toBe('/bin/chromium');
    expect(both.ran).toEqual([]);
  });

  it('finds Chrome in the macOS Applications folders', () => {
    const f = fakeMachine({
      platform: 'darwin',
      env: { PATH: '/usr/bin' },
      files: ['/home/u/Applications/Chromium.app/Contents/MacOS/Chromium'],
    });
    expect(ensureChromium(f.machine)).toBe('/home/u/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('finds Chrome under Program Files on Windows', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const f = fakeMachine({
      platform: 'win32',
      env: {
        PATH: 'C:\\Windows\\system32',
        PROGRAMFILES: 'C:\\Program Files',
        LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local',
      },
      files: [chrome],
    });
    expect(ensureChromium(f.machine)).toBe(chrome);
  });

  it('uses a Chromium Playwright installed earlier', () => {
    const f = fakeMachine({ files: [MANAGED] });
    expect(ensureChromium(f.machine)).toBe(MANAGED);
    expect(f.ran).toEqual([]);
  });
});

describe('ensureChromium installs what is missing, saying so in one line', () => {
  it('as root with apt: installs Debian chromium and the Mesa drivers, then uses it', () => {
    const f = fakeMachine({
      uid: 0,
      files: ['/usr/bin/apt-get'],
      effects: {
        'apt-get install -y -qq -o DPkg::Lock::Timeout=300 chromium libegl-mesa0 libgl1-mesa-dri': {
          creates: ['/usr/bin/chromium'],
        },
      },
    });
    expect(ensureChromium(f.machine)).toBe('/usr/bin/chromium');
    expect(f.ran).toEqual([
      'dpkg -s libegl-mesa0',
      'dpkg -s libgl1-mesa-dri',
      'apt-get update -qq -o DPkg::Lock::Timeout=300',
      'apt-get install -y -qq -o DPkg::Lock::Timeout=300 chromium libegl-mesa0 libgl1-mesa-dri',
    ]);
    expect(f.logged).toEqual([
      'Installing chromium, libegl-mesa0, libgl1-mesa-dri with apt-get for the end-to-end tests (first run only).',
    ]);
  });

  it('as root with apt and a browser already there: installs only the missing Mesa package', () => {
    const f = fakeMachine({ uid: 0, files: ['/usr/bin/apt-get', '/usr/bin/chromium'], installed: ['libegl-mesa0'] });
    expect(ensureChromium(f.machine)).toBe('/usr/bin/chromium');
    expect(f.ran.filter((c) => c.startsWith('apt-get install'))).toEqual([
      'apt-get install -y -qq -o DPkg::Lock::Timeout=300 libgl1-mesa-dri',
    ]);
  });

  it('as root with everything installed: runs no installer', () => {
    const f = fakeMachine({ uid: 0, files: ['/usr/bin/apt-get', '/usr/bin/chromium'], installed: MESA });
    expect(ensureChromium(f.machine)).toBe('/usr/bin/chromium');
    expect(f.ran).toEqual(['dpkg -s libegl-mesa0', 'dpkg -s libgl1-mesa-dri']);
    expect(f.logged).toEqual([]);
  });

  it('without root (or without apt): installs Playwright’s Chromium', () => {
    const f = fakeMachine({
      files: ['/usr/bin/apt-get'],
      effects: { 'npx playwright install chromium': { creates: [MANAGED] } },
    });
    expect(ensureChromium(f.machine)).toBe(MANAGED);
    expect(f.ran).toEqual(['npx playwright install chromium']);
    expect(f.logged).toHaveLength(1);
    expect(f.logged[0]).toContain('npx playwright install chromium');
  });

  it('when apt-get fails: falls back to Playwright’s Chromium', () => {
    const f = fakeMachine({
      uid: 0,
      files: ['/usr/bin/apt-get'],
      installed: MESA,
      effects: {
        'apt-get update -qq -o DPkg::Lock::Timeout=300': { status: 100 },
        'npx playwright install chromium': { creates: [MANAGED] },
      },
    });
    expect(ensureChromium(f.machine)).toBe(MANAGED);
    expect(f.ran).toEqual([
      'dpkg -s libegl-mesa0',
      'dpkg -s libgl1-mesa-dri',
      'apt-get update -qq -o DPkg::Lock::Timeout=300',
      'npx playwright install chromium',
    ]);
  });

  it('when nothing works: one message says what to do', () => {
    const f = fakeMachine({ platform: 'darwin', effects: { 'npx playwright install chromium': { status: 1 } } });
    expect(ensureChromium(f.machine)).toBeUndefined();
    expect(f.logged.at(-1)).toBe(NOTHING_WORKED);
    expect(NOTHING_WORKED).toContain('CHROMIUM_PATH');
  });
});

describe('locateChromium and Mesa', () => {
  it('says where the browser came from', () => {
    expect(locateChromium(fakeMachine({ files: ['/usr/bin/chromium'] }).machine)).toEqual({
      path: '/usr/bin/chromium',
      from: 'PATH',
    });
    expect(locateChromium(fakeMachine({}).machine)).toEqual({ path: undefined, from: 'nowhere' });
  });

  it('picks llvmpipe only where Mesa’s EGL driver is installed (Linux)', () => {
    const mesa = '/usr/lib/x86_64-linux-gnu/libEGL_mesa.so.0';
    expect(hasMesaEgl(fakeMachine({ files: [mesa] }).machine)).toBe(true);
    expect(hasMesaEgl(fakeMachine({}).machine)).toBe(false);
    expect(hasMesaEgl(fakeMachine({ platform: 'darwin', files: [mesa] }).machine)).toBe(false);
  });
});
