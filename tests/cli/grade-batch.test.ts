/**
 * `grade <id> <file|folder>...`: several answers of one exercise in one call (issue 14).
 * Runs the real command through the tool runner, like grade-command.test.ts.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

function grade(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/tool.mjs', 'grade', ...args], { encoding: 'utf8', timeout: 240_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const lines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown> & { feedback: string[] })

const dir = mkdtempSync(join(tmpdir(), 'grade-batch-'))
const write = (name: string, text: string) => {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
  return path
}
const SQL_EXERCISE = 'feed-engagement/sql-dau-mau-ratio'
const sqlFolder = 'src/scenarios/feed-engagement'
const wrongName = readdirSync(`${sqlFolder}/sql-dau-mau-ratio.wrong`).sort()[0]
const wrongText = readFileSync(`${sqlFolder}/sql-dau-mau-ratio.wrong/${wrongName}`, 'utf8')
const mistake = wrongText.match(/--\s*mistake:\s*(.+)/i)![1].trim()
const reference = readFileSync(`${sqlFolder}/sql-dau-mau-ratio.sql`, 'utf8')

describe('grade with several answer files', () => {
  beforeAll(() => {
    expect(grade('--list').code).toBe(0) // builds the commands once
  }, 240_000)

  it('grades a folder of SQL answers in name order, one JSON line each with its file, and goes on after a runaway query', () => {
    const folder = join(dir, 'sql-answers')
    write('sql-answers/1-reference.sql', reference)
    write('sql-answers/2-loop.sql', 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM r) SELECT count(*) FROM r')
    write('sql-answers/3-known-wrong.sql', wrongText)
    write('sql-answers/4-drops-the-table.sql', 'DROP TABLE fact_user_daily_activity;')
    write('sql-answers/5-reference-again.sql', reference)
    write('sql-answers/notes.txt', 'not an answer')
    const { code, stdout } = grade(SQL_EXERCISE, folder, '--json')
    expect(code, stdout).toBe(1)
    const graded = lines(stdout)
    expect(graded.map((g) => g.file)).toEqual(['1-reference.sql', '2-loop.sql', '3-known-wrong.sql', '4-drops-the-table.sql', '5-reference-again.sql'].map((f) => join(folder, f)))
    expect(graded.map((g) => g.verdict)).toEqual(['accepted', 'rejected', 'rejected', 'rejected', 'accepted'])
    for (const g of graded) expect(g).toMatchObject({ exercise: SQL_EXERCISE, kind: 'sql', score: expect.any(Number) })
    expect(graded[1].feedback.join('\n')).toMatch(/5 seconds/)
    expect(graded[2].feedback.join('\n')).toContain(mistake)
    expect(graded[2].counterexample).toMatchObject({ dataset: 'visible' })
  }, 240_000)

  it('exits 0 when every file is accepted, and prints one line per file with --jsonl', () => {
    const a = write('ok/a.sql', reference)
    const b = write('ok/b.sql', readFileSync(`${sqlFolder}/sql-dau-mau-ratio.alt/coverage-running-sum.sql`, 'utf8'))
    const { code, stdout } = grade(SQL_EXERCISE, a, b, '--jsonl')
    expect(code, stdout).toBe(0)
    expect(lines(stdout).map((g) => [g.file, g.verdict])).toEqual([
      [a, 'accepted'],
      [b, 'accepted'],
    ])
    // One file with --json keeps the contract's object, without a file field.
    const one = grade(SQL_EXERCISE, a, '--json')
    expect(one.code).toBe(0)
    expect(JSON.parse(one.stdout)).not.toHaveProperty('file')
  }, 240_000)

  it('exits 2 when a named file cannot be graded, after grading the others', () => {
    const product = 'feed-engagement/product-sense'
    const good = 'tests/engine/rubric/fixtures/seed-feed-engagement.md'
    const missing = join(dir, 'missing.md')
    const wrongType = write('answer.txt', 'We should look at DAU.')
    const { code, stdout } = grade(product, good, missing, wrongType, '--json')
    expect(code, stdout).toBe(2)
    const graded = lines(stdout)
    expect(graded[0]).toMatchObject({ file: good, kind: 'product', verdict: 'accepted' })
    expect(graded[1]).toMatchObject({ file: missing, error: expect.stringContaining('does not exist') })
    expect(graded[2]).toMatchObject({ file: wrongType, error: expect.stringContaining('.md') })
  }, 240_000)

  it('prints text with each file named and a summary line', () => {
    const folder = join(dir, 'md')
    write('md/seed.md', readFileSync('tests/engine/rubric/fixtures/seed-feed-engagement.md', 'utf8'))
    write('md/short.md', 'We should look at DAU.\n')
    const { code, stdout } = grade('feed-engagement/product-sense', folder)
    expect(code).toBe(1)
    expect(stdout).toContain(`== ${join(folder, 'seed.md')}\nAccepted:`)
    expect(stdout).toContain(`== ${join(folder, 'short.md')}\nRejected:`)
    expect(stdout.trim().split('\n').at(-1)).toBe('1 of 2 accepted.')
  }, 240_000)

  it('grades several Python answers each in a fresh interpreter: what one answer changes never reaches the next', () => {
    const exercise = 'feed-engagement/py-anomaly-detector'
    const altDir = 'src/scenarios/feed-engagement/py-anomaly-detector.alt'
    const correct = readFileSync(join(altDir, readdirSync(altDir).sort()[0]), 'utf8')
    // Breaks modules and builtins the next answer (and the harness) rely on, then loops for ever.
    const saboteur = write(
      'py/1-saboteur.py',
      'import json, math, builtins\njson.dumps = None\nmath.floor = lambda x: 0\nbuiltins.round = lambda *a: 0\nbuiltins.len = lambda x: 0\n' +
        'def detect_engagement_anomalies(daily_metrics, window_days=7, threshold_pct=15.0):\n    while True:\n        pass\n',
    )
    const good = write('py/2-correct.py', correct)
    const { code, stdout } = grade(exercise, saboteur, good, '--json')
    expect(code, stdout).toBe(1)
    const graded = lines(stdout)
    expect(graded.map((g) => [g.file, g.verdict])).toEqual([
      [saboteur, 'rejected'],
      [good, 'accepted'],
    ])
  }, 240_000)
})
