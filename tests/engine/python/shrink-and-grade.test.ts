import { describe, expect, it } from 'vitest'
import { caseFails, gradePythonAnswer } from '../../../src/engine/python/grade-python-answer'
import { getPythonGrading } from '../../support/python-gradings'
import { shrinkCase } from '../../../src/engine/python/shrink-case'
import type { CaseRun, JsonValue, PythonCase, StepOutcome } from '../../../src/engine/python/types'

const VIRAL = 'reels-sessions/py-viral-detector'

/** A "learner" in TypeScript that forgets the video_id tie-break: sorts by ratio only, keeping arrival order. */
function buggyViral(c: PythonCase): CaseRun {
  const [events, , ...rest] = c.steps[0].args as [Array<Record<string, JsonValue>>, string]
  void rest
  const reference = getPythonGrading(VIRAL).reference(c.steps)[0] as { ok: true; value: number[] }
  // Same set as the reference, in first-appearance order among equal ratios.
  const firstSeen = new Map<number, number>()
  events.forEach((e, i) => typeof e.video_id === 'number' && !firstSeen.has(e.video_id) && firstSeen.set(e.video_id, i))
  const counts = (id: number) => {
    const own = events.filter((e) => e.video_id === id)
    const views = own.filter((e) => e.event_type === 'video_view').length
    return own.filter((e) => e.event_type === 'share' || e.event_type === 'comment').length / views
  }
  const value = [...reference.value].sort((a, b) => counts(b) - counts(a) || firstSeen.get(a)! - firstSeen.get(b)!)
  return { caseId: c.id, steps: [{ ok: true, value }], stdout: '' }
}

describe('shrinkCase', () => {
  it('shrinks a failing random case to a smaller one that still fails', async () => {
    const failing = getPythonGrading(VIRAL).cases.random(1, 200).find((c) => caseFails(getPythonGrading(VIRAL), c, buggyViral(c)))
    expect(failing).toBeDefined()
    let calls = 0
    const shrunk = await shrinkCase(failing!, async (c) => {
      calls++
      return caseFails(getPythonGrading(VIRAL), c, buggyViral(c))
    })
    const size = (c: PythonCase) => (c.steps[0].args[0] as unknown[]).length
    expect(caseFails(getPythonGrading(VIRAL), shrunk, buggyViral(shrunk))).toBe(true)
    expect(size(shrunk)).toBeLessThan(size(failing!))
    // Two tied viral videos need min_views views and enough shares or comments each.
    expect(size(shrunk)).toBeLessThan(size(failing!) / 4)
    expect(shrunk.label).toMatch(/shrunk from \d+ to \d+ values/)
    expect(calls).toBeLessThanOrEqual(200)
  })

  it('never drops the construct step and returns the case unchanged when nothing smaller fails', async () => {
    const c = getPythonGrading('pymk/py-friend-of-friend').cases.visible[0]
    expect(await shrinkCase(c, async (x) => x.steps[0]?.kind === 'construct' && x.steps.length === 2 && JSON.stringify(x) === JSON.stringify(c))).toBe(c)
    const smaller = await shrinkCase(c, async (x) => x.steps[0]?.kind === 'construct')
    expect(smaller.steps[0].kind).toBe('construct')
  })
})

describe('gradePythonAnswer', () => {
  const id = 'feed-engagement/py-anomaly-detector'
  const ex = getPythonGrading(id)
  const cases = [...ex.cases.visible, ...ex.cases.hidden, ...ex.cases.random(9, 5)]
  const reference = (): CaseRun[] => cases.map((c) => ({ caseId: c.id, steps: ex.reference(c.steps), stdout: '' }))

  it('accepts outputs equal within 1e-6, whatever the dict key order', () => {
    const runs = reference().map((r) => ({
      ...r,
      steps: r.steps.map((s): StepOutcome => (s.ok && Array.isArray(s.value) ? { ok: true, value: s.value.map((row) => Object.fromEntries(Object.entries(row as object).reverse().map(([k, v]) => [k, typeof v === 'number' ? v + 1e-9 : v]))) } : s)),
    }))
    const grade = gradePythonAnswer({ exercise: getPythonGrading(id), cases, learner: { ok: true, runs, elapsedMs: 1 } })
    expect(grade.verdict).toBe('accepted')
    expect(grade.score).toBe(100)
    expect(grade.checks.map((c) => c.id)).toEqual(['cases:visible', 'cases:hidden', 'cases:random'])
  })

  it('rejects a wrong hidden case, scores the share passed, and describes the hidden case first failing', () => {
    const runs = reference().map((r) => (r.caseId === 'hidden-3' ? { ...r, steps: [{ ok: true as const, value: [] }] } : r))
    const grade = gradePythonAnswer({ exercise: getPythonGrading(id), cases, learner: { ok: true, runs, elapsedMs: 1 } })
    expect(grade.verdict).toBe('rejected')
    expect(grade.score).toBe(Math.floor((100 * (cases.length - 1)) / cases.length))
    expect(grade.checks.find((c) => c.id === 'cases:hidden')?.status).toBe('fail')
    expect(grade.feedback[0]).toContain('hidden case 3')
  })

  it('counts a case the sandbox did not report as failed', () => {
    const runs = reference().slice(1)
    const grade = gradePythonAnswer({ exercise: getPythonGrading(id), cases, learner: { ok: true, runs, elapsedMs: 1 } })
    expect(grade.verdict).toBe('rejected')
    expect(grade.feedback.join(' ')).toContain('no result')
  })

  it('names a known mistake only when its own output is wrong on that case', () => {
    const learner = reference().map((r) => (r.caseId === 'visible-1' ? { ...r, steps: [{ ok: true as const, value: [] }] } : r))
    const rightEverywhere = { name: 'x', mistake: 'never shown', hint: '', runs: reference() }
    const grade = gradePythonAnswer({ exercise: getPythonGrading(id), cases, learner: { ok: true, runs: learner, elapsedMs: 1 }, knownWrong: [rightEverywhere] })
    expect(grade.feedback.join(' ')).not.toContain('never shown')
  })

  it('throws when given no cases to grade on (a mistake of the caller)', () => {
    expect(() => gradePythonAnswer({ exercise: getPythonGrading(id), cases: [], learner: { ok: true, runs: [], elapsedMs: 1 } })).toThrow(/no cases/)
  })
})
