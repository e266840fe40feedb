import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './e2e/fixtures/chromium';

const isCI = !!process.env.CI;
// Several people (and agents) may run e2e at once on one machine: E2E_PORT and E2E_DIST give each
// run its own preview server and build folder. The gate uses the defaults.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

// Debian's chromium with the flags the UI benchmark uses too (e2e/fixtures/chromium.ts).
export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_DIST ? `test-results/${dist}` : 'test-results',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_DIST ? `test-results/${dist}.json` : 'test-results/e2e-results.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'on-first-retry',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM_EXECUTABLE,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
