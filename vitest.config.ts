import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs everywhere in seconds; `lab` needs root and real FRR / WireGuard /
// strongSwan (installed by scripts/ensure-system.mjs) and runs after the e2e suite.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.lab.test.ts', 'node_modules/**'],
          environment: 'node',
          // Generous: property and fuzz tests share two cores with the rest of the suite in CI.
          testTimeout: 60000,
        },
      },
      {
        test: {
          name: 'lab',
          include: ['src/**/*.lab.test.ts'],
          environment: 'node',
          testTimeout: 900000,
          hookTimeout: 300000,
          fileParallelism: false,
        },
      },
    ],
  },
});
