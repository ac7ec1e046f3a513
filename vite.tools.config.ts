/**
 * Builds the Node commands (grade, scenarios:check, bench, datasets, new-scenario) with the same
 * transforms as the app (`?raw`, `import.meta.glob`), so scenarios load identically
 * in Node and in the browser. `scripts/tool.mjs` rebuilds this when sources change.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vite'

/**
 * A hash of everything that decides the datasets' bytes (generators, tables, registry).
 * `npm run datasets` records it in the manifest; `grade` uses the images on disk only when
 * the hash matches, and otherwise generates them afresh, so it can never grade on stale data.
 */
function datasetFingerprint(): string {
  const hash = createHash('sha256')
  // Answers, statements and starter code never change a dataset's bytes, so editing them does not
  // make `grade` rebuild the images.
  const answers = /\.(alt|rejected|wrong)$/
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!answers.test(entry.name)) walk(path)
      } else if (!/\.(md|py)$/.test(entry.name)) hash.update(path).update(readFileSync(path))
    }
  }
  walk('src/core')
  walk('src/datasets')
  walk('src/scenarios')
  hash.update(readFileSync('node_modules/sql.js/package.json'))
  return hash.digest('hex').slice(0, 16)
}

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  define: { __DATASET_FINGERPRINT__: JSON.stringify(datasetFingerprint()) },
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
        'new-scenario': 'src/cli/new-scenario.ts',
        'sql-thread': 'src/sql-sandbox/node/sql-thread.ts',
        'python-thread': 'src/python-sandbox/node/python-thread.ts',
      },
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
      },
    },
  },
})
