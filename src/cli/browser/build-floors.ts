import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface FloorPages {
  /** The built pages (editor.html, sql.html, python.html); serve it next to dist/. */
  dir: string
  dispose(): void
}

/**
 * Builds the bare floor pages of ./floors (see its README) with Vite into a fresh temporary
 * folder, never into dist/: they are the bench's yardstick, not part of the app.
 */
export async function buildFloorPages(): Promise<FloorPages> {
  const { build } = await import('vite')
  const root = resolve('src/cli/browser/floors')
  const dir = mkdtempSync(join(tmpdir(), 'de-trainer-floors-'))
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    publicDir: false,
    worker: { format: 'es' },
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 8192,
      rollupOptions: { input: ['editor.html', 'sql.html', 'python.html'].map((page) => join(root, page)) },
    },
  })
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}
