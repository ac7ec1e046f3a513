import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateMutants, MUTANT_FAMILIES } from '../../../src/cli/mutants/generate-mutants'
import { parseEquivalentMutants } from '../../../src/cli/mutants/equivalent-mutants'
import { printsBackUnchanged } from '../../../src/cli/mutants/parse-sql'

const scenarios = join(import.meta.dirname, '../../../src/scenarios')
const references = readdirSync(scenarios, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(scenarios, d.name)).filter((f) => /^sql-.*\.sql$/.test(f)).map((f) => join(scenarios, d.name, f)))

const changes = (sql: string) => generateMutants(sql).map((m) => m.id)

describe('the SQLite parser', () => {
  it('prints every SQL reference back unchanged', () => {
    expect(references).toHaveLength(13)
    for (const file of references) expect(printsBackUnchanged(readFileSync(file, 'utf8')), file).toBe(true)
  })
})

describe('generateMutants', () => {
  it('makes one change per mutant in each family', () => {
    const sql = [
      'WITH t AS (SELECT a, b FROM x LEFT JOIN y ON y.id = x.id WHERE x.d >= \'2024-06-01\' AND x.n IS NULL)',
      "SELECT a, COUNT(DISTINCT b) AS n, MAX(b) AS m, RANK() OVER (ORDER BY a DESC) AS r FROM t JOIN z ON z.a = t.a",
      "WHERE t.a < 3 OR date(t.b, '-29 days') > '2024-05-01' GROUP BY 1 UNION ALL SELECT 1, 2, 3, 4 ORDER BY a",
    ].join('\n')
    const mutants = generateMutants(sql)
    expect(new Set(mutants.map((m) => m.family))).toEqual(new Set(MUTANT_FAMILIES))
    const ids = mutants.map((m) => m.id)
    expect(ids).toContain("comparison-boundary: WITH t AS (SELECT a, b FROM x LEFT JOIN y ON y.id = x.id WHERE x.d >= '2024-06-01' AND x.n IS NULL) => WITH t AS (SELECT a, b FROM x LEFT JOIN y ON y.id = x.id WHERE x.d > '2024-06-01' AND x.n IS NULL)")
    expect(ids.some((id) => id.startsWith('join-type:') && id.endsWith('FROM x JOIN y ON y.id = x.id WHERE x.d >= \'2024-06-01\' AND x.n IS NULL)'))).toBe(true)
    expect(ids.some((id) => id.includes('=> SELECT a, COUNT(b) AS n'))).toBe(true)
    expect(ids.some((id) => id.includes('MIN(b) AS m'))).toBe(true)
    expect(ids.some((id) => id.includes('DENSE_RANK() OVER (ORDER BY a DESC)'))).toBe(true)
    expect(ids.some((id) => id.includes('ROW_NUMBER() OVER'))).toBe(true)
    expect(ids.some((id) => id.includes('RANK() OVER (ORDER BY a ASC)'))).toBe(true)
    expect(ids.some((id) => id.includes('x.n IS NOT NULL'))).toBe(true)
    expect(ids.some((id) => id.includes("WHERE t.a < 3 AND date"))).toBe(true)
    expect(ids.some((id) => id.includes("'-28 days'")) && ids.some((id) => id.includes("'-30 days'"))).toBe(true)
    expect(ids.some((id) => id.includes("'2024-04-30'"))).toBe(true)
    expect(ids.some((id) => id.startsWith('union:') && id.includes('=> WHERE t.a < 3 OR') && id.includes('UNION SELECT'))).toBe(true)
    for (const m of mutants) {
      expect(m.sql).not.toBe(sql)
      expect(printsBackUnchanged(m.sql), m.id).toBe(true)
    }
  })

  it('leaves everything but the changed token as written, comments included', () => {
    const sql = 'SELECT a -- keep me\nFROM t\nWHERE n > 0 /* and me */'
    const [boundary] = generateMutants(sql).filter((m) => m.family === 'comparison-boundary')
    expect(boundary.sql).toBe('SELECT a -- keep me\nFROM t\nWHERE n >= 0 /* and me */')
    expect(boundary.line).toBe(3)
  })

  it('skips changes SQL makes equivalent whatever the data', () => {
    const sql = 'SELECT g, COUNT(*) AS n FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.id = t.id) AND t.k IN (SELECT k FROM v) GROUP BY g'
    const ids = changes(sql)
    expect(ids.filter((id) => id.includes('SELECT 2') || id.includes('SELECT DISTINCT 1') || id.includes('SELECT DISTINCT k'))).toEqual([])
    expect(ids.filter((id) => id.includes('SELECT DISTINCT g'))).toEqual([])
  })

  it('numbers identical changes so every id is unique and stable', () => {
    const ids = changes('SELECT a FROM t WHERE a > 1\nUNION ALL\nSELECT a FROM t WHERE a > 1')
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('comparison-boundary: SELECT a FROM t WHERE a > 1 => SELECT a FROM t WHERE a >= 1')
    expect(ids).toContain('comparison-boundary: SELECT a FROM t WHERE a > 1 => SELECT a FROM t WHERE a >= 1 #2')
  })
})

describe('.equivalent-mutants files', () => {
  it('reads "<id> -- <reason>" lines and names a line without a reason', () => {
    const { entries, problems } = parseEquivalentMutants('# header\n\nunion: UNION ALL => UNION -- the two sides never share a row\nand-or: a AND b => a OR b\n', 'x.equivalent-mutants')
    expect(entries).toEqual([{ id: 'union: UNION ALL => UNION', reason: 'the two sides never share a row', line: 3 }])
    expect(problems).toEqual(['x.equivalent-mutants line 4 has no reason: write "<mutant id> -- <why it cannot change the result>".'])
  })
})
