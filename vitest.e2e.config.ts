import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built renderer in headless Chromium over the loopback bridge. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(fileURLToPath(new URL('.', import.meta.url)), 'shared') } },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    setupFiles: ['test/e2e/support/closeApps.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
