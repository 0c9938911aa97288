import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // Software WebGL wants both cores: one test at a time.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    // The app follows prefers-color-scheme when a link names no theme; Playwright emulates light
    // by default, and the specs (and their background checks) are written for the dark theme.
    colorScheme: 'dark',
    browserName: 'chromium',
    actionTimeout: 15_000,
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs(),
    },
  },
  webServer: {
    // The e2e build mounts the scene probe (window.__clusterscope) that `npm run build` leaves out.
    command: `npm run build:e2e && npx vite preview --outDir dist-e2e --host 127.0.0.1 --strictPort --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
