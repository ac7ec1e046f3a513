import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { scenarios } from '../../src/scenarios'
import type { FollowUp, Scenario } from '../../src/scenarios/types'
import { followUpKey, resetAppStore, useAppStore } from '../../src/store'
import { renderApp } from './support/render-app'

// The real scenarios: this test is about their content. The scenario page starts no runtime.
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))

/** The topics issue 12 asks the follow-ups to cover, each by the tag that marks it. */
const REQUIRED_TOPICS: Record<string, string[]> = {
  'late-arriving data and reconciliation': ['late-data', 'reconciliation'],
  'partitioning and retention': ['partitioning', 'retention'],
  'scaling an event pipeline with exactly-once processing': ['scaling', 'exactly-once'],
  'viral share chains': ['viral-share-chains'],
  'query performance, indexing and pre-aggregation': ['query-performance', 'indexing', 'pre-aggregation'],
  'attribution windows': ['attribution-windows'],
  incrementality: ['incrementality'],
  'privacy in recommendations': ['privacy'],
  'collaboration signals': ['collaboration'],
  'ownership signals': ['ownership'],
}

const withTags = (tags: string[]): Array<{ scenario: Scenario; followUp: FollowUp }> =>
  scenarios.flatMap((scenario) =>
    (scenario.followUps ?? []).filter((f) => tags.every((tag) => f.tags.includes(tag))).map((followUp) => ({ scenario, followUp })),
  )

const cardsOnPage = () => within(screen.getByRole('list', { name: 'Follow-up questions' })).getAllByRole('article')

beforeEach(() => {
  resetAppStore()
})

describe('follow-up discussions', () => {
  it.each(Object.entries(REQUIRED_TOPICS))('covers %s with a card on its scenario page', async (_topic, tags) => {
    const found = withTags(tags)
    expect(found.length).toBeGreaterThan(0)
    const { scenario, followUp } = found[0]
    renderApp(`#/scenario/${scenario.id}`)
    const card = await screen.findByRole('article', { name: followUp.question })
    expect(within(card).getByRole('textbox', { name: 'Your talking points' })).toBeInTheDocument()
  })

  it.each(scenarios.map((s) => [s.id, s] as const))('shows every follow-up of %s as a card', async (_id, scenario) => {
    const followUps = scenario.followUps ?? []
    expect(followUps.length).toBeGreaterThanOrEqual(3)
    expect(followUps.some((f) => f.part === 'collaboration')).toBe(true)
    expect(new Set(followUps.map((f) => f.id)).size).toBe(followUps.length)
    renderApp(`#/scenario/${scenario.id}`)
    await screen.findByRole('heading', { name: 'Follow-up discussions' })
    expect(cardsOnPage().map((card) => within(card).getByRole('heading').textContent)).toEqual(
      followUps.map((f) => f.question),
    )
  })

  it('saves the talking points as a draft, reveals the model points on demand, and keeps the rating', async () => {
    const scenario = scenarios[0]
    const followUp = scenario.followUps![0]
    const key = followUpKey(scenario.id, followUp.id)
    const user = userEvent.setup()
    const view = renderApp(`#/scenario/${scenario.id}`)
    const card = await screen.findByRole('article', { name: followUp.question })

    await user.type(within(card).getByRole('textbox', { name: 'Your talking points' }), 'Partition by event time')
    expect(useAppStore.getState().followUpNotes[key]).toBe('Partition by event time')

    // Hidden until asked for.
    expect(within(card).queryByRole('list', { name: 'Model talking points' })).toBeNull()
    await user.click(within(card).getByRole('button', { name: 'Show model talking points' }))
    const points = within(card).getByRole('list', { name: 'Model talking points' })
    expect(within(points).getAllByRole('listitem')).toHaveLength(followUp.talkingPoints.length)
    expect(within(card).getByRole('button', { name: 'Hide model talking points' })).toHaveAttribute('aria-expanded', 'true')

    const rating = within(card).getByRole('group', { name: 'How did your answer compare?' })
    await user.click(within(rating).getByRole('radio', { name: 'weak' }))
    expect(useAppStore.getState().followUpRatings[key]).toBe('weak')

    // Back on the page later: both are still there (the store persists them).
    view.unmount()
    renderApp(`#/scenario/${scenario.id}`)
    const again = await screen.findByRole('article', { name: followUp.question })
    expect(within(again).getByRole('textbox', { name: 'Your talking points' })).toHaveValue('Partition by event time')
    expect(within(again).getByRole('radio', { name: 'weak' })).toBeChecked()
    expect(JSON.parse(localStorage.getItem('de-trainer')!).state.followUpNotes[key]).toBe('Partition by event time')
  })
})
