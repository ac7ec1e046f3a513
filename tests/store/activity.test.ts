/**
 * The activity log behind the progress page's charts, the time spent per exercise, and the
 * review drill: a Submit of an exercise with a due review moves it on (correct) or starts it over.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KNOWN_MISTAKE_PREFIX } from '../../src/engine/feedback-words'
import { accepted, fake, fakeServices, rejectedWithDiff, resetFakes } from '../components/support/fake-services'
import { SQL_ID } from '../components/support/fixture-scenario'

vi.mock('../../src/scenarios/index', async () => await import('../components/support/fixture-scenario'))

const { createAppStore } = await import('../../src/store/core')
const { sanitizePersisted } = await import('../../src/store/migrate')
const { readExport, createExport } = await import('../../src/store/transfer')

const DAY = 24 * 60 * 60 * 1000
const DAY_1 = Date.parse('2024-06-10T09:00:00Z')

const newStore = () => {
  resetFakes()
  return createAppStore({ loadServices: async () => fakeServices })
}

const knownMistake = {
  ...rejectedWithDiff,
  feedback: [`${KNOWN_MISTAKE_PREFIX}your MAU counts user-days, not distinct users.`, ...rejectedWithDiff.feedback],
  diagnosis: { id: 'mistake:mau-counts-user-days', source: 'known-mistake' as const, concept: 'your MAU counts user-days, not distinct users.' },
}

afterEach(() => vi.useRealTimers())

describe('the activity log', () => {
  it('logs each graded Submit with its verdict and named mistake, and counts the time on the page', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(DAY_1)
    const store = newStore()
    const release = store.getState().openExercise(SQL_ID)
    vi.setSystemTime(DAY_1 + 90_000)
    fake.grade.mockResolvedValue(knownMistake)
    await store.getState().submit(SQL_ID, 'SELECT 1')
    vi.setSystemTime(DAY_1 + 150_000)
    fake.grade.mockResolvedValue(accepted)
    await store.getState().submit(SQL_ID, 'SELECT 2')
    vi.setSystemTime(DAY_1 + 180_000)
    release()
    release()

    expect(store.getState().activity).toEqual([
      { at: new Date(DAY_1 + 90_000).toISOString(), exerciseId: SQL_ID, verdict: 'rejected', mistakes: [{ id: 'mistake:mau-counts-user-days', label: 'your MAU counts user-days, not distinct users.' }] },
      { at: new Date(DAY_1 + 150_000).toISOString(), exerciseId: SQL_ID, verdict: 'accepted', mistakes: [] },
    ])
    expect(store.getState().timeSpent).toEqual({ [SQL_ID]: 180 })
  })

  it('counts a page left open overnight as at most 30 minutes', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(DAY_1)
    const store = newStore()
    const release = store.getState().openExercise(SQL_ID)
    vi.setSystemTime(DAY_1 + 10 * 60 * 60 * 1000)
    release()
    expect(store.getState().timeSpent[SQL_ID]).toBe(30 * 60)
  })

  it('does not log a Submit that could not be graded', async () => {
    const store = newStore()
    fake.grade.mockRejectedValue(new Error('the worker died'))
    await store.getState().submit(SQL_ID, 'SELECT 1')
    expect(store.getState().sessions[SQL_ID].grade.status).toBe('error')
    expect(store.getState().activity).toEqual([])
    expect(store.getState().attempts[SQL_ID]).toBe(1)
  })

  it('travels through an export and back, and reads damaged entries away', () => {
    const store = newStore()
    store.setState({
      activity: [{ at: '2024-06-10T09:00:00.000Z', exerciseId: SQL_ID, verdict: 'accepted', mistakes: [] }],
      timeSpent: { [SQL_ID]: 42 },
    })
    const result = readExport(JSON.stringify(createExport(store.getState())))
    expect(result.ok && result.state.activity).toEqual(store.getState().activity)
    expect(result.ok && result.state.timeSpent).toEqual({ [SQL_ID]: 42 })
    const read = sanitizePersisted({ activity: [{ at: 'never', exerciseId: SQL_ID, verdict: 'accepted' }, { at: '2024-06-10T09:00:00Z', exerciseId: SQL_ID, verdict: 'maybe' }, 'x'], timeSpent: { a: -1, b: 'x' } })
    expect(read.activity).toEqual([])
    expect(read.timeSpent).toEqual({})
    expect(sanitizePersisted({}).activity, 'data written before the log existed').toEqual([])
  })
})

describe('the review drill', () => {
  it('a known mistake on day 1 is due on day 2; a correct retry then moves it on to 3 days later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(DAY_1)
    const store = newStore()
    fake.grade.mockResolvedValue(knownMistake)
    await store.getState().submit(SQL_ID, 'SELECT 1')
    const id = `mistake:${SQL_ID}`
    expect(store.getState().reviews[id]).toMatchObject({ step: 0, dueAt: new Date(DAY_1 + DAY).toISOString() })

    // A correct answer the same day is not the review: the schedule stays.
    fake.grade.mockResolvedValue(accepted)
    await store.getState().submit(SQL_ID, 'SELECT 2')
    expect(store.getState().reviews[id]).toMatchObject({ step: 0, dueAt: new Date(DAY_1 + DAY).toISOString() })

    vi.setSystemTime(DAY_1 + DAY + 60_000)
    await store.getState().submit(SQL_ID, 'SELECT 2')
    expect(store.getState().reviews[id]).toMatchObject({ step: 1, dueAt: new Date(DAY_1 + DAY + 60_000 + 3 * DAY).toISOString() })
  })

  it('a wrong retry of a due item starts its schedule over, even without naming the mistake again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(DAY_1)
    const store = newStore()
    fake.grade.mockResolvedValue(knownMistake)
    await store.getState().submit(SQL_ID, 'SELECT 1')
    const id = `mistake:${SQL_ID}`
    store.getState().completeReview(id)
    vi.setSystemTime(DAY_1 + 5 * DAY)
    expect(store.getState().reviews[id].step).toBe(1)
    fake.grade.mockResolvedValue(rejectedWithDiff)
    await store.getState().submit(SQL_ID, 'SELECT 3')
    expect(store.getState().reviews[id]).toMatchObject({ step: 0, dueAt: new Date(DAY_1 + 6 * DAY).toISOString() })
  })
})
