/**
 * Renders a clusterscope link to a picture without opening a browser window, through the app's
 * own export (the same pixels, legend, title and labels as "Share & export"):
 *   npm run render -- --url '<link>' --out <file.png|file.svg> [--size 1920x1080] [--background dark|light|transparent]
 * It builds the app (or serves an existing build with --dist <folder>), serves it on a free
 * loopback port and drives headless Chromium. A bad link, size or option gets one line on stderr
 * and exit code 2; a failure while rendering gets one line and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeShareState } from '../share/decodeShareState';
import { encodeShareState } from '../share/encodeShareState';
import { queryOfLink } from '../share/queryOfLink';
import { parsePictureSize } from '../ui/share/pictureSizes';

const USAGE =
  "Usage: npm run render -- --url '<link>' --out <file.png|file.svg> [--size 1920x1080] [--background dark|light|transparent] [--dist <built app folder>]";
const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const BACKGROUNDS = ['dark', 'light', 'transparent'] as const;
type Background = (typeof BACKGROUNDS)[number];

/** A problem the user can fix: exit code 2. `showUsage` when the command itself is incomplete or unknown. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

interface RenderJob {
  query: string;
  out: string;
  format: 'png' | 'svg';
  width: number;
  height: number;
  background: Background | null;
  dist: string | null;
}

/** Reads and checks the command line; throws UsageError with one readable sentence. */
export function readJob(argv: string[]): RenderJob {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        out: { type: 'string' },
        size: { type: 'string', default: '1920x1080' },
        background: { type: 'string' },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!, true);
  }
  if (values.help) throw new UsageError('', true);
  const link = values.url as string | undefined;
  const out = values.out as string | undefined;
  if (!link) throw new UsageError('Give the link to render with --url.', true);
  if (!out) throw new UsageError('Give the file to write with --out (a .png or .svg).', true);
  const extension = extname(out).toLowerCase();
  if (extension !== '.png' && extension !== '.svg')
    throw new UsageError(`--out must end in .png or .svg, not "${extension || out}".`);
  const size = parsePictureSize(values.size as string);
  if ('error' in size) throw new UsageError(`--size: ${size.error}`);
  const background = (values.background as string | undefined) ?? null;
  if (background !== null && !(BACKGROUNDS as readonly string[]).includes(background))
    throw new UsageError(`--background must be dark, light or transparent, not "${background}".`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) && !/^https?:/i.test(link))
    throw new UsageError(`"${link}" is not a clusterscope link.`);
  const { state, problems } = decodeShareState(queryOfLink(link));
  if (problems.length > 0) {
    const said = problems.map((p) => `${p.parameter}: ${p.message}`).join('; ');
    throw new UsageError(
      `The link has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${said}`,
    );
  }
  // An embed hides the share dialog the export goes through; the full view keeps the caption as the title.
  state.embed.enabled = false;
  return {
    query: encodeShareState(state),
    out: resolve(out),
    format: extension === '.svg' ? 'svg' : 'png',
    ...size,
    background: background as Background | null,
    dist: (values.dist as string | undefined) ?? null,
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Serves a built app folder on a free loopback port (index.html for the page itself). */
function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(folder, path));
    if (!file.startsWith(folder + sep) && file !== folder) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(folder, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

function build(): string {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`Building the app failed: ${(result.stderr || result.stdout).trim().split('\n')[0]}`);
  return join(ROOT, 'dist');
}

async function render(job: RenderJob): Promise<void> {
  if (!existsSync(dirname(job.out))) throw new UsageError(`The folder of --out does not exist: ${dirname(job.out)}`);
  const folder = job.dist ? resolve(job.dist) : build();
  if (!existsSync(join(folder, 'index.html'))) throw new UsageError(`${folder} holds no built app (no index.html).`);
  const { chromiumArgs, findChromium } = await import('../../scripts/chromium.mjs');
  const executablePath = findChromium() as string | undefined;
  if (!executablePath)
    throw new Error('No Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH.');
  const { chromium } = await import('@playwright/test');
  const server = await serve(folder);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
  try {
    // Without theme= in the link, the dark theme: the app's own look, and what most decks use.
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
      colorScheme: 'dark',
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/?${job.query}`);
    await page.locator('.viewport canvas').waitFor({ timeout: 30_000 });
    await page.getByTestId('share-button').click();
    await page.getByTestId('png-scale').selectOption('custom');
    await page.getByTestId('png-custom-size').fill(`${job.width}x${job.height}`);
    if (job.background) await page.getByTestId('png-background').selectOption(job.background);
    const status = page.getByTestId('picture-status');
    // The scene mounts a moment after the canvas: until it has, the dialog says it is not ready.
    for (let attempt = 0; ; attempt++) {
      await page.waitForTimeout(attempt === 0 ? 1500 : 1000);
      const saved = page.waitForEvent('download', { timeout: 90_000 });
      saved.catch(() => {}); // settled by the race below, or abandoned on a retry
      await page.getByTestId(job.format === 'svg' ? 'save-svg' : 'save-png').click();
      const failed = page.locator('[data-testid="picture-status"][data-state="error"]');
      const outcome = await Promise.race([saved, failed.waitFor({ timeout: 90_000 }).then(() => null)]);
      if (outcome) {
        await outcome.saveAs(job.out);
        return;
      }
      const message = (await status.textContent())?.trim() ?? 'The export failed.';
      if (attempt >= 10 || !/not ready/i.test(message)) throw new Error(message);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  let job: RenderJob;
  try {
    job = readJob(process.argv.slice(2));
  } catch (e) {
    const { message, showUsage } = e as UsageError;
    // A bad value gets its one line; an incomplete command also gets the usage.
    process.stderr.write(`${[message, showUsage ? USAGE : ''].filter(Boolean).join('\n')}\n`);
    process.exit(message ? 2 : 0);
  }
  try {
    await render(job);
    process.stdout.write(`Wrote ${job.out} (${job.width}×${job.height} ${job.format.toUpperCase()})\n`);
  } catch (e) {
    process.stderr.write(`${(e as Error).message.split('\n')[0]}\n`);
    process.exit(e instanceof UsageError ? 2 : 1);
  }
}

// Run as a command, not when a test imports readJob.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
