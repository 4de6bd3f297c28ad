import { defineConfig } from '@playwright/test';

// Real-Chromium end-to-end tests; see e2e/fixtures.ts. Run through `npm run test:e2e` (e2e/run.mjs), which checks
// the browser and the build and isolates the network.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  testIgnore: '**/.tmp/**',
  outputDir: 'test-results',
  // Each test starts its own browser; the machine is small.
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : process.env.CI ? 2 : 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
  },
});
