import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { MockTimer } from '../../src/features/mock/mock-timer'
import { resetAppStore, useAppStore, type MockPart } from '../../src/store'
import { resetFakes } from './support/fake-services'
import { renderApp } from './support/render-app'

// The fixture shop plus a product-sense question (graded by the real feed-engagement rubric) and
// two follow-ups, so a loop has all four parts.
vi.mock('../../src/scenarios/index', async () => {
  const fixture = await import('./support/fixture-scenario')
  const { toExerciseId } = await import('../../src/engine/ids')
  const product = {
    id: toExerciseId('fixture-shop/product-sense'),
    kind: 'product' as const,
    title: 'Why did revenue fall?',
    difficulty: 'medium' as const,
    statement: 'Revenue fell. What do you look at, and how do you test a fix?',
    hints: [],
    loadRubric: async () => (await import('../../src/scenarios/feed-engagement/product-sense.rubric')).default,
  }
  const scenario = {
    ...fixture.fixtureScenario,
    exercises: [product, ...fixture.fixtureScenario.exercises],
    followUps: [
      { id: 'late-data', part: 'sql' as const, question: 'What about orders that arrive late?', talkingPoints: ['Reprocess a window'], tags: [] },
      { id: 'ownership', part: 'collaboration' as const, question: 'Who owns the revenue metric?', talkingPoints: ['Name an owner'], tags: [] },
    ],
  }
  const scenarios = [scenario]
  return {
    scenarios,
    findScenario: (id: string) => scenarios.find((s) => s.id === id),
    findExercise: (id: string) => {
      const exercise = scenario.exercises.find((e) => e.id === id)
      return exercise ? { scenario, exercise } : undefined
    },
    allExercises: () => scenario.exercises,
  }
})
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

beforeEach(() => {
  resetAppStore()
  resetFakes()
})

