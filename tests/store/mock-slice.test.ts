/**
 * The mock interview loop in the store, without React: parts under a clock (fake timers), ended
 * by the exercise's own Submit or by time, graded by the same actions as the exercise pages, kept
 * as a report that persists, migrates and travels in the export file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { accepted, fake, fakeModel, fakePython, fakeServices, resetFakes } from '../components/support/fake-services'
import type { Grade } from '../../src/engine/types'
import type { ModelGrade } from '../../src/engine/schema/types'

vi.mock('react', () => {
  throw new Error('the store core must not import React')
})
// Two scenarios with all four kinds: the fixture shop (with a product-sense question graded by
// the real feed-engagement rubric) and a copy of it under another id, for the mixed loop.
vi.mock('../../src/scenarios/index', async () => {
  const fixture = await import('../components/support/fixture-scenario')
  const { toExerciseId, toScenarioId } = await import('../../src/engine/ids')
  const product = {
    id: toExerciseId('fixture-shop/product-sense'),
    kind: 'product' as const,
    title: 'Why did revenue fall?',
    difficulty: 'medium' as const,
    statement: 'Revenue fell. What do you look at, and how do you test a fix?',
    hints: [],
    loadRubric: async () => (await import('../../src/scenarios/feed-engagement/product-sense.rubric')).default,
  }
  // A question whose rubric fails to load (a lost network): its Submit puts the old verdict back.
  const broken = { ...product, id: toExerciseId('fixture-shop/product-broken'), loadRubric: async () => Promise.reject(new Error('offline')) }
  const shop = {
    ...fixture.fixtureScenario,
    exercises: [product, ...fixture.fixtureScenario.exercises, broken],
    followUps: [
      { id: 'late-data', part: 'sql' as const, question: 'Late orders?', talkingPoints: ['Reprocess'], tags: [] },
      { id: 'ownership', part: 'collaboration' as const, question: 'Who owns it?', talkingPoints: ['You'], tags: [] },
    ],
  }
  const ads = {
    ...shop,
    id: toScenarioId('fixture-ads'),
    title: 'Fixture Ads',
    exercises: shop.exercises.map((e) => ({ ...e, id: toExerciseId(e.id.replace('fixture-shop/', 'fixture-ads/')) })),
  }
  const scenarios = [shop, ads]
  const findExercise = (id: string) => {
    for (const scenario of scenarios) {
      const exercise = scenario.exercises.find((e) => e.id === id)
      if (exercise) return { scenario, exercise }
    }
    return undefined
  }
  return { scenarios, findScenario: (id: string) => scenarios.find((s) => s.id === id), findExercise, allExercises: () => scenarios.flatMap((s) => s.exercises) }
})

const { createAppStore } = await import('../../src/store/core')
const { planMockLoop, checkMockPlan, mockFollowUps, DEFAULT_PART_MINUTES } = await import('../../src/store/mock-plan')
const { describeMockResult, mockPhase, mockTimerNotice, summarizeMock, pastMocks } = await import('../../src/store/mock-slice')
const { sanitizePersisted, migratePersisted } = await import('../../src/store/migrate')
const { createExport, readExport } = await import('../../src/store/transfer')
const { findScenario } = await import('../../src/scenarios/index')

const PRODUCT = 'fixture-shop/product-sense'
const MODEL = 'fixture-shop/data-model'
const SQL = 'fixture-shop/sql-top-customers'
const PY = 'fixture-shop/py-basket'

const newStore = () => createAppStore({ loadServices: async () => fakeServices })
type Store = ReturnType<typeof newStore>

const realSetTimeout = globalThis.setTimeout

/**
 * Lets pending work (runtime start, dynamic imports of graders, grading) settle without moving the
 * fake clock: fires timers due now, and gives real I/O a few real milliseconds, until `until` holds.
 */
const settle = async (until: () => boolean = () => false, rounds = 20) => {
  for (let i = 0; i < rounds && !until(); i++) {
    await vi.advanceTimersByTimeAsync(0)
    await new Promise((resolve) => realSetTimeout(resolve, 5))
  }
}
const settled = async (promise: Promise<unknown>) => {
  let done = false
  void promise.finally(() => (done = true))
  await settle(() => done, 400)
  await promise
}

