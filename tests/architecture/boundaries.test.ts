/**
 * The import-boundary check (.dependency-cruiser.cjs, `npm run check:boundaries`) passes on the
 * project and fails on each kind of forbidden import, planted in a small tree of the same
 * folders in a temporary directory (the real src/ is never touched).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const config = join(root, '.dependency-cruiser.cjs')
const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')

function cruise(cwd: string): { code: number | null; out: string } {
  const run = spawnSync(process.execPath, [bin, 'src', '--config', config, '--output-type', 'err'], { cwd, encoding: 'utf8' })
  return { code: run.status, out: run.stdout + run.stderr }
}

const tmp = mkdtempSync(join(tmpdir(), 'boundaries-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A tree with one legal import (so the check has something to pass) and the given files. */
function plant(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name)
  const all: Record<string, string> = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true } }),
    'src/engine/rules.ts': 'export const rule = 1\n',
    'src/store/store.ts': "import { rule } from '../engine/rules'\nexport const store = rule\n",
    ...files,
  }
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('import boundaries', () => {
  it('hold in the project', () => {
    const { code, out } = cruise(root)
    expect(out).toContain('no dependency violations found')
    expect(code).toBe(0)
  })

  it('pass on a tree that keeps them', () => {
    const { code, out } = cruise(plant('clean', {}))
    expect(out, out).toContain('no dependency violations found')
    expect(code).toBe(0)
  })

  const forbidden: Array<[rule: string, files: Record<string, string>]> = [
    ['engine-is-pure', { 'src/engine/leak.ts': "import { store } from '../store/store'\nexport const leak = store\n" }],
    ['engine-is-pure', { 'src/scenarios/demo/spec.ts': 'export const spec = 1\n', 'src/engine/lookup.ts': "import { spec } from '../scenarios/demo/spec'\nexport const x = spec\n" }],
    ['scenarios-and-sandboxes-know-no-screens', { 'src/features/catalog/page.ts': 'export const page = 1\n', 'src/scenarios/demo/scenario.ts': "import { page } from '../../features/catalog/page'\nexport const s = page\n" }],
    ['scenarios-and-sandboxes-know-no-screens', { 'src/features/catalog/page.ts': 'export const page = 1\n', 'src/sql-sandbox/client.ts': "import { page } from '../features/catalog/page'\nexport const c = page\n" }],
    [
      'exercise-kinds-are-independent',
      { 'src/features/exercise/python/output.ts': 'export const o = 1\n', 'src/features/exercise/sql/page.ts': "import { o } from '../python/output'\nexport const p = o\n" },
    ],
    ['core-is-the-floor', { 'src/core/random.ts': "import { rule } from '../engine/rules'\nexport const r = rule\n" }],
  ]

  it.each(forbidden)('fail on a %s violation', (rule, files) => {
    const { code, out } = cruise(plant(`${rule}-${Object.keys(files).join('-').replace(/\W+/g, '_')}`, files))
    expect(out).toContain(rule)
    expect(code).not.toBe(0)
  })
})
