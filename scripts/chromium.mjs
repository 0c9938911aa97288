// Where the system Chromium is, and the flags that make it work headless here: software WebGL,
// no network beyond loopback. Shared by Playwright's config and the benchmarks.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** Mesa llvmpipe is 2–4× faster than SwiftShader here; CLUSTERSCOPE_GL=swiftshader selects the other. */
export function chromiumArgs({ webgl = true } = {}) {
  const gl =
    process.env.CLUSTERSCOPE_GL === 'swiftshader'
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
