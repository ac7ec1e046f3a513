import { describe, expect, it } from 'vitest'
import { describeValueDifference, jsonEqual, outcomeEqual } from '../../../src/engine/python/compare-outcomes'

describe('jsonEqual (contract: floats within 1e-6, dict key order ignored, list order matters)', () => {
  it('compares numbers within 1e-6 absolute or relative', () => {
    expect(jsonEqual(3, 3.0000000001)).toBe(true)
    expect(jsonEqual(0.1 + 0.2, 0.3)).toBe(true)
    expect(jsonEqual(1_000_000_000, 1_000_000_000.5)).toBe(true)
    expect(jsonEqual(33.33, 33.34)).toBe(false)
    expect(jsonEqual(0, 1e-5)).toBe(false)
  })
  it('ignores dict key order', () => expect(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true))
  it('respects list order', () => expect(jsonEqual([1, 2], [2, 1])).toBe(false))
  it('never equates a bool with a number, or None with 0', () => {
    expect(jsonEqual(true, 1)).toBe(false)
    expect(jsonEqual(null, 0)).toBe(false)
  })
  it('treats a missing key as a difference', () => expect(jsonEqual({ a: 1, b: null }, { a: 1 })).toBe(false))
})

describe('outcomeEqual', () => {
  it('only asks a construct step to succeed', () => {
    const step = { kind: 'construct' as const, class: 'X', args: [] }
    expect(outcomeEqual(step, { ok: true, value: null }, { ok: true, value: '<X object>' })).toBe(true)
    expect(outcomeEqual(step, { ok: true, value: null }, { ok: false, error: { type: 'TypeError', message: '' } })).toBe(false)
  })
})

describe('describeValueDifference', () => {
  it('names missing, extra and different keys', () => {
    expect(describeValueDifference({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, d: 3 })).toEqual([
      "Missing key: 'c'.",
      "Extra key: 'd' (not in the expected result).",
      "Key 'b': expected 2, got 5.",
    ])
  })
  it('says when only the order of a list is wrong', () => {
    expect(describeValueDifference([6, 4, 9], [4, 6, 9])).toEqual(['The list holds the right entries in the wrong order: index 0 is 4 where 6 is expected.'])
  })
  it('finds the first differing index and the nested key inside it', () => {
    expect(describeValueDifference([{ x: 1 }, { x: 2 }], [{ x: 1 }, { x: 3 }])).toEqual(['The list first differs at index 1.', "At [1]['x']: expected 2, got 3."])
  })
  it('lists missing entries when lengths differ', () => {
    expect(describeValueDifference([1, 2, 3], [1, 3])).toEqual(['The list differs (yours has 2 entries, the expected one 3); the first difference is at index 1.', 'Missing: 2.'])
  })
  it('explains a type difference', () => {
    expect(describeValueDifference({ ok: true }, { ok: 1 })).toEqual(["Key 'ok': expected a bool (True), got a number (1)."])
  })
})
