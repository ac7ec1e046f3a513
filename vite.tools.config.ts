/**
 * Builds the Node commands (grade, scenarios:check, bench, datasets) with the same
 * transforms as the app (`?raw`, `import.meta.glob`), so scenarios load identically
 * in Node and in the browser. `scripts/tool.mjs` rebuilds this when sources change.
 */
import { defineConfig } from 'vite'

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: process.env.TOOLS_OUT_DIR ?? '.tools',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        grade: 'src/cli/grade.ts',
        'scenarios-check': 'src/cli/scenarios-check.ts',
        bench: 'src/cli/bench.ts',
        datasets: 'src/cli/datasets.ts',
        'sql-thread': 'src/sql-sandbox/node/sql-thread.ts',
      },
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
      },
    },
  },
})
