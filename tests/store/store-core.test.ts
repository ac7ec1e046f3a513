/**
 * The store's core runs without React: a Submit goes store action -> runtime -> grader ->
 * state in a plain Node test, with fake services. React itself is made unimportable here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { accepted, fake, fakeServices, rejectedWithDiff, resetFakes } from '../components/support/fake-services'
import { PY_ID, SQL_ID } from '../components/support/fixture-scenario'

vi.mock('react', () => {
  throw new Error('the store core must not import React')
})
vi.mock('../../src/scenarios/index', async () => await import('../components/support/fixture-scenario'))

const { createAppStore } = await import('../../src/store/core')

const newStore = () => {
  resetFakes()
  return createAppStore({ loadServices: async () => fakeServices })
}

afterEach(() => vi.useRealTimers())

describe('the store core, without React', () => {
  it('runs and grades a SQL answer by exercise id: the runtime loads, the verdict lands, Solved is recorded', async () => {
    const store = newStore()
    const release = store.getState().openExercise(SQL_ID)
    await vi.waitFor(() => expect(store.getState().runtimes['sql:fixture-shop']).toEqual({ status: 'ready' }))
    await store.getState().run(SQL_ID, 'SELECT customer_id, revenue FROM t')
    expect(store.getState().sessions[SQL_ID].run.status).toBe('done')
    await store.getState().submit(SQL_ID, 'SELECT customer_id, revenue FROM t')
    expect(fake.grade).toHaveBeenCalledWith(expect.objectContaining({ id: SQL_ID }), 'SELECT customer_id, revenue FROM t')
    expect(store.getState().sessions[SQL_ID].grade).toEqual({ status: 'done', grade: accepted })
    expect(store.getState().solved[SQL_ID]).toBeDefined()
    expect(store.getState().attempts[SQL_ID]).toBe(1)
    release()
    await vi.waitFor(() => expect(fake.disposed).toBe(fake.created))
    expect(store.getState().runtimes['sql:fixture-shop']).toBeUndefined()
  })

  it('is ready for Run on the visible dataset alone; the hidden variants are added before the first grading', async () => {
    const store = newStore()
    let releaseHidden = () => {}
    const hiddenGate = new Promise<void>((resolve) => (releaseHidden = resolve))
    const images = fake.fetchImages.getMockImplementation()!
    fake.fetchImages.mockImplementation(async (id, keys) => {
      if (!keys.includes('visible')) await hiddenGate
      return images(id, keys)
    })
    const release = store.getState().openExercise(SQL_ID)
    await vi.waitFor(() => expect(store.getState().runtimes['sql:fixture-shop']).toEqual({ status: 'ready' }))
    expect(fake.fetchImages).toHaveBeenNthCalledWith(1, 'fixture-shop', ['visible'])
    expect(fake.load).toHaveBeenCalledTimes(1)
    expect(fake.load.mock.calls[0][1].map((image) => image.key)).toEqual(['visible'])
    await store.getState().run(SQL_ID, 'SELECT 1')
    expect(store.getState().sessions[SQL_ID].run.status).toBe('done')

    // A Submit waits for the hidden variants, added to (not replacing) the visible one.
    const submitted = store.getState().submit(SQL_ID, 'SELECT 1')
    await vi.waitFor(() => expect(fake.fetchImages).toHaveBeenCalledWith('fixture-shop', ['hidden-1']))
    expect(fake.prepare).not.toHaveBeenCalled()
    expect(fake.grade).not.toHaveBeenCalled()
    releaseHidden()
    await submitted
    expect(fake.load).toHaveBeenLastCalledWith('2024-06-30', [expect.objectContaining({ key: 'hidden-1' })], { add: true })
    expect(fake.grade).toHaveBeenCalledTimes(1)
    release()
    await vi.waitFor(() => expect(fake.disposed).toBe(fake.created))
  })

  it('warms an exercise runtime before its page opens; the page keeps it and its release ends it', async () => {
    const store = newStore()
    store.getState().warmExercise(SQL_ID)
    await vi.waitFor(() => expect(store.getState().runtimes['sql:fixture-shop']).toEqual({ status: 'ready' }))
    expect(fake.created).toBe(1)
    const release = store.getState().openExercise(SQL_ID)
    expect(fake.created).toBe(1)
    release()
    await vi.waitFor(() => expect(fake.disposed).toBe(1))
    expect(store.getState().runtimes['sql:fixture-shop']).toBeUndefined()
  })

  it('grades the draft when no answer is given, and an empty one without starting anything', async () => {
    const store = newStore()
    store.getState().setDraft(SQL_ID, '   ')
    await store.getState().submit(SQL_ID)
    const grade = store.getState().sessions[SQL_ID].grade
    expect(grade.status === 'done' && grade.grade.feedback[0]).toMatch(/empty/)
    expect(fake.created).toBe(0)
  })

  it('does nothing for an unknown exercise id', async () => {
    const store = newStore()
    await store.getState().submit('nope/nothing', 'SELECT 1')
    expect(store.getState().sessions).toEqual({})
  })

  it('keeps one runtime while a release is followed at once by a new use, and ends one released during its start', async () => {
    const store = newStore()
    const first = store.getState().openExercise(SQL_ID)
    first()
    const second = store.getState().openExercise(SQL_ID)
    await vi.waitFor(() => expect(store.getState().runtimes['sql:fixture-shop']).toEqual({ status: 'ready' }))
    expect(fake.created).toBe(1)
    second()
    await vi.waitFor(() => expect(fake.disposed).toBe(1))

    // Released and ended before it finished starting: it creates nothing more and leaks nothing.
    fake.holdLoad = true
    const loadsBefore = fake.load.mock.calls.length
    const third = store.getState().openExercise(SQL_ID)
    await vi.waitFor(() => expect(fake.load).toHaveBeenCalledTimes(loadsBefore + 1))
    third()
    store.getState().disposeRuntimes()
    fake.releaseLoad()
    await vi.waitFor(() => expect(fake.disposed).toBe(fake.created))
  })

  it('keeps Python warm for a minute after its last page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const store = newStore()
    const { fakePython } = await import('../components/support/fake-services')
    const release = store.getState().openExercise(PY_ID)
    await vi.waitFor(() => expect(store.getState().runtimes.python).toEqual({ status: 'ready' }))
    release()
    vi.advanceTimersByTime(59_000)
    expect(fakePython.disposed).toBe(0)
    vi.advanceTimersByTime(2_000)
    expect(fakePython.disposed).toBe(1)
  })

  it('looks for a small example after a rejected SQL Submit, without changing the verdict, and stops it for the next action', async () => {
    const store = newStore()
    const example = {
      dataset: 'visible',
      tables: { orders: { columns: ['order_id', 'amount'], rows: [[1, 10]] } },
      expected: { columns: ['customer_id', 'revenue'], rows: [[1, 10]] },
      actual: { columns: ['customer_id', 'revenue'], rows: [] },
      sentence: 'On this 1 input row the reference returns 1 row and your answer none.',
      rows: 1,
      minimal: true,
      tests: 3,
      ms: 5,
    }
    fake.grade.mockResolvedValue(rejectedWithDiff)
    fake.counterexample.mockResolvedValue({ ok: true, result: { found: true, counterexample: example } })
    await store.getState().submit(SQL_ID, 'SELECT 1')
    expect(store.getState().sessions[SQL_ID].grade).toEqual({ status: 'done', grade: rejectedWithDiff })
    await vi.waitFor(() => expect(store.getState().sessions[SQL_ID].counterexample).toEqual({ status: 'done', example }))
    const [dataset, answer, , options] = fake.counterexample.mock.calls[0]
    expect([dataset, answer]).toEqual(['visible', 'SELECT 1'])
    expect(options?.results).toEqual({ expected: rejectedWithDiff.diff!.expected, actual: rejectedWithDiff.diff!.actual })

    // A search still running when the learner submits again is stopped, and its result dropped.
    let signal: AbortSignal | undefined
    fake.counterexample.mockImplementation((_d, _a, _r, o) => {
      signal = o?.signal
      return new Promise((resolve) => o?.signal?.addEventListener('abort', () => resolve({ ok: true, result: { found: true, counterexample: example } })))
    })
    const pending = store.getState().findCounterexample(SQL_ID)
    await vi.waitFor(() => expect(store.getState().sessions[SQL_ID].counterexample?.status).toBe('searching'))
    fake.grade.mockResolvedValue(accepted)
    await store.getState().submit(SQL_ID, 'SELECT 2')
    await pending
    expect(signal?.aborted).toBe(true)
    expect(store.getState().sessions[SQL_ID].grade).toEqual({ status: 'done', grade: accepted })
    expect(store.getState().sessions[SQL_ID].counterexample).toBeUndefined()
  })

  it('holds back a diagnosed fix on the first rejection, shows it when the same mistake comes back or when asked for', async () => {
    const store = newStore()
    const diagnosed = (id: string) => ({ ...rejectedWithDiff, diagnosis: { id, source: 'known-mistake' as const, concept: 'your DAU counts sessions.', fix: 'Count DISTINCT user_id.' } })
    fake.grade.mockResolvedValue(diagnosed('mistake:dau-sessions'))
    await store.getState().submit(SQL_ID, 'SELECT 1')
    expect(store.getState().sessions[SQL_ID]).toMatchObject({ fixShown: false, mistakeCounts: { 'mistake:dau-sessions': 1 } })

    fake.grade.mockResolvedValue(diagnosed('mistake:other'))
    await store.getState().submit(SQL_ID, 'SELECT 2')
    expect(store.getState().sessions[SQL_ID].fixShown).toBe(false)

    fake.grade.mockResolvedValue(diagnosed('mistake:dau-sessions'))
    await store.getState().submit(SQL_ID, 'SELECT 3')
    expect(store.getState().sessions[SQL_ID]).toMatchObject({ fixShown: true, mistakeCounts: { 'mistake:dau-sessions': 2, 'mistake:other': 1 } })

    fake.grade.mockResolvedValue(rejectedWithDiff)
    await store.getState().submit(SQL_ID, 'SELECT 4')
    expect(store.getState().sessions[SQL_ID].fixShown).toBe(false)
    store.getState().revealFix(SQL_ID)
    expect(store.getState().sessions[SQL_ID].fixShown, 'nothing to reveal without a diagnosis').toBe(false)

    fake.grade.mockResolvedValue(diagnosed('mistake:new'))
    await store.getState().submit(SQL_ID, 'SELECT 5')
    store.getState().revealFix(SQL_ID)
    expect(store.getState().sessions[SQL_ID].fixShown).toBe(true)
  })
})
