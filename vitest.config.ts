import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Two projects: pure code runs under Node (the engine must never need a DOM),
// components run under jsdom. Browser tests live in tests/e2e and have their own runner.
// Timeouts only catch hangs: they are generous because a busy 2-core machine can run a
// dataset build or a Pyodide start ten times slower than a quiet one (vitest's default hook
// timeout of 10 s failed CI once on a beforeAll that builds a dataset).
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup-dom.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
