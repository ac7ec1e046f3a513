/**
 * The proof of `npm run new-scenario`: in a copy of the project, scaffold a scenario and show
 * that it adds one folder and nothing else, that `scenarios:check` passes it unedited, that
 * `grade --list` lists its exercises and that `grade` accepts its reference answers. Each
 * command runs through scripts/tool.mjs, as `npm run` does; the tools are built once for the
 * scaffold and once more for the scenario it wrote (each build takes seconds).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ID = 'scaffold-proof'
const FOLDER = `src/scenarios/${ID}/`
const TEN_MINUTES = 600_000

const project = mkdtempSync(join(tmpdir(), 'new-scenario-'))

/** Runs one of the project's commands in the copy, as `npm run <name> -- args` would. */
function tool(name: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/tool.mjs', name, ...args], { cwd: project, encoding: 'utf8', timeout: TEN_MINUTES })
  return { code: result.status, out: result.stdout + result.stderr }
}

/** Every file of the copy with a hash of its content, by path; without node_modules and the tools' build output (.tools/, ignored by git). */
function snapshot(dir = project, files = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const name = relative(project, path)
    if (name === 'node_modules' || name === '.tools' || name.startsWith('.tools.tmp-')) continue
    if (entry.isDirectory()) snapshot(path, files)
    else files.set(name, createHash('sha1').update(readFileSync(path)).digest('hex'))
  }
  return files
}

describe('npm run new-scenario', () => {
  let before: Map<string, string>
  let scaffold: ReturnType<typeof tool>

  beforeAll(() => {
    const root = join(import.meta.dirname, '..', '..')
    for (const name of ['src', 'scripts', 'package.json', 'tsconfig.json', 'vite.tools.config.ts']) {
      cpSync(join(root, name), join(project, name), { recursive: true })
    }
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir')
    before = snapshot()
    scaffold = tool('new-scenario', ID, '--title', 'Scaffold proof')
  }, TEN_MINUTES)

  afterAll(() => rmSync(project, { recursive: true, force: true }))

  it('writes src/scenarios/<id>/ and changes nothing else', () => {
    expect(scaffold.code, scaffold.out).toBe(0)
    expect(scaffold.out).toContain(`Wrote ${FOLDER}`)
    const after = snapshot()
    const added = [...after.keys()].filter((f) => !before.has(f))
    const changedOrRemoved = [...before].filter(([f, hash]) => after.get(f) !== hash).map(([f]) => f)
    expect(changedOrRemoved).toEqual([])
    expect(added.filter((f) => !f.startsWith(FOLDER))).toEqual([])
    expect(added).toEqual(expect.arrayContaining(['scenario.ts', 'story.md', 'tables.ts', 'dataset.ts', 'scenario-data.ts', 'sql-city-revenue.sql', 'follow-ups.ts'].map((f) => FOLDER + f)))
  })

  it('refuses an id that is not lower-case words joined by hyphens, and an existing folder, with exit 2', () => {
    const bad = tool('new-scenario', 'Shop_Orders')
    expect(bad.code).toBe(2)
    expect(bad.out).toMatch(/"Shop_Orders" is not a scenario id: use lower-case words joined by hyphens/)
    const again = tool('new-scenario', ID)
    expect(again.code).toBe(2)
    expect(again.out).toContain(`${FOLDER} already exists`)
  })

  it('passes scenarios:check unedited', () => {
    const check = tool('scenarios-check', ID)
    expect(check.out).toContain('0 problems')
    expect(check.code, check.out).toBe(0)
  }, TEN_MINUTES)

  it('lists its exercises in grade --list', () => {
    const list = tool('grade', '--list')
    expect(list.code, list.out).toBe(0)
    const ids = list.out.split('\n').map((line) => line.split('\t')[0])
    expect(ids).toEqual(expect.arrayContaining(['sql-city-revenue', 'py-daily-revenue', 'product-sense', 'data-model'].map((slug) => `${ID}/${slug}`)))
  })

  it('accepts its reference answers with grade', () => {
    for (const [slug, file] of [['sql-city-revenue', 'sql-city-revenue.sql'], ['data-model', 'data-model.sql']]) {
      const graded = tool('grade', `${ID}/${slug}`, join(FOLDER, file))
      expect(graded.out, slug).toMatch(/^Accepted/)
      expect(graded.code, graded.out).toBe(0)
    }
  }, TEN_MINUTES)
})
