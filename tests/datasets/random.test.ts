import { createPicker, createRandom } from '../../src/core/random'

const draw = (seed: number, n = 50, label = ''): number[] => {
  const random = createRandom(seed, label)
  return Array.from({ length: n }, () => random.next())
}

describe('createRandom', () => {
  it('gives the same stream for the same seed', () => {
    expect(draw(42)).toEqual(draw(42))
  })

  it('gives different streams for different seeds and labels', () => {
    expect(draw(42)).not.toEqual(draw(43))
    expect(draw(42, 50, 'a')).not.toEqual(draw(42, 50, 'b'))
  })

  it('pins the first values, so a change to the algorithm (and every dataset) is noticed', () => {
    const random = createRandom(1)
    expect([random.next(), random.next()].map((x) => x.toFixed(8))).toMatchSnapshot()
  })

  it('keeps helpers inside their ranges', () => {
    const random = createRandom(7)
    for (let i = 0; i < 2000; i++) {
      const n = random.int(3, 5)
      expect(n).toBeGreaterThanOrEqual(3)
      expect(n).toBeLessThanOrEqual(5)
      expect(Number.isInteger(n)).toBe(true)
      expect(random.poisson(2)).toBeGreaterThanOrEqual(0)
    }
    const seen = new Set(Array.from({ length: 300 }, () => random.int(1, 3)))
    expect([...seen].sort()).toEqual([1, 2, 3])
  })

  it('follows weights roughly and shuffles without losing items', () => {
    const random = createRandom(9)
    const picks = Array.from({ length: 4000 }, () => random.weighted([['a', 3], ['b', 1]] as const))
    const share = picks.filter((p) => p === 'a').length / picks.length
    expect(share).toBeGreaterThan(0.7)
    expect(share).toBeLessThan(0.8)
    const pick = createPicker([['x', 1], ['y', 0]] as const)
    expect(new Set(Array.from({ length: 100 }, () => pick(random)))).toEqual(new Set(['x']))
    expect(random.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5])
  })

  it('forks independent, reproducible streams', () => {
    const a = createRandom(5).fork('users')
    const b = createRandom(5).fork('users')
    expect(a.next()).toBe(b.next())
    expect(createRandom(5).fork('users').next()).not.toBe(createRandom(5).fork('days').next())
  })
})
