import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs live in tests/e2e and must stay out of Vitest.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some tests start a process (the CLI through tsx) or render a panel in jsdom; on a busy
    // two-core CI machine that takes well over Vitest's default 5 s without anything being wrong.
    testTimeout: 30_000,
  },
});
