import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inverseNormalCdf, normalCdf, proportionTestPower, sampleSizePerArm } from '../../../src/engine/experiment'

// The reference table sits one folder above the repository, here and in CI.
// A copy of the contract's ../shared/data/sample-size-reference.json (values from statsmodels
// and scipy), kept in the repo so the test does not depend on the folder beside it.
const referencePath = resolve(__dirname, 'fixtures/sample-size-reference.json')

interface ProportionRow {
  baseline: number
  relative_mde: number
  alpha: number
  power: number
  n_per_arm_pooled_normal: number
  n_per_arm_arcsine: number
}
interface MeanRow {
  mean: number
  sd: number
  relative_mde: number
  alpha: number
  power: number
  n_per_arm_normal: number
  n_per_arm_t: number
}
const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as { proportion: ProportionRow[]; mean: MeanRow[] }

describe('inverseNormalCdf', () => {
  // Quantiles from mpmath at 30 digits.
  const quantiles: [number, number][] = [
    [0.5, 0],
    [0.8, 0.8416212335729143638],
    [0.9, 1.2815515655446005935],
    [0.975, 1.9599639845400538556],
    [0.995, 2.5758293035489004539],
    [0.02425, -1.9729610513118848376],
    [0.999999, 4.7534243088170877657],
    [1e-10, -6.3613409024040561991],
  ]
  it.each(quantiles)('gives z(%s) to 1e-9', (p, z) => {
    expect(Math.abs(inverseNormalCdf(p) - z)).toBeLessThan(1e-9)
  })

  it('round-trips with normalCdf across the range', () => {
    // Relative error in the lower tail (where doubles are dense), absolute error overall.
    for (const p of [1e-12, 1e-6, 0.001, 0.01, 0.1, 0.3, 0.5]) {
      expect(Math.abs(normalCdf(inverseNormalCdf(p)) - p) / p).toBeLessThan(1e-9)
    }
    for (const p of [0.7, 0.95, 0.999, 1 - 1e-9]) expect(Math.abs(normalCdf(inverseNormalCdf(p)) - p)).toBeLessThan(1e-14)
  })

  it('refuses probabilities of 0 and 1', () => {
    expect(() => inverseNormalCdf(0)).toThrow(RangeError)
    expect(() => inverseNormalCdf(1)).toThrow(RangeError)
  })
})

describe('sampleSizePerArm against the statsmodels reference table', () => {
  it('has rows to check', () => {
    expect(reference.proportion.length).toBeGreaterThan(10)
    expect(reference.mean.length).toBeGreaterThan(5)
  })

  const proportionCases = reference.proportion.flatMap((row) => [
    { row, formula: 'pooled-normal' as const, expected: row.n_per_arm_pooled_normal },
    { row, formula: 'arcsine' as const, expected: row.n_per_arm_arcsine },
  ])
  it.each(proportionCases)(
    'proportion $formula: baseline $row.baseline, lift $row.relative_mde, alpha $row.alpha, power $row.power -> $expected',
    ({ row, formula, expected }) => {
      const n = sampleSizePerArm({ metric: 'proportion', baseline: row.baseline, relativeMde: row.relative_mde, alpha: row.alpha, power: row.power, formula })
      expect(Math.abs(n.control - expected)).toBeLessThanOrEqual(1)
      expect(n.treatment).toBe(n.control)
    },
  )

  const meanCases = reference.mean.flatMap((row) => [
    { row, formula: 'z' as const, expected: row.n_per_arm_normal },
    { row, formula: 't' as const, expected: row.n_per_arm_t },
  ])
  it.each(meanCases)('mean $formula: mean $row.mean, sd $row.sd, lift $row.relative_mde, alpha $row.alpha, power $row.power -> $expected', ({ row, formula, expected }) => {
    const n = sampleSizePerArm({ metric: 'mean', baselineMean: row.mean, stdDev: row.sd, relativeMde: row.relative_mde, alpha: row.alpha, power: row.power, formula })
    expect(Math.abs(n.control - expected)).toBeLessThanOrEqual(1)
  })
})

describe('sampleSizePerArm', () => {
  const base = { metric: 'proportion' as const, baseline: 0.1, relativeMde: 0.1, alpha: 0.05, power: 0.8 }

  it('reaches the asked power at n and not at n - 1 (pooled normal)', () => {
    const n = sampleSizePerArm(base).control
    expect(proportionTestPower(0.1, 0.11, n, 0.05)).toBeGreaterThanOrEqual(0.8)
    expect(proportionTestPower(0.1, 0.11, n - 1, 0.05)).toBeLessThan(0.8)
  })

  it('needs more users in total with an unequal split, and sizes the arms by the ratio', () => {
    const even = sampleSizePerArm(base)
    const skewed = sampleSizePerArm({ ...base, ratio: 1 / 9 })
    expect(skewed.total).toBeGreaterThan(even.total * 2)
    expect(skewed.treatment).toBeLessThan(skewed.control)
    expect(Math.abs(skewed.treatment - skewed.control / 9)).toBeLessThanOrEqual(1)
    // 90/10 reaches the same power as 50/50: checked with the power function at the skewed sizes.
    expect(proportionTestPower(0.1, 0.11, skewed.control, 0.05, 1 / 9)).toBeGreaterThanOrEqual(0.8)
  })

  it('one-sided tests need fewer users', () => {
    expect(sampleSizePerArm({ ...base, twoSided: false }).control).toBeLessThan(sampleSizePerArm(base).control)
  })

  it('accepts an absolute effect, equal to the same relative one', () => {
    const relative = sampleSizePerArm(base)
    const absolute = sampleSizePerArm({ metric: 'proportion', baseline: 0.1, absoluteMde: 0.01, alpha: 0.05, power: 0.8 })
    expect(absolute.control).toBe(relative.control)
    const mean = sampleSizePerArm({ metric: 'mean', baselineMean: 10, stdDev: 8, absoluteMde: 0.5, alpha: 0.05, power: 0.8 })
    expect(mean.control).toBe(4019)
  })

  it('a smaller effect needs more users, roughly 1/effect^2', () => {
    const small = sampleSizePerArm({ ...base, relativeMde: 0.05 }).control
    const large = sampleSizePerArm(base).control
    expect(small / large).toBeGreaterThan(3.8)
    expect(small / large).toBeLessThan(4.1)
  })

  it('refuses impossible inputs', () => {
    expect(() => sampleSizePerArm({ ...base, baseline: 0 })).toThrow(/baseline/)
    expect(() => sampleSizePerArm({ ...base, relativeMde: 0 })).toThrow(/zero/)
    expect(() => sampleSizePerArm({ ...base, baseline: 0.95, relativeMde: 0.1 })).toThrow(/between 0 and 1/)
    expect(() => sampleSizePerArm({ ...base, alpha: 1.5 })).toThrow(/alpha/)
    expect(() => sampleSizePerArm({ ...base, ratio: 0 })).toThrow(/ratio/)
    expect(() => sampleSizePerArm({ metric: 'mean', baselineMean: 10, stdDev: 0, relativeMde: 0.1, alpha: 0.05, power: 0.8 })).toThrow(/stdDev/)
  })
})