const shortPlan = () => [
  { kind: 'product' as const, exerciseId: PRODUCT, secondsGiven: 60 },
  { kind: 'model' as const, exerciseId: MODEL, secondsGiven: 30 },
  { kind: 'sql' as const, exerciseId: SQL, secondsGiven: 120 },
  { kind: 'python' as const, exerciseId: PY, secondsGiven: 90 },
]

const loopOf = (store: Store, id: string) => store.getState().mockLoops[id]

beforeEach(() => {
  resetFakes()
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  vi.setSystemTime(new Date('2026-12-06T09:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('planning a loop', () => {
  it('takes the four parts in order with the real loop times, each on its first unsolved exercise', () => {
    expect(planMockLoop('fixture-shop', { solved: {}, loops: {} })).toEqual([
      { kind: 'product', exerciseId: PRODUCT, secondsGiven: 15 * 60 },
      { kind: 'model', exerciseId: MODEL, secondsGiven: 15 * 60 },
      { kind: 'sql', exerciseId: SQL, secondsGiven: 25 * 60 },
      { kind: 'python', exerciseId: PY, secondsGiven: 25 * 60 },
    ])
    expect(DEFAULT_PART_MINUTES).toEqual({ product: 15, model: 15, sql: 25, python: 25 })
    const withHook = planMockLoop('fixture-shop', { solved: {}, loops: {}, secondsPerPart: 5 })
    expect(withHook.map((part) => part.secondsGiven)).toEqual([5, 5, 5, 5])
  })

  it('draws the mixed loop from different scenarios, and turns to others on the next mixed loop', () => {
    const first = planMockLoop('mixed', { solved: {}, loops: {} })
    expect(first.map((part) => part.kind)).toEqual(['product', 'model', 'sql', 'python'])
    expect(first.map((part) => part.exerciseId.split('/')[0])).toEqual(['fixture-shop', 'fixture-ads', 'fixture-shop', 'fixture-ads'])
    const past = { a: { id: 'a', scope: 'mixed', startedAt: '2026-12-01T00:00:00Z', status: 'finished' as const, current: 0, parts: first, setAside: {} } }
    const second = planMockLoop('mixed', { solved: {}, loops: past })
    expect(second.map((part) => part.exerciseId.split('/')[0])).toEqual(['fixture-ads', 'fixture-shop', 'fixture-ads', 'fixture-shop'])
  })

  it('refuses a plan with a part of the wrong kind, from another scenario, or without time', () => {
    expect(checkMockPlan('fixture-shop', shortPlan())).toBeUndefined()
    expect(checkMockPlan('nowhere', shortPlan())).toMatch(/no scenario "nowhere"/)
    expect(checkMockPlan('fixture-shop', [{ kind: 'sql', exerciseId: PY, secondsGiven: 60 }])).toMatch(/is not a sql exercise/)
    expect(checkMockPlan('fixture-shop', [{ kind: 'sql', exerciseId: 'fixture-ads/sql-top-customers', secondsGiven: 60 }])).toMatch(/not an exercise of this scenario/)
    expect(checkMockPlan('mixed', [{ kind: 'sql', exerciseId: 'fixture-ads/sql-top-customers', secondsGiven: 60 }])).toBeUndefined()
    expect(checkMockPlan('fixture-shop', [{ kind: 'sql', exerciseId: SQL, secondsGiven: 0 }])).toMatch(/between 1 second/)
    expect(() => newStore().getState().startMock('fixture-shop', [])).toThrow(/at least one part/)
  })

  it('shows the follow-ups of the part, and the collaboration ones after the last part or when the part has none', () => {
    const shop = findScenario('fixture-shop')!
    expect(mockFollowUps(shop, 'sql', false).map((f) => f.id)).toEqual(['late-data'])
    expect(mockFollowUps(shop, 'sql', true).map((f) => f.id)).toEqual(['late-data', 'ownership'])
    expect(mockFollowUps(shop, 'product', false).map((f) => f.id)).toEqual(['ownership'])
  })
})

describe('running a loop', () => {
  it('runs four parts: Submit ends one, time ends another, each graded by its own grader and reported', async () => {
    const store = newStore()
    store.getState().setDraft(SQL, 'SELECT my practice draft')
    const id = store.getState().startMock('fixture-shop', shortPlan())
    expect(mockPhase(loopOf(store, id))).toBe('running')

    // Part 1, product sense: the learner writes and presses Submit (the exercise page's action) after 42 s.
    await vi.advanceTimersByTimeAsync(42_000)
    store.getState().setDraft(PRODUCT, '## Metrics\n\nDAU/MAU and its parts.')
    await settled(store.getState().submit(PRODUCT))
    let part = loopOf(store, id).parts[0]
    expect(part.endedBy).toBe('submit')
    expect(part.result).toMatchObject({ verdict: 'rejected', secondsUsed: 42 })
    expect(part.result!.missed.length).toBeGreaterThan(0)
    expect(part.result!.missed[0]).toMatch(/: /)
    // The feedback keeps its summary line but not the long form of the points listed as missed.
    expect(part.result!.feedback[0]).toMatch(/^Rejected/)
    expect(part.result!.feedback.slice(1).filter((line) => part.result!.missed.some((point) => point.startsWith(`${line.split(':')[0]}:`)))).toEqual([])
    expect(part.answer).toBe('## Metrics\n\nDAU/MAU and its parts.')
    expect(mockPhase(loopOf(store, id))).toBe('follow-ups')
    // The follow-ups are not timed: nothing moves until the learner goes on.
    await vi.advanceTimersByTimeAsync(600_000)
    expect(loopOf(store, id).current).toBe(0)

    // Part 2, data model: nobody presses Submit; at 30 s what was written is graded.
    const failing: ModelGrade = {
      verdict: 'rejected',
      score: 40,
      checks: [
        { id: 'role:fact', status: 'pass', message: 'There is an order fact.', weight: 1, required: true },
        { id: 'grain:fact', status: 'fail', message: 'The order fact has no key at its grain.', weight: 1, required: true },
      ],
      feedback: ['This looks like a common mistake: one wide table for everything. Hint: split facts from dimensions.', 'The order fact has no key at its grain.'],
      diagrams: { answer: { tables: [], relations: [] }, reference: { tables: [], relations: [] } } as unknown as ModelGrade['diagrams'],
      questions: [],
    }
    fakeModel.grade.mockResolvedValue(failing)
    store.getState().nextMockPart(id)
    expect(loopOf(store, id).current).toBe(1)
    store.getState().setDraft(MODEL, 'CREATE TABLE everything (id INT)')
    await vi.advanceTimersByTimeAsync(29_000)
    expect(mockPhase(loopOf(store, id))).toBe('running')
    await vi.advanceTimersByTimeAsync(1_000)
    await settle()
    part = loopOf(store, id).parts[1]
    expect(part.endedBy).toBe('time')
    expect(fakeModel.grade).toHaveBeenCalledWith(expect.objectContaining({ answer: 'CREATE TABLE everything (id INT)' }))
    expect(part.result).toEqual({
      verdict: 'rejected',
      score: 40,
      secondsUsed: 30,
      mistakes: ['One wide table for everything'],
      missed: ['The order fact has no key at its grain.'],
      // The failed check is listed once, under the checks, not again as feedback.
      feedback: [failing.feedback[0]],
    })

    // Part 3, SQL: started on a blank answer, the practice draft put aside; Submit after 10 s is accepted.
    store.getState().nextMockPart(id)
    expect(store.getState().drafts[SQL]).toBeUndefined()
    expect(loopOf(store, id).setAside[SQL]).toBe('SELECT my practice draft')
    await vi.advanceTimersByTimeAsync(10_000)
    store.getState().setDraft(SQL, 'SELECT customer_id, SUM(amount) FROM orders GROUP BY 1')
    await settled(store.getState().submit(SQL))
    part = loopOf(store, id).parts[2]
    expect(part.result).toMatchObject({ verdict: 'accepted', score: 100, secondsUsed: 10 })
    expect(store.getState().solved[SQL]).toBeDefined()
    // The practice draft is back; the loop's answer is in the loop.
    expect(store.getState().drafts[SQL]).toBe('SELECT my practice draft')
    expect(part.answer).toBe('SELECT customer_id, SUM(amount) FROM orders GROUP BY 1')

    // Part 4, Python: time runs out on the untouched starter code, which is graded.
    fakePython.grade.mockResolvedValue({ ...accepted, verdict: 'rejected', score: 20, feedback: ['Case 1 differs.'] })
    store.getState().nextMockPart(id)
    await vi.advanceTimersByTimeAsync(90_000)
    await settle()
    expect(fakePython.grade).toHaveBeenCalledWith(expect.objectContaining({ id: PY }), 'class BasketProcessor:\n    pass\n')
    expect(loopOf(store, id).parts[3].result).toMatchObject({ verdict: 'rejected', score: 20, secondsUsed: 90 })

    store.getState().nextMockPart(id)
    const loop = loopOf(store, id)
    expect(loop.status).toBe('finished')
    expect(summarizeMock(loop)).toEqual({ parts: 4, graded: 4, accepted: 1, averageScore: Math.round((loop.parts[0].result!.score + 40 + 100 + 20) / 4), secondsUsed: 42 + 30 + 10 + 90, secondsGiven: 300 })
    expect(pastMocks(store.getState().mockLoops).map((l) => l.id)).toEqual([id])
    expect(fake.grade).toHaveBeenCalledTimes(1)
  })

  it('waits for a Run in progress when time runs out, then grades the answer', async () => {
    const store = newStore()
    let finishRun!: () => void
    fake.run.mockImplementation(() => new Promise((resolve) => (finishRun = () => resolve({ ok: true, result: { columns: ['a'], rows: [[1]], rowCount: 1, truncated: false, elapsedMs: 1 } }))))
    const id = store.getState().startMock('fixture-shop', [{ kind: 'sql', exerciseId: SQL, secondsGiven: 20 }])
    store.getState().setDraft(SQL, 'SELECT 1')
    const running = store.getState().run(SQL)
    await settle()
    await vi.advanceTimersByTimeAsync(20_000)
    expect(mockPhase(loopOf(store, id))).toBe('grading')
    expect(fake.grade).not.toHaveBeenCalled()
    finishRun()
    await running
    await settle()
    expect(fake.grade).toHaveBeenCalledWith(expect.objectContaining({ id: SQL }), 'SELECT 1')
    expect(loopOf(store, id).parts[0].result).toMatchObject({ verdict: 'accepted', secondsUsed: 20 })
  })

  it('picks up after a reload: a part whose time ran out meanwhile is graded on resume', async () => {
    const first = newStore()
    const id = first.getState().startMock('fixture-shop', [{ kind: 'sql', exerciseId: SQL, secondsGiven: 60 }, { kind: 'python', exerciseId: PY, secondsGiven: 60 }])
    first.getState().setDraft(SQL, 'SELECT 2')
    // What persist wrote, read back by a new store (the page reloaded); the old one is gone.
    const saved = JSON.parse(JSON.stringify({ mockLoops: first.getState().mockLoops, drafts: first.getState().drafts }))
    first.getState().stopMock(id)
    const second = newStore()
    second.setState(sanitizePersisted(saved))
    await vi.advanceTimersByTimeAsync(120_000)
    expect(fake.grade).not.toHaveBeenCalled()
    second.getState().resumeMock()
    await settle()
    expect(fake.grade).toHaveBeenCalledWith(expect.objectContaining({ id: SQL }), 'SELECT 2')
    expect(loopOf(second, id).parts[0]).toMatchObject({ endedBy: 'time', result: { verdict: 'accepted', secondsUsed: 60 } })
  })

  it('stops a loop: drafts given back, graded parts kept, a late grade ignored', async () => {
    const store = newStore()
    store.getState().setDraft(PY, 'def mine(): pass')
    const id = store.getState().startMock('fixture-shop', [{ kind: 'python', exerciseId: PY, secondsGiven: 60 }])
    expect(store.getState().drafts[PY]).toBeUndefined()
    store.getState().stopMock(id)
    expect(store.getState().drafts[PY]).toBe('def mine(): pass')
    expect(loopOf(store, id).status).toBe('stopped')
    await store.getState().submit(PY)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(loopOf(store, id).parts[0].result).toBeUndefined()
    expect(pastMocks(store.getState().mockLoops)).toEqual([])
  })

  it('ends a part whose Submit could not grade (its rubric did not load) as "could not be graded"', async () => {
    const store = newStore()
    const id = store.getState().startMock('fixture-shop', [{ kind: 'product', exerciseId: 'fixture-shop/product-broken', secondsGiven: 60 }])
    await vi.advanceTimersByTimeAsync(5_000)
    await settled(store.getState().submit('fixture-shop/product-broken'))
    expect(loopOf(store, id).parts[0]).toMatchObject({ endedBy: 'submit', result: { verdict: 'error', secondsUsed: 5, feedback: ['The answer could not be graded.'] } })
    expect(mockPhase(loopOf(store, id))).toBe('follow-ups')
  })

  it('starting a loop stops the one running', () => {
    const store = newStore()
    const a = store.getState().startMock('fixture-shop', [{ kind: 'sql', exerciseId: SQL, secondsGiven: 60 }])
    const b = store.getState().startMock('mixed', [{ kind: 'sql', exerciseId: 'fixture-ads/sql-top-customers', secondsGiven: 60 }])
    expect(loopOf(store, a).status).toBe('stopped')
    expect(loopOf(store, b).status).toBe('running')
  })
})

describe('what a part reports', () => {
  it('names the diagnosed mistake, or every known mistake line, and the grader error', () => {
    const rejected: Grade = {
      verdict: 'rejected',
      score: 0,
      checks: [],
      feedback: ['Dataset hidden-1: 2 rows missing. This looks like a common mistake: your MAU counts user-days, not users.'],
    }
    expect(describeMockResult('sql', { status: 'done', grade: rejected }, undefined, 5).mistakes).toEqual(['Your MAU counts user-days, not users'])
    const diagnosed = { ...rejected, diagnosis: { id: 'pattern:x', source: 'pattern' as const, concept: 'the join drops users without events.' } }
    expect(describeMockResult('sql', { status: 'done', grade: diagnosed }, undefined, 5).mistakes).toEqual(['The join drops users without events'])
    expect(describeMockResult('python', { status: 'error', message: 'Pyodide did not start.' }, undefined, 5)).toEqual({
      verdict: 'error',
      score: 0,
      secondsUsed: 5,
      mistakes: [],
      missed: [],
      feedback: ['Pyodide did not start.'],
    })
  })

  it('speaks at five minutes, one minute and time up, and only when the part is longer than the mark', () => {
    expect(mockTimerNotice(900, 900)).toBe('')
    expect(mockTimerNotice(300, 900)).toBe('Five minutes left.')
    expect(mockTimerNotice(61, 900)).toBe('Five minutes left.')
    expect(mockTimerNotice(60, 900)).toBe('One minute left.')
    expect(mockTimerNotice(0, 900)).toBe('Time is up. Your answer is being graded.')
    expect(mockTimerNotice(4, 5)).toBe('')
    expect(mockTimerNotice(0, 5)).toBe('Time is up. Your answer is being graded.')
  })
})

describe('loops persist, migrate and travel', () => {
  const loop = {
    id: 'abc123',
    scope: 'fixture-shop',
    startedAt: '2026-12-06T09:00:00.000Z',
    finishedAt: '2026-12-06T10:00:00.000Z',
    status: 'finished' as const,
    current: 0,
    setAside: {},
    parts: [
      {
        kind: 'sql' as const,
        exerciseId: SQL,
        secondsGiven: 1500,
        startedAt: '2026-12-06T09:00:00.000Z',
        endedAt: '2026-12-06T09:10:00.000Z',
        endedBy: 'submit' as const,
        answer: 'SELECT 1',
        result: { verdict: 'rejected' as const, score: 0, secondsUsed: 600, mistakes: ['x'], missed: [], feedback: ['y'] },
      },
    ],
  }

  it('reads older stores with no loops, keeps whole loops and drops damaged ones', () => {
    expect(migratePersisted({ reviews: {}, drafts: { [SQL]: 'SELECT 1' } }, 3).mockLoops).toEqual({})
    const damaged = { ...loop, id: 'bad', parts: [{ ...loop.parts[0], kind: 'haiku' }] }
    expect(sanitizePersisted({ mockLoops: { abc123: loop, bad: damaged } }).mockLoops).toEqual({ abc123: loop })
  })

  it('writes loops to the export file and reads them back; a damaged loop refuses the file', () => {
    const file = createExport({ ...sanitizePersisted({}), mockLoops: { abc123: loop } }, new Date('2026-12-06T11:00:00Z'))
    expect(file.version).toBe(4)
    const read = readExport(JSON.stringify(file))
    expect(read.ok && read.state.mockLoops).toEqual({ abc123: loop })
    const damaged = JSON.parse(JSON.stringify(file))
    damaged.state.mockLoops.abc123.parts[0].result.score = 140
    const refused = readExport(JSON.stringify(damaged))
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error).toMatch(/^This export is damaged: state\.mockLoops\.abc123\.parts\.0\.result\.score/)
    // A version 3 export (before loops) still reads.
    const v3 = readExport(JSON.stringify({ ...file, version: 3, state: { drafts: { [SQL]: 'SELECT 3' } } }))
    expect(v3.ok && v3.state.mockLoops).toEqual({})
  })
})
