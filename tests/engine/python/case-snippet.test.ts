import { describe, expect, it } from 'vitest'
import { describeCaseFailure, describeRunFailure } from '../../../src/engine/python/describe-python-failure'
import { formatCaseSnippet, formatPythonValue, reprPython } from '../../../src/engine/python/format-python'
import type { CaseEvaluation } from '../../../src/engine/python/grade-python-answer'
import type { JsonValue, PythonStep } from '../../../src/engine/python/types'
import { jsonEqual } from '../../../src/engine/python/compare-outcomes'
import { call } from '../../../src/engine/python/case-helpers'
import { pyFloat } from '../../../src/engine/python/python-values'

const longList = Array.from({ length: 12 }, (_, i) => ({ video_id: i, event_type: 'video_view', timestamp: '2024-06-30T11:50:00' }))

describe('the failing Python case', () => {
  it('prints as a runnable snippet with every argument in full, the failing call printed', () => {
    const steps: PythonStep[] = [
      { kind: 'construct', class: 'Tracker', args: [], kwargs: { window_hours: 2 } },
      { kind: 'method', method: 'update', args: [1, { event_type: 'like', timestamp: '2024-06-30T10:00:00' }] },
      { kind: 'method', method: 'get', args: [1, '2024-06-30T12:00:00'] },
      { kind: 'method', method: 'never_reached', args: [] },
    ]
    expect(formatCaseSnippet(steps, 2)).toBe(
      "obj = Tracker(window_hours=2)\nobj.update(1, {'event_type': 'like', 'timestamp': '2024-06-30T10:00:00'})\nprint(obj.get(1, '2024-06-30T12:00:00'))",
    )
    const call = formatCaseSnippet([{ kind: 'call', function: 'detect', args: [longList], kwargs: { min_views: 1 } }], 0)
    expect(call).not.toMatch(/entries|…/)
    expect(call).toContain("{'video_id': 11, 'event_type': 'video_view'")
    expect(call.endsWith(', min_views=1))')).toBe(true)
  })

  it('says "returns nothing" in words instead of None alone', () => {
    const e: CaseEvaluation = {
      case: { id: 'c', label: 'a conversion without touchpoints', visibility: 'visible', steps: [{ kind: 'call', function: 'f', args: [] }] },
      expected: [{ ok: true, value: null }],
      run: { caseId: 'c', steps: [{ ok: true, value: 3 }], stdout: '' },
      failedStep: 0,
    }
    const lines = describeCaseFailure(e, { functionNames: ['f'], parameters: {} } as never, 1)
    expect(lines).toContain('Expected: nothing (the call returns None)')
    expect(lines).toContain('Got: 3')
  })
})

describe('Python values in feedback read as Python prints them', () => {
  const exercise = { functionNames: ['detect'], parameters: { detect: ['events', 'now'] } } as never
  const failing = (steps: PythonStep[], expected: JsonValue, got: JsonValue, rule?: string): string[] =>
    describeCaseFailure(
      {
        case: { id: 'c', label: 'a case', visibility: 'hidden', steps, ...(rule ? { rule } : {}) },
        expected: [{ ok: true, value: expected }],
        run: { caseId: 'c', steps: [{ ok: true, value: got }], stdout: '' },
        failedStep: 0,
      },
      exercise,
      1,
    )

  it('prints a whole float as a float and an int as an int, and compares them as numbers', () => {
    expect(reprPython(pyFloat(1))).toBe('1.0')
    expect(reprPython([pyFloat(0), 0, 0.5, pyFloat(1e16), pyFloat(NaN), 1e-7])).toBe('[0.0, 0, 0.5, 1e+16, nan, 1e-07]')
    expect(jsonEqual(1, pyFloat(1))).toBe(true)
    expect(jsonEqual(pyFloat(2), 2.0000000001)).toBe(true)
    expect(jsonEqual(pyFloat(1), '1.0')).toBe(false)
    const lines = failing([call('detect', [[]])], { rate: pyFloat(1), views: 2 }, { rate: 0.5, views: pyFloat(2) })
    expect(lines).toContain("Expected: {'rate': 1.0, 'views': 2}")
    expect(lines).toContain("Got: {'rate': 0.5, 'views': 2.0}")
    expect(lines).toContain("Key 'rate': expected 1.0, got 0.5.")
  })

  it('shows a small input whole in the call line, and cuts only a large one, saying how many entries were left out', () => {
    const four = longList.slice(0, 4)
    const small = failing([call('detect', [four, '2024-06-30T12:00:00'])], [1], [2])
    expect(small).toContain(`Call: detect(${reprPython(four)}, '2024-06-30T12:00:00')`)
    expect(small.join('\n')).not.toMatch(/entries\.\.\.|Input:/)

    const many = Array.from({ length: 200 }, (_, i) => ({ video_id: i, event_type: 'video_view', timestamp: '2024-06-30T11:50:00' }))
    const large = failing([call('detect', [many, '2024-06-30T12:00:00'])], [1], [2])
    expect(large).toContain("Call: detect([...200 entries...], '2024-06-30T12:00:00')")
    const input = large.find((l) => l.startsWith('Input: events = '))
    expect(input).toMatch(/\{'video_id': 0, 'event_type': 'video_view', 'timestamp': '2024-06-30T11:50:00'\}, .*… \d+ more entries left out\]$/)
    expect(input!.length).toBeLessThan(1700)
  })

  it("quotes the statement's rule the case checks, when the case carries one", () => {
    const lines = failing([call('detect', [[]])], [1], [2], 'a drop equal to the threshold is not flagged')
    expect(lines[0]).toBe('It fails hidden case 1, "a case".')
    expect(lines[1]).toBe('The rule it checks: "a drop equal to the threshold is not flagged."')
    expect(failing([call('detect', [[]])], [1], [2]).join('\n')).not.toContain('rule')
  })

  it('lays a long returned value out over lines the way pprint does, short ones on one line', () => {
    expect(formatPythonValue({ a: pyFloat(1), b: null, c: true })).toBe("{'a': 1.0, 'b': None, 'c': True}")
    const text = formatPythonValue(longList.slice(0, 3))
    expect(text.split('\n')).toEqual([
      '[',
      "    {'video_id': 0, 'event_type': 'video_view', 'timestamp': '2024-06-30T11:50:00'},",
      "    {'video_id': 1, 'event_type': 'video_view', 'timestamp': '2024-06-30T11:50:00'},",
      "    {'video_id': 2, 'event_type': 'video_view', 'timestamp': '2024-06-30T11:50:00'}",
      ']',
    ])
  })
})

describe('a run that failed as a whole', () => {
  it("says the learner's own error at load time plainly, not that the sandbox stopped", () => {
    const exercise = { functionNames: ['parse_event'], parameters: {} } as never
    const loading = describeRunFailure({ kind: 'crash', message: 'Your code raised SystemExit on line 12 while it was loading, before any case ran: 3', line: 12 }, exercise)
    expect(loading).toBe('Your code raised SystemExit on line 12 while it was loading, before any case ran: 3.')
    expect(describeRunFailure({ kind: 'crash', message: 'worker died' }, exercise)).toMatch(/^The Python sandbox stopped unexpectedly \(worker died\)/)
  })
})
