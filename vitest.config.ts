import { defineConfig } from 'vitest/config';

/** Three tiers, each runnable alone (`npm run test:unit` …); `vitest run` runs all of them. */
export default defineConfig({
  test: {
    // Native modules (serialport, better-sqlite3, onnxruntime) are safest in forked processes.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    setupFiles: ['test/support/setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
    ],
  },
});
