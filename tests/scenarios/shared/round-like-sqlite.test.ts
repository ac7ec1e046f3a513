import initSqlJs, { type Database } from 'sql.js'
import { roundLikeSqlite } from '../../../src/scenarios/shared/round-like-sqlite'

/** Deterministic pseudo-random numbers (mulberry32) so a failure can be replayed. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('roundLikeSqlite', () => {
  let db: Database
  beforeAll(async () => {
    const SQL = await initSqlJs()
    db = new SQL.Database()
  })
  afterAll(() => db.close())

  /** Rounds every value in SQLite through one prepared statement, so thousands of cases stay fast. */
  function roundInSqlite(values: number[], digits: number): number[] {
    const stmt = db.prepare('SELECT ROUND(?, ?)')
    try {
      return values.map((v) => {
        stmt.bind([v, digits])
        stmt.step()
        const [out] = stmt.get() as number[]
        stmt.reset()
        return out
      })
    } finally {
      stmt.free()
    }
  }

  it('matches SQLite on the classic half-way traps', () => {
    const tricky = [
      0.0005, 0.0015, 0.00049999999999999, 2.675, 1.005, 0.145, 0.285, 1.255, 8.345, 0.5, 1.5, 2.5,
      -0.5, -2.5, -0.0005, -2.675, -1.005, -0.145, 0.125, -0.125, 0.375, 99.995, 99.9949999, 9.9995,
      0.0004, 1e-10, 123456.789, -0.0004, 1 / 3, 2 / 3, 100 / 7, 0.6499999999999999, 0.6500000000000001,
      617.22645, -617.22645, 79.1755, 53.0505, 42.6755, 1e20, -4503599627370497,
    ]
    for (const digits of [0, 1, 2, 3, 4]) {
      const expected = roundInSqlite(tricky, digits)
      tricky.forEach((v, i) => expect([v, digits, roundLikeSqlite(v, digits)]).toEqual([v, digits, expected[i]]))
    }
  })

  it('matches SQLite on ratios and percentages like the exercises produce', () => {
    const random = createRandom(20240630)
    const values: number[] = []
    for (let i = 0; i < 20000; i++) {
      const whole = 1 + Math.floor(random() * 5000)
      const part = Math.floor(random() * (whole + 1))
      values.push((100.0 * part) / whole, (part * 1.0) / whole, (100.0 * (part - whole)) / whole, part / 7)
      // Values a hair away from a half, where rounding the exact binary value would differ.
      const half = Math.floor(random() * 100000) / 1000 + 0.0005
      values.push(half, -half, half + Number.EPSILON * half, half - Number.EPSILON * half)
    }
    for (const digits of [1, 2, 3, 4]) {
      const expected = roundInSqlite(values, digits)
      const mismatches = values
        .map((v, i) => ({ v, got: roundLikeSqlite(v, digits), want: expected[i] }))
        .filter((m) => !Object.is(m.got, m.want) && m.got !== m.want)
      expect(mismatches.slice(0, 5)).toEqual([])
    }
  })
})
