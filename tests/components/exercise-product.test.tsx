import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { composeAnchorAnswer, feedEngagementRubric } from '../../src/engine/rubric'
import { resetAppStore, useAppStore } from '../../src/shared/store'
import { fake, resetFakes } from './support/fake-services'
import { openExercise } from './support/render-app'

// The fixture scenarios plus one product-sense question; its id picks the real feed-engagement rubric.
vi.mock('../../src/scenarios/index', async () => {
  const fixture = await import('./support/fixture-scenario')
  const { toExerciseId } = await import('../../src/engine/ids')
  const product = {
    id: toExerciseId('feed-engagement/product-sense'),
    kind: 'product' as const,
    title: 'Why did DAU/MAU fall?',
    difficulty: 'medium' as const,
    statement: 'DAU/MAU fell from 0.65 to 0.58. What do you look at, and how do you test a fix?',
    hints: [],
  }
  const scenario = { ...fixture.fixtureScenario, exercises: [...fixture.fixtureScenario.exercises, product] }
  const scenarios = [scenario]
  return {
    scenarios,
    findScenario: (id: string) => scenarios.find((s) => s.id === id),
    findExercise: (id: string) => (id === product.id ? { scenario, exercise: product } : fixture.findExercise(id)),
    allExercises: () => scenarios.flatMap((s) => s.exercises),
  }
})
vi.mock('../../src/shared/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/editor/monaco-answer', async () => await import('./support/fake-monaco'))

const ID = 'feed-engagement/product-sense'
const strongAnswer = composeAnchorAnswer(feedEngagementRubric, 'strong')

beforeEach(() => {
  resetAppStore()
  resetFakes()
  localStorage.clear()
})

const editor = () => screen.getByRole('textbox', { name: 'Answer' })

async function submitAnswer(text: string) {
  fireEvent.change(editor(), { target: { value: text } })
  await userEvent.setup().click(screen.getByRole('button', { name: 'Submit' }))
  await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^(Accepted|Rejected)/))
}

describe('product-sense exercise page', () => {
  it('starts from an outline of the rubric parts, has no Run button and never loads the SQL datasets', async () => {
    await openExercise(ID)
    const text = (editor() as HTMLTextAreaElement).value
    for (const criterion of feedEngagementRubric.criteria) expect(text).toContain(`## ${criterion.title}`)
    expect(screen.queryByRole('button', { name: 'Run' })).toBeNull()
    expect(screen.queryByText(/later release/)).toBeNull()
    // Before a Submit: no reference, no self-rating.
    expect(screen.queryByRole('region', { name: 'Reference answer' })).toBeNull()
    expect(screen.queryByRole('radio')).toBeNull()
    // The SQL sandbox would start loading just after the first paint: give it that time.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(fake.created).toBe(0)
    expect(fake.fetchImages).not.toHaveBeenCalled()
  })

  it('accepts the strong anchor answer, quotes covered sentences and marks the exercise Solved (persisted)', async () => {
    await openExercise(ID)
    await submitAnswer(strongAnswer)
    const status = screen.getByRole('status')
    expect(status.textContent).toMatch(/^Accepted/)
    expect(status.textContent).toMatch(/Your answer covers \d+ of \d+ rubric points/)
    expect(screen.getByText('Solved')).toBeInTheDocument()
    expect(JSON.parse(localStorage.getItem('de-trainer')!).state.solved[ID]).toBeDefined()

    const metrics = screen.getByRole('region', { name: 'Coverage: Metrics to investigate' })
    // The quoted sentence is the learner's own, markup removed.
    expect(within(metrics).getByText(/Retention by signup cohort: D1, D7 and D30/, { selector: 'q' })).toBeInTheDocument()
    expect(useAppStore.getState().attempts[ID]).toBe(1)
  })

  it('rejects a one-line answer and names the missing parts in plain words', async () => {
    await openExercise(ID)
    await submitAnswer('I would look at the dashboard.')
    const status = screen.getByRole('status')
    expect(status.textContent).toMatch(/^Rejected/)
    expect(status.textContent).toContain('Metrics to investigate: nothing in your answer addresses this part yet')
    const metrics = screen.getByRole('region', { name: 'Coverage: Metrics to investigate' })
    expect(within(metrics).getByText(/Missing: .*retention of new and existing users/)).toBeInTheDocument()
    expect(screen.queryByText('Solved')).toBeNull()
  })

  it('after a Submit shows the reference beside the answer and saves a self-rating compared with coverage', async () => {
    await openExercise(ID)
    await submitAnswer('## Metrics to investigate\n\nI would check D7 retention and split by platform.')
    const reference = screen.getByRole('region', { name: 'Reference answer' })
    expect(reference).toHaveTextContent('First split the ratio')
    expect(screen.getByRole('region', { name: 'Your submitted answer' })).toHaveTextContent('I would check D7 retention')

    const group = screen.getByRole('group', { name: 'Metrics to investigate' })
    // The anchors are there on demand.
    expect(within(group).getByText('Show what strong, medium and weak look like')).toBeInTheDocument()
    await userEvent.setup().click(within(group).getByRole('radio', { name: 'strong' }))
    expect(within(group).getByText('You rated Metrics to investigate strong; the answer covers 2 of 5 points.')).toBeInTheDocument()
    expect(JSON.parse(localStorage.getItem('de-trainer')!).state.selfRatings[ID]).toEqual({ metrics: 'strong' })
  })

  it('calculates users per arm and duration, and explains out-of-range values', async () => {
    await openExercise(ID)
    const user = userEvent.setup()
    await user.click(screen.getByText('Experiment calculator'))
    // Defaults: baseline 0.1, +5% relative, alpha 0.05, power 0.8, 100% of 10,000 eligible users a day.
    expect(screen.getByLabelText('Baseline rate')).toHaveValue('0.1')
    const result = () => screen.getByText('Users per arm').closest('dl') as HTMLElement
    expect(within(result()).getByText('57,763')).toBeInTheDocument()
    expect(within(result()).getByText('115,526')).toBeInTheDocument()
    expect(result()).toHaveTextContent('12 days; run 2 weeks')

    fireEvent.change(screen.getByLabelText('Traffic share (%)'), { target: { value: '10' } })
    expect(result()).toHaveTextContent('116 days; run 17 weeks')

    fireEvent.change(screen.getByLabelText('Baseline rate'), { target: { value: '1.5' } })
    expect(screen.getByLabelText('Baseline rate')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('The baseline rate must be between 0 and 1 (exclusive).')).toBeInTheDocument()
    expect(screen.queryByText('Users per arm')).toBeNull()

    // Valid alone, impossible together: 0.99 plus 5% is above 1.
    fireEvent.change(screen.getByLabelText('Baseline rate'), { target: { value: '0.99' } })
    expect(screen.getByText(/^Cannot compute: baseline plus the effect must be between 0 and 1/)).toBeInTheDocument()
  })
})
