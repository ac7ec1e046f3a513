import { describe, expect, it } from 'vitest'
import { findCounterexample, minimizeList, splitIntoChunks, type TableRows } from '../../../src/engine/counterexample/index'

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('minimizeList (ddmin)', () => {
  it('finds the two items that together make the test fail', async () => {
    const fails = async (s: number[]) => s.includes(17) && s.includes(803)
    const { items, stopped } = await minimizeList(range(1000), fails)
    expect(items.sort((a, b) => a - b)).toEqual([17, 803])
    expect(stopped).toBeUndefined()
  })

  it('returns a 1-minimal subset for a non-monotone test', async () => {
    // Fails when the subset holds an odd number of multiples of 7 (at least one).
    const fails = async (s: number[]) => s.filter((x) => x % 7 === 0).length % 2 === 1
    const { items } = await minimizeList(range(200), fails)
    expect(await fails(items)).toBe(true)
    for (let i = 0; i < items.length; i++) expect(await fails(items.filter((_, j) => j !== i))).toBe(false)
  })

  it('returns the empty list when the empty list already fails', async () => {
    expect((await minimizeList(range(10), async () => true)).items).toEqual([])
  })

  it('cuts a list into nearly equal runs', () => {
    expect(splitIntoChunks(range(7), 3)).toEqual([[0, 1], [2, 3], [4, 5, 6]])
  })
})

describe('findCounterexample', () => {
  const tables: TableRows<string> = { users: range(300).map((i) => `u${i}`), orders: range(500).map((i) => `o${i}`) }
  // The answer differs when user u42 has order o7 (a join), or when o99 appears without u1.
  const differs = async (t: TableRows<string>) => (t.users.includes('u42') && t.orders.includes('o7')) || (t.orders.includes('o99') && !t.users.includes('u1'))

  it('finds a 1-minimal example across tables', async () => {
    const found = await findCounterexample({ tables, differs })
    expect(found?.minimal).toBe(true)
    expect(await differs(found!.tables)).toBe(true)
    // 1-minimal: taking away any one row makes the difference disappear.
    for (const [name, rows] of Object.entries(found!.tables)) {
      for (const row of rows) expect(await differs({ ...found!.tables, [name]: rows.filter((r) => r !== row) })).toBe(false)
    }
    expect(found!.rows).toBeLessThanOrEqual(2)
  })

  it('needs rows of two tables when one table alone cannot show the difference', async () => {
    const join = async (t: TableRows<string>) => t.users.includes('u42') && t.orders.includes('o7')
    const found = await findCounterexample({ tables, differs: join })
    expect(found?.tables).toEqual({ users: ['u42'], orders: ['o7'] })
    expect(found?.minimal).toBe(true)
  })

  it('starts from the given rows, and from every row when they do not differ', async () => {
    const join = async (t: TableRows<string>) => t.users.includes('u42') && t.orders.includes('o7')
    const seen: number[] = []
    const counting = async (t: TableRows<string>) => (seen.push(t.users.length + t.orders.length), join(t))
    await findCounterexample({ tables, differs: counting, starts: [{ users: [42, 43], orders: [7] }] })
    expect(seen[0]).toBe(3)
    seen.length = 0
    const found = await findCounterexample({ tables, differs: counting, starts: [{ users: [1], orders: [2] }] })
    expect(seen.slice(0, 2)).toEqual([2, 800])
    expect(found?.rows).toBe(2)
  })

  it('removes whole groups first when the example needs many rows of one entity', async () => {
    // Differs when video 3 has at least 50 views: 1,000 views of 20 videos.
    const views = { views: range(1000).map((i) => `v${i % 20}`) }
    const groups = { views: range(1000).map((i) => i % 20) }
    let grouped = 0
    let plain = 0
    const fifty = (count: () => void) => async (t: TableRows<string>) => (count(), t.views.filter((v) => v === 'v3').length >= 50)
    const a = await findCounterexample({ tables: views, groups, differs: fifty(() => grouped++) })
    const b = await findCounterexample({ tables: views, differs: fifty(() => plain++) })
    expect(a?.rows).toBe(50)
    expect(b?.rows).toBe(50)
    expect(a?.minimal).toBe(true)
    expect(grouped).toBeLessThan(plain)
  })

  it('resolves undefined when all the rows do not differ', async () => {
    expect(await findCounterexample({ tables, differs: async () => false })).toBeUndefined()
  })

  it('stops at the time limit with the best example so far, flagged as not minimal', async () => {
    let clock = 0
    const slow = async (t: TableRows<string>) => ((clock += 100), t.users.includes('u42') && t.orders.includes('o7'))
    const found = await findCounterexample({ tables, differs: slow, timeLimitMs: 1_000, now: () => clock })
    expect(found?.minimal).toBe(false)
    expect(found?.stopped).toBe('time-limit')
    expect(found!.rows).toBeLessThan(800)
    expect(found!.tables.users).toContain('u42')
    expect(found!.tables.orders).toContain('o7')
    expect(found!.tests).toBeLessThanOrEqual(12)
  })

  it('stops when its signal is aborted, and reports progress on the way', async () => {
    const controller = new AbortController()
    const sizes: number[] = []
    const found = await findCounterexample({
      tables,
      differs: async (t) => t.users.includes('u42') && t.orders.includes('o7'),
      signal: controller.signal,
      onProgress: (p) => {
        sizes.push(p.rows)
        if (sizes.length === 1) controller.abort()
      },
    })
    expect(found?.stopped).toBe('cancelled')
    expect(found?.minimal).toBe(false)
    expect(found?.rows).toBe(sizes[0])
  })
})
