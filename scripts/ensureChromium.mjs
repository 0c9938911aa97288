// The set-up step of `npm run test:e2e`: makes sure a browser is there, installing one when it can,
// so the README's `npm ci && npm test` works on a fresh machine. Run as a script it exits 1 with one
// message when nothing works (the unit tests have run by then). The machine and the command runner
// are passed in so a unit test can walk every branch.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { locateChromium, onPath, realHost } from './chromium.mjs';

/** Debian packages: the browser, and Mesa's EGL/GL drivers that give it the faster llvmpipe WebGL. */
export const APT_BROWSER = 'chromium';
export const APT_MESA = ['libegl-mesa0', 'libgl1-mesa-dri'];

/**
 * @typedef {import('./chromium.mjs').Host & {
 *   uid: number | undefined,
 *   run: (command: string, args: string[]) => { status: number | null },
 *   log: (line: string) => void,
 * }} Machine
 */

/** @returns {Machine} this machine; a command's output shows only when it fails */
export function realMachine() {
  return {
    ...realHost(),
    uid: process.getuid?.(),
    run: (command, args) => {
      const result = spawnSync(command, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        shell: process.platform === 'win32',
      });
      if (result.status !== 0 && command !== 'dpkg')
        process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
      return result;
    },
    log: (line) => console.error(line),
  };
}

/** What to do when no browser can be had: one message. */
export const NOTHING_WORKED = [
  "clusterscope's end-to-end tests need Chromium or Google Chrome, and none was found or could be installed.",
  'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS/Windows: Google Chrome;',
  'anywhere: `npx playwright install chromium`), or set CHROMIUM_PATH=/path/to/chrome, then run `npm run test:e2e`.',
].join('\n');

/**
 * Finds the browser (see locateChromium); on Debian as root also makes sure Mesa is there. Otherwise
 * installs one, saying so in one line: Debian's chromium via apt-get as root, else Playwright's managed
 * Chromium. Returns the browser's path, or undefined after printing what to do.
 * @param {Machine} machine
 * @returns {string | undefined}
 */
export function ensureChromium(machine) {
  const found = locateChromium(machine);
  if (found.from === 'CHROMIUM_PATH' && !found.path) {
    machine.log(`CHROMIUM_PATH=${machine.env.CHROMIUM_PATH} does not exist: point it at a Chromium or Chrome binary.`);
    return undefined;
  }
  const apt = machine.platform === 'linux' && machine.uid === 0 && onPath(machine, ['apt-get']) !== undefined;
  if (apt) {
    const missing = [
      ...(found.path ? [] : [APT_BROWSER]),
      ...APT_MESA.filter((pkg) => machine.run('dpkg', ['-s', pkg]).status !== 0),
    ];
    if (missing.length === 0) return found.path;
    machine.log(`Installing ${missing.join(', ')} with apt-get for the end-to-end tests (first run only).`);
    // Another apt run (a second checkout's tests, unattended upgrades) may hold the lock: wait for it.
    const wait = ['-o', 'DPkg::Lock::Timeout=300'];
    const installed =
      machine.run('apt-get', ['update', '-qq', ...wait]).status === 0 &&
      machine.run('apt-get', ['install', '-y', '-qq', ...wait, ...missing]).status === 0;
    const after = locateChromium(machine).path;
    if (after) return after;
    if (!installed) machine.log('apt-get failed; trying Playwright instead.');
  } else if (found.path) {
    return found.path;
  }
  machine.log('No Chromium or Chrome found: installing Playwright’s Chromium (npx playwright install chromium).');
  machine.run('npx', ['playwright', 'install', 'chromium']);
  const managed = locateChromium(machine).path;
  if (managed) return managed;
  machine.log(NOTHING_WORKED);
  return undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const browser = ensureChromium(realMachine());
  if (!browser) process.exit(1);
  console.log(`End-to-end tests run in ${browser}`);
}
