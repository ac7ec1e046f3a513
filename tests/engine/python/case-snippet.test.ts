import { describe, expect, it } from 'vitest'
import { describeCaseFailure } from '../../../src/engine/python/describe-python-failure'
import { formatCaseSnippet } from '../../../src/engine/python/format-python'
import type { CaseEvaluation } from '../../../src/engine/python/grade-python-answer'
import type { PythonStep } from '../../../src/engine/python/types'

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