describe('the mock interview pages', () => {
  it('is in the header, and lists the mixed loop and each scenario to mock', async () => {
    renderApp('#/mock')
    await screen.findByRole('heading', { name: 'Mock interview', level: 1 })
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Mock interview' })).toHaveAttribute('aria-current', 'page')
    const loops = screen.getByRole('list', { name: 'Loops to mock' })
    expect(within(loops).getByRole('link', { name: 'Mixed loop' })).toHaveAttribute('href', '#/mock/mixed')
    expect(within(loops).getByRole('link', { name: 'Fixture Shop Orders' })).toHaveAttribute('href', '#/mock/fixture-shop')
    expect(screen.getByText(/No finished loops yet/)).toBeInTheDocument()
  })

  it('runs a part on the exercise page under a clock, shows the follow-ups after Submit, and reports the loop when stopped', async () => {
    const user = userEvent.setup()
    renderApp('#/mock/fixture-shop')
    await screen.findByRole('heading', { name: 'Mock interview: Fixture Shop Orders' })
    const first = screen.getByRole('group', { name: 'Part 1: Product sense' })
    expect(within(first).getByLabelText('Minutes')).toHaveValue(15)
    expect(screen.getByRole('group', { name: 'Part 3: SQL' })).toBeInTheDocument()
    await user.clear(within(first).getByLabelText('Minutes'))
    await user.type(within(first).getByLabelText('Minutes'), '10')
    await user.click(screen.getByRole('button', { name: 'Start the mock interview' }))

    // The product-sense page itself, under the clock: 10 minutes, and nothing said aloud yet.
    const bar = await screen.findByRole('region', { name: 'Mock interview' })
    expect(bar).toHaveTextContent('Part 1 of 4: Product sense')
    expect(within(bar).getByRole('timer').textContent).toMatch(/^(10:00|9:5\d)$/)
    expect(bar.querySelector('[aria-live="polite"]')?.textContent).toBe('')
    await screen.findByRole('heading', { name: 'Why did revenue fall?', level: 1 })
    const editor = await screen.findByRole('textbox', { name: 'Answer' })
    await user.clear(editor)
    await user.type(editor, '## Metrics{enter}{enter}Revenue per order.')
    await user.click(screen.getByRole('button', { name: 'Submit' }))

    // Submit ended the part: its outcome, then the interviewer's follow-ups (collaboration, as product sense has none here).
    await screen.findByRole('heading', { name: 'Part 1 of 4 done: Product sense' })
    expect(screen.getByText(/^(Accepted|Rejected)$/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Who owns the revenue metric?' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'What about orders that arrive late?' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start part 2: Data modeling (15 min)' })).toBeInTheDocument()
    const loop = Object.values(useAppStore.getState().mockLoops)[0]
    expect(loop.parts[0]).toMatchObject({ endedBy: 'submit', secondsGiven: 600, answer: '## Metrics\n\nRevenue per order.' })

    await user.click(screen.getByRole('button', { name: 'Stop the loop' }))
    await screen.findByRole('heading', { name: 'Mock interview report' })
    expect(window.location.hash).toBe(`#/mock/fixture-shop/report/${loop.id}`)
    const parts = within(screen.getByRole('list', { name: 'Parts' })).getAllByRole('article')
    expect(parts).toHaveLength(4)
    expect(within(parts[0]).getByText('Missed rubric points')).toBeInTheDocument()
    expect(parts[0]).toHaveTextContent(/Time used0:0\d of 10:00/)
    expect(within(parts[0]).getByRole('link', { name: 'Practise “Why did revenue fall?”' })).toHaveAttribute('href', '#/exercise/fixture-shop/product-sense')
    expect(parts[1]).toHaveTextContent('Not graded: the loop stopped before this part ended.')
    expect(screen.getByRole('img', { name: /Average score per loop/ })).toBeInTheDocument()
  })

  it('refuses to start a part with no time, in words', async () => {
    const user = userEvent.setup()
    renderApp('#/mock/fixture-shop')
    const minutes = within(await screen.findByRole('group', { name: 'Part 2: Data modeling' })).getByLabelText('Minutes')
    await user.clear(minutes)
    await user.click(screen.getByRole('button', { name: 'Start the mock interview' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Each part needs between 1 second and 120 minutes.')
    expect(useAppStore.getState().mockLoops).toEqual({})
  })
})

describe('the mock timer', () => {
  const part = (secondsLeft: number, extra: Partial<MockPart> = {}): MockPart => ({
    kind: 'sql',
    exerciseId: 'fixture-shop/sql-top-customers',
    secondsGiven: 900,
    startedAt: new Date(Date.now() - (900 - secondsLeft) * 1000).toISOString(),
    ...extra,
  })
  const notice = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent

  it('speaks only at five minutes, one minute and time up; the face is a timer, not a live region', async () => {
    const plenty = render(<MockTimer part={part(600)} />)
    expect(screen.getByRole('timer')).not.toHaveAttribute('aria-live')
    expect(screen.getByRole('timer').textContent).toMatch(/^(10:00|9:59)$/)
    expect(notice(plenty.container)).toBe('')
    plenty.unmount()

    const five = render(<MockTimer part={part(299)} />)
    expect(notice(five.container)).toBe('Five minutes left.')
    five.unmount()

    const one = render(<MockTimer part={part(30)} />)
    expect(notice(one.container)).toBe('One minute left.')
    expect(one.container).toHaveTextContent('under a minute left')
    one.unmount()

    const started = Date.now() - 900_000
    const up = render(<MockTimer part={part(0, { startedAt: new Date(started).toISOString(), endedAt: new Date(started + 900_000).toISOString(), endedBy: 'time' })} />)
    await waitFor(() => expect(notice(up.container)).toBe('Time is up. Your answer is being graded.'))
    expect(screen.getByRole('timer')).toHaveTextContent('0:00')
    up.unmount()

    const submitted = render(<MockTimer part={part(200, { endedAt: new Date().toISOString(), endedBy: 'submit' })} />)
    expect(notice(submitted.container)).toBe('')
    expect(submitted.container).toHaveTextContent('submitted')
  })
})
