import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SQL_ID } from './support/fixture-scenario'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

const KEY = 'de-trainer'

/** A page load: fresh modules, so the store is created again and hydrates from localStorage. */
async function reload(hash: string) {
  vi.resetModules()
  const fakes = await import('./support/fake-services')
  fakes.resetFakes()
  const store = await import('../../src/store')
  const { App } = await import('../../src/app/app')
  window.location.hash = hash
  const view = render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
  return { store, view, fakes }
}

const exerciseItem = () =>
  within(screen.getByRole('list', { name: 'Fixture Shop Orders: exercises' }))
    .getByRole('link', { name: 'Top customers by revenue' })
    .closest('li')!

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('progress and drafts across reloads', () => {
  it('keeps Solved and the draft after a reload', async () => {
    const first = await reload(`#/exercise/${SQL_ID}`)
    await screen.findByTestId('monaco')
    const user = userEvent.setup()
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'SELECT 7')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Accepted/))
    first.view.unmount()

    const stored = JSON.parse(localStorage.getItem(KEY)!)
    expect(stored.version).toBe(4)
    expect(stored.state.solved[SQL_ID].at).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(stored.state).not.toHaveProperty('sessions')

    const home = await reload('#/')
    expect(within(exerciseItem()).getByText('Solved')).toBeInTheDocument()
    home.view.unmount()

    await reload(`#/exercise/${SQL_ID}`)
    await screen.findByTestId('monaco')
    expect(screen.getByText('Solved')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Answer' })).toHaveValue('SELECT 7')
    // The verdict itself is session state: a reload starts without one.
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('starts fresh when the stored JSON is corrupted, and keeps working', async () => {
    localStorage.setItem(KEY, '{"state": {"solved": nope')
    const { store } = await reload('#/')
    expect(screen.getByRole('link', { name: 'Fixture Shop Orders' })).toBeInTheDocument()
    expect(screen.queryByText('Solved')).toBeNull()
    store.useAppStore.getState().markSolved(SQL_ID)
    expect(await within(exerciseItem()).findByText('Solved')).toBeInTheDocument()
    expect(JSON.parse(localStorage.getItem(KEY)!).state.solved[SQL_ID]).toBeDefined()
  })

  it('keeps what it can read from a damaged state of the current version', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 3, state: { solved: 'oops', attempts: { [SQL_ID]: 'x' }, drafts: { [SQL_ID]: 'SELECT 3', other: 5 } } }))
    const { store } = await reload('#/')
    expect(screen.queryByText('Solved')).toBeNull()
    const state = store.useAppStore.getState()
    expect(state.solved).toEqual({})
    expect(state.attempts).toEqual({})
    expect(state.drafts).toEqual({ [SQL_ID]: 'SELECT 3' })
  })

  it('works, in memory, when localStorage throws on every access', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    await reload(`#/exercise/${SQL_ID}`)
    await screen.findByTestId('monaco')
    const user = userEvent.setup()
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'SELECT 1')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Accepted/))
    expect(screen.getByText('Solved')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Answer' })).toHaveValue('SELECT 1')
  })

  it('migrates an older persisted version, keeping solved exercises and drafts', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ version: 0, state: { progress: { solved: [SQL_ID, 42] }, answers: { [SQL_ID]: 'SELECT old' } } }),
    )
    await reload('#/')
    expect(within(exerciseItem()).getByText('Solved')).toBeInTheDocument()
    const stored = JSON.parse(localStorage.getItem(KEY)!)
    expect(stored.version).toBe(4)
    expect(Object.keys(stored.state.solved)).toEqual([SQL_ID])
    expect(stored.state.solved[SQL_ID]).toEqual({ at: expect.any(String) })
    expect(stored.state.drafts).toEqual({ [SQL_ID]: 'SELECT old' })
  })

  it('migrates the v0 record shape (id -> true | timestamp)', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 0, state: { solved: { [SQL_ID]: 1_717_200_000_000, 'x/y': false } } }))
    const { store } = await reload('#/')
    expect(store.useAppStore.getState().solved).toEqual({ [SQL_ID]: { at: new Date(1_717_200_000_000).toISOString() } })
  })

  it('migrates a version 1 store to version 4 without loss: ratings kept, an empty rating history and no follow-up notes', async () => {
    const v1 = {
      solved: { [SQL_ID]: { at: '2024-06-01T10:00:00.000Z' } },
      attempts: { [SQL_ID]: 3 },
      drafts: { [SQL_ID]: 'SELECT 1' },
      selfRatings: { 'feed-engagement/product-sense': { metrics: 'strong', 'ab-test': 'weak' } },
    }
    localStorage.setItem(KEY, JSON.stringify({ version: 1, state: v1 }))
    const { store } = await reload('#/')
    expect(within(exerciseItem()).getByText('Solved')).toBeInTheDocument()
    const state = store.useAppStore.getState()
    expect({ solved: state.solved, attempts: state.attempts, drafts: state.drafts, selfRatings: state.selfRatings }).toEqual(v1)
    expect(state.ratingHistory).toEqual({})
    const stored = JSON.parse(localStorage.getItem(KEY)!)
    expect(stored.version).toBe(4)
    expect(stored.state).toEqual({ ...v1, ratingHistory: {}, followUpNotes: {}, followUpRatings: {}, reviews: {}, activity: [], timeSpent: {}, mockLoops: {} })
  })

  it('migrates a version 2 store to version 4 without loss, and keeps follow-up notes across reloads', async () => {
    const v2 = {
      solved: { [SQL_ID]: { at: '2024-06-01T10:00:00.000Z' } },
      attempts: { [SQL_ID]: 2 },
      drafts: { [SQL_ID]: 'SELECT 2' },
      selfRatings: { 'feed-engagement/product-sense': { metrics: 'medium' } },
      ratingHistory: { 'feed-engagement/product-sense': [{ at: '2024-06-02T10:00:00.000Z', coverage: { metrics: 50 }, ratings: { metrics: 'medium' } }] },
    }
    localStorage.setItem(KEY, JSON.stringify({ version: 2, state: v2 }))
    const first = await reload('#/')
    expect(within(exerciseItem()).getByText('Solved')).toBeInTheDocument()
    first.store.useAppStore.getState().setFollowUpNote('fixture-shop/late-data', 'Reprocess three days')
    first.store.useAppStore.getState().rateFollowUp('fixture-shop/late-data', 'medium')
    const stored = JSON.parse(localStorage.getItem(KEY)!)
    expect(stored.version).toBe(4)
    expect(stored.state).toEqual({
      ...v2,
      followUpNotes: { 'fixture-shop/late-data': 'Reprocess three days' },
      followUpRatings: { 'fixture-shop/late-data': 'medium' },
      reviews: {},
      activity: [],
      timeSpent: {},
      mockLoops: {},
    })
    first.view.unmount()
    const second = await reload('#/')
    expect(second.store.useAppStore.getState().followUpNotes).toEqual({ 'fixture-shop/late-data': 'Reprocess three days' })
  })

  it('keeps the readable rating-history entries of a damaged store, the latest 20 at most', async () => {
    const good = (i: number) => ({ at: new Date(Date.UTC(2024, 5, 1, 0, i)).toISOString(), coverage: { metrics: 40, bad: 140 }, ratings: { metrics: 'strong', x: 'great' } })
    const ratingHistory = {
      'feed-engagement/product-sense': [{ at: 'not a date' }, 'junk', ...Array.from({ length: 22 }, (_, i) => good(i))],
      'pymk/product-sense': 'oops',
    }
    localStorage.setItem(KEY, JSON.stringify({ version: 2, state: { ratingHistory } }))
    const { store } = await reload('#/')
    const history = store.useAppStore.getState().ratingHistory
    expect(Object.keys(history)).toEqual(['feed-engagement/product-sense'])
    const entries = history['feed-engagement/product-sense']
    expect(entries).toHaveLength(20)
    expect(entries[0]).toEqual({ at: good(2).at, coverage: { metrics: 40 }, ratings: { metrics: 'strong' } })
    expect(entries.at(-1)!.at).toBe(good(21).at)
  })
})

