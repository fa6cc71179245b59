import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Native modules (serialport, better-sqlite3, onnxruntime) are safest in forked processes.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    setupFiles: ['test/support/setup.ts'],
  },
});
