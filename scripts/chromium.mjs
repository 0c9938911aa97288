// Where a Chromium-family browser is on this machine, and the flags that make it work headless here:
// software WebGL, no network beyond loopback. Shared by Playwright's config, the e2e set-up step
// (ensureChromium.mjs) and the benchmarks. The machine is passed in (`host`) so tests can fake it.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { chromium } from '@playwright/test';

/** Browser commands looked up on the PATH, first match wins. */
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * @typedef {object} Host
 * @property {string} platform process.platform
 * @property {Record<string, string | undefined>} env
 * @property {string} home the user's home folder
 * @property {(path: string) => boolean} exists
 * @property {() => string} managedChromium where Playwright keeps (or would keep) its own Chromium
 */

/** @returns {Host} this machine */
export function realHost() {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    exists: existsSync,
    managedChromium: () => chromium.executablePath(),
  };
}

/** The first of `names` found in a folder of the PATH, or undefined. @param {Host} host @param {string[]} names */
export function onPath(host, names) {
  const windows = host.platform === 'win32';
  const folders = (host.env.PATH ?? host.env.Path ?? '').split(windows ? ';' : ':').filter(Boolean);
  const joinPath = windows ? win32.join : posix.join;
  for (const name of names) {
    for (const folder of folders) {
      const path = joinPath(folder, windows ? `${name}.exe` : name);
      if (host.exists(path)) return path;
    }
  }
  return undefined;
}

/** Application folders where macOS and Windows installers put Chrome and Chromium. @param {Host} host */
export function applicationPaths(host) {
  if (host.platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    return ['/Applications', posix.join(host.home, 'Applications')].flatMap((f) => apps.map((a) => posix.join(f, a)));
  }
  if (host.platform === 'win32') {
    const roots = [host.env.PROGRAMFILES, host.env['PROGRAMFILES(X86)'], host.env.LOCALAPPDATA].filter(Boolean);
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'];
    return roots.flatMap((root) => apps.map((a) => win32.join(/** @type {string} */ (root), a)));
  }
  return [];
}

/**
 * The browser the end-to-end tests and benchmarks use: CHROMIUM_PATH when set (and nothing else, so a
 * wrong path is reported rather than silently replaced); otherwise a browser on the PATH; otherwise
 * an application folder (macOS, Windows); otherwise Playwright's managed Chromium if it was installed.
 * @param {Host} host
 * @returns {{ path: string, from: string } | { path: undefined, from: string }}
 */
export function locateChromium(host = realHost()) {
  const given = host.env.CHROMIUM_PATH;
  if (given) return { path: host.exists(given) ? given : undefined, from: 'CHROMIUM_PATH' };
  const fromPath = onPath(host, PATH_NAMES);
  if (fromPath) return { path: fromPath, from: 'PATH' };
  const app = applicationPaths(host).find((p) => host.exists(p));
  if (app) return { path: app, from: 'applications' };
  const managed = host.managedChromium();
  if (host.exists(managed)) return { path: managed, from: 'playwright' };
  return { path: undefined, from: 'nowhere' };
}

/** The browser's path, or undefined when there is none. */
export function findChromium() {
  return locateChromium().path;
}

/** Mesa's EGL driver, which gives Chromium the llvmpipe software WebGL (Linux only). @param {Host} host */
export function hasMesaEgl(host = realHost()) {
  if (host.platform !== 'linux') return false;
  const folders = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib'];
  return folders.some((f) => host.exists(`${f}/libEGL_mesa.so.0`));
}

/**
 * Mesa llvmpipe is 2–4× faster than SwiftShader here, so it is used where Mesa is installed;
 * SwiftShader (inside every Chromium) elsewhere, or when CLUSTERSCOPE_GL=swiftshader asks for it.
 */
export function chromiumArgs({ webgl = true } = {}) {
  const swiftshader = process.env.CLUSTERSCOPE_GL === 'swiftshader' || !hasMesaEgl();
  const gl = swiftshader
    ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader']
    : ['--use-angle=gl-egl', '--ignore-gpu-blocklist'];
  return [
    ...(webgl ? gl : ['--disable-gpu', '--disable-software-rasterizer']),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
  ];
}