describe('the rating history slice', () => {
  const ID = 'feed-engagement/product-sense'
  const exercise = {
    id: ID,
    kind: 'product',
    title: 'DAU/MAU',
    difficulty: 'medium',
    statement: '',
    hints: [],
    loadRubric: async () => (await import('../../src/scenarios/feed-engagement/product-sense.rubric')).default,
  } as never

  it('records one entry per Submit (coverage per criterion, ratings snapshot), updates the latest on rating, and keeps 20', async () => {
    vi.resetModules()
    // The fixture scenarios plus this product-sense exercise, so the store's Submit finds it by id.
    vi.doMock('../../src/scenarios/index', async () => {
      const fixture = await import('./support/fixture-scenario')
      const scenario = { ...fixture.fixtureScenario, exercises: [...fixture.fixtureScenario.exercises, exercise] }
      return { ...fixture, findExercise: (id: string) => (id === ID ? { scenario, exercise } : fixture.findExercise(id)) }
    })
    const { useAppStore, RATING_HISTORY_LIMIT } = await import('../../src/store')
    const s = () => useAppStore.getState()
    // A rating before any Submit has no entry to go into.
    s().rateCriterion(ID, 'metrics', 'weak')
    expect(s().ratingHistory[ID]).toBeUndefined()

    s().setDraft(ID, '## Metrics to investigate\n\nD7 retention by platform.')
    await s().submit(ID)
    const [first] = s().ratingHistory[ID]
    expect(first.at).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(first.coverage).toEqual(Object.fromEntries(s().sessions[ID].product!.result.criteria.map((c) => [c.id, c.score])))
    expect(first.coverage.metrics).toBe(40)
    expect(first.ratings).toEqual({ metrics: 'weak' })
    // Each criterion with missed concepts goes into the review queue, naming what was missed.
    const missedCriteria = s().sessions[ID].product!.result.criteria.filter((c) => c.missing.length > 0)
    expect(missedCriteria.length).toBeGreaterThan(0)
    expect(Object.keys(s().reviews).sort()).toEqual(missedCriteria.map((c) => `rubric:${ID}/${c.id}`).sort())
    const metrics = missedCriteria.find((c) => c.id === 'metrics')!
    expect(s().reviews[`rubric:${ID}/metrics`]).toMatchObject({ kind: 'rubric', step: 0, label: `${metrics.title}: missed ${metrics.missing.map((m) => m.label).join(', ')}` })

    s().rateCriterion(ID, 'metrics', 'strong')
    s().rateCriterion(ID, 'ab-test', 'medium')
    expect(s().ratingHistory[ID]).toEqual([{ ...first, ratings: { metrics: 'strong', 'ab-test': 'medium' } }])

    for (let i = 0; i < RATING_HISTORY_LIMIT + 2; i++) await s().submit(ID)
    expect(s().ratingHistory[ID]).toHaveLength(RATING_HISTORY_LIMIT)
    s().rateCriterion(ID, 'metrics', 'medium')
    expect(s().ratingHistory[ID].at(-1)!.ratings.metrics).toBe('medium')
    expect(s().ratingHistory[ID].at(-2)!.ratings.metrics).toBe('strong')
    expect(JSON.parse(localStorage.getItem(KEY)!).state.ratingHistory[ID]).toHaveLength(RATING_HISTORY_LIMIT)
  })
})
