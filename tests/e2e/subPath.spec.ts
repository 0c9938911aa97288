import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForDrawing, watchErrors } from './helpers';

/** The build Playwright's web server made (npm run build:e2e), served here from a folder, not the root. */
const BUILD = resolve('dist-e2e');
const SUB_PATH = '/tools/clusterscope/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
};

let server: Server;
let origin = '';
/** Every path the page asked for outside the sub-path: each would 404 on a real host. */
const outside: string[] = [];

test.beforeAll(async () => {
  server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(SUB_PATH)) {
      outside.push(path);
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(SUB_PATH.length) || 'index.html');
    const file = join(BUILD, relative.endsWith('/') ? `${relative}index.html` : relative);
    if (!file.startsWith(BUILD)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('the build runs from a sub-path: every asset loads relative to the page, and links keep the folder', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${origin}${SUB_PATH}?v=1&preset=trn2-ultraserver&level=ultraserver`);
  await waitForDrawing(page);
  await expect(page.getByTestId('crumb-current')).toContainText('UltraServer');
  // The lazily loaded tabs come from the same folder.
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(/GB200/);
  // The address bar keeps the folder as the link follows the view.
  await page.getByTestId('level-instance').click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(SUB_PATH);
  await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('instance');
  expect(failed).toEqual([]);
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
