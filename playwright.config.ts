import { defineConfig } from '@playwright/test';

const isCI = !!process.env.CI;
// Several people (and agents) may run e2e at once on one machine: E2E_PORT and E2E_DIST give each
// run its own preview server and build folder. The gate uses the defaults.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

// Debian's chromium, never Playwright's download (see shared/TOOLCHAIN.md and scripts/ensure-browser.mjs).
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
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
