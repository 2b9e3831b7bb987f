import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the real server (embedded PostgreSQL, demo data, built web app) and a local
 * OpenID provider, started once by the global setup; Chromium driven by playwright-core.
 * One server for all files, so files run one after another.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A failed step leaves the shared server in an unknown state; do not hide that with retries.
    retry: 0,
  },
});
