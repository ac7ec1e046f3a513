import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Grade } from '../../src/engine/types'
import { resetAppStore, useAppStore } from '../../src/store'
import { fake, resetFakes } from './support/fake-services'
import { SQL_ID } from './support/fixture-scenario'
import { openExercise, renderApp } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

const DAY = 24 * 60 * 60 * 1000
const START = new Date('2024-07-01T09:00:00Z').getTime()

const rejectedWithMistake: Grade = {
  verdict: 'rejected',
  score: 0,
  checks: [],
  feedback: ['This looks like a common mistake: your MAU counts user-days, not users. Hint: count distinct users.', '3 rows missing.'],
}

/** Only Date and the intervals are faked: the Testing Library's own timeouts keep running. */
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms))

const progressLink = () => within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: /^Progress/ })

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
  vi.setSystemTime(START)
  resetFakes()
  resetAppStore()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the review queue', () => {
  it('brings a matched known mistake back after 1, 3, 7 and 14 days, with a header badge while due', async () => {
    fake.grade.mockResolvedValue(rejectedWithMistake)
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await openExercise(SQL_ID)
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'SELECT COUNT(*) FROM t')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Rejected/))
    const item = useAppStore.getState().reviews[`mistake:${SQL_ID}`]
    expect(item).toMatchObject({ kind: 'mistake', label: 'your MAU counts user-days, not users.', step: 0 })
    expect(progressLink()).toHaveAccessibleName('Progress')

    // Not due until a day has passed; the badge appears without a reload (the clock ticks each minute).
    await advance(DAY - 60_000)
    expect(progressLink()).toHaveAccessibleName('Progress')
    await advance(60_000)
    expect(progressLink()).toHaveAccessibleName('Progress 1 due')

    // Reviewed on days 1, 4, 11 and 25: due again 3, 7 and 14 days after each review, then gone.
    for (const [i, days] of [3, 7, 14].entries()) {
      act(() => useAppStore.getState().completeReview(`mistake:${SQL_ID}`))
      expect(useAppStore.getState().reviews[`mistake:${SQL_ID}`].step).toBe(i + 1)
      expect(progressLink()).toHaveAccessibleName('Progress')
      await advance(days * DAY - 60_000)
      expect(progressLink()).toHaveAccessibleName('Progress')
      await advance(60_000)
      expect(progressLink()).toHaveAccessibleName('Progress 1 due')
    }
    act(() => useAppStore.getState().completeReview(`mistake:${SQL_ID}`))
    expect(useAppStore.getState().reviews).toEqual({})
  })

  it('lists due follow-ups rated weak on the progress page; Reviewed moves them to later', async () => {
    useAppStore.getState().rateFollowUp('fixture-shop/late-data', 'weak', 'How do you handle late events?')
    useAppStore.getState().rateFollowUp('fixture-shop/ownership', 'strong', 'Who owns the metric?')
    expect(Object.keys(useAppStore.getState().reviews)).toEqual(['follow-up:fixture-shop/late-data'])
    vi.setSystemTime(START + 2 * DAY)
    renderApp('#/progress')
    const due = await screen.findByRole('list', { name: 'Due for review' })
    const link = within(due).getByRole('link', { name: 'How do you handle late events?' })
    expect(link).toHaveAttribute('href', '#/scenario/fixture-shop')
    expect(within(due).getByText('Follow-up rated weak')).toBeInTheDocument()
    expect(progressLink()).toHaveAccessibleName('Progress 1 due')
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.click(within(due).getByRole('button', { name: 'Reviewed: How do you handle late events?' }))
    expect(screen.getByText('Nothing is due today. 1 item comes up later.')).toBeInTheDocument()
    expect(progressLink()).toHaveAccessibleName('Progress')
  })

  it('names the exercise and scenario of a mistake to practise, with what went wrong', async () => {
    useAppStore.getState().addReview({ id: `mistake:${SQL_ID}`, kind: 'mistake', target: { exerciseId: SQL_ID }, label: 'your MAU counts user-days, not users.' })
    vi.setSystemTime(START + DAY)
    renderApp('#/progress')
    const due = await screen.findByRole('list', { name: 'Due for review' })
    const item = within(due).getByRole('listitem')
    expect(within(item).getByRole('link', { name: 'Top customers by revenue' })).toHaveAttribute('href', `#/exercise/${SQL_ID}`)
    expect(item).toHaveTextContent('Known mistakeTop customers by revenue · SQL in Fixture Shop Orders')
    expect(item).toHaveTextContent('your MAU counts user-days, not users.')
  })

  it("starts an item's schedule over when the same slip happens again", () => {
    const { addReview } = useAppStore.getState()
    addReview({ id: 'rubric:x/metrics', kind: 'rubric', target: { exerciseId: 'x' }, label: 'Metrics: missed retention' })
    vi.setSystemTime(START + 5 * DAY)
    useAppStore.getState().completeReview('rubric:x/metrics')
    expect(useAppStore.getState().reviews['rubric:x/metrics'].step).toBe(1)
    addReview({ id: 'rubric:x/metrics', kind: 'rubric', target: { exerciseId: 'x' }, label: 'Metrics: missed retention' })
    expect(useAppStore.getState().reviews['rubric:x/metrics']).toMatchObject({ step: 0, dueAt: new Date(START + 6 * DAY).toISOString() })
  })
})
