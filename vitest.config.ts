import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs live in tests/e2e and must stay out of Vitest.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
