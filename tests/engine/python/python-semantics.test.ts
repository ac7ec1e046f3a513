import { describe, expect, it } from 'vitest'
import { formatDatetime, parseIsoDatetime } from '../../../src/engine/python/python-datetime'
import { loadsJson } from '../../../src/engine/python/python-json'
import { pySliceTo, pySum, roundLikePython } from '../../../src/engine/python/python-semantics'

describe('roundLikePython', () => {
  // Values printed by CPython 3.11: round() is exact on the binary double, ties to even.
  it.each([
    [2.675, 2, 2.67],
    [0.125, 2, 0.12],
    [0.375, 2, 0.38],
    [1.005, 2, 1.0],
    [-2.675, 2, -2.67],
    [0.285, 2, 0.28],
    [2.5, 0, 2],
    [3.5, 0, 4],
    [123456.785, 2, 123456.79],
    [0.045, 2, 0.04],
    [1.15, 1, 1.1],
    [2.345, 2, 2.35],
    [1e-7, 2, 0],
    [100 / 3, 2, 33.33],
    [2 / 3, 3, 0.667],
  ])('round(%s, %s) == %s', (x, n, expected) => {
    expect(roundLikePython(x, n)).toBe(expected)
  })

  it('differs from the naive JavaScript rounding on a tie', () => {
    expect(Math.round(0.125 * 100) / 100).toBe(0.13)
    expect(roundLikePython(0.125, 2)).toBe(0.12)
  })

  it('keeps integers and the sign of a rounded-away negative', () => {
    expect(roundLikePython(5, 2)).toBe(5)
    expect(Object.is(roundLikePython(-0.001, 2), -0)).toBe(true)
  })
})

describe('pySum', () => {
  it('compensates like Python 3.12+ sum()', () => {
    const tenths = Array(10).fill(0.1)
    expect(tenths.reduce((a, b) => a + b, 0)).not.toBe(1)
    expect(pySum(tenths)).toBe(1)
  })
  it('adds ints exactly', () => expect(pySum([1, 2, 3])).toBe(6))
})

describe('pySliceTo', () => {
  it('reads a negative stop from the end, like items[:-1]', () => {
    expect(pySliceTo([1, 2, 3], -1)).toEqual([1, 2])
    expect(pySliceTo([1, 2, 3], 0)).toEqual([])
    expect(pySliceTo([1, 2, 3], 5)).toEqual([1, 2, 3])
  })
})

describe('datetime.fromisoformat', () => {
  it.each([
    ['2024-06-30T12:00:00', '2024-06-30T12:00:00'],
    ['2024-06-30T12:00:00Z', '2024-06-30T12:00:00+00:00'],
    ['2024-06-30 12:00', '2024-06-30T12:00:00'],
    ['2024-06-30', '2024-06-30T00:00:00'],
    ['20240630T120000', '2024-06-30T12:00:00'],
    ['2024-06-30T12:00:00.5', '2024-06-30T12:00:00.500000'],
    ['2024-06-30T12:00:00-05:30', '2024-06-30T12:00:00-05:30'],
    ['2024-06-30T12:00:00+0200', '2024-06-30T12:00:00+02:00'],
  ])('%s -> %s', (text, iso) => expect(formatDatetime(parseIsoDatetime(text))).toBe(iso))

  it.each(['yesterday', '2024-13-01T00:00:00', '2024-02-30', '2024-6-1', '2024-06-30T24:00:00', '2024-06-30T12:00:00Z ', ''])('rejects %j with ValueError', (text) => {
    expect(() => parseIsoDatetime(text)).toThrow(expect.objectContaining({ type: 'ValueError' }))
  })

  it('rejects a non-string with TypeError', () => {
    expect(() => parseIsoDatetime(1719748800)).toThrow(expect.objectContaining({ type: 'TypeError' }))
  })
})

describe('loadsJson', () => {
  it('tells a float literal from an int at the top level', () => {
    const { value, floatKeys } = loadsJson('{"a": 5.0, "b": 5, "c": 1e3, "d": {"e": 2.5}}')
    expect(value).toEqual({ a: 5, b: 5, c: 1000, d: { e: 2.5 } })
    expect([...floatKeys].sort()).toEqual(['a', 'c'])
  })
  it.each(['{a: 1}', '[1,]', '{"a": 1} x', "{'a': 1}", '"tab\there"', ''])('rejects %j', (text) => {
    expect(() => loadsJson(text)).toThrow(expect.objectContaining({ type: 'JSONDecodeError' }))
  })
})
