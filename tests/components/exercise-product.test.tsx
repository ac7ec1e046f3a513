import { readFileSync } from 'node:fs'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { composeAnchorAnswer } from '../../src/engine/rubric'
import feedEngagementRubric from '../../src/scenarios/feed-engagement/product-sense.rubric'
import { resetAppStore, useAppStore } from '../../src/store'
import { fake, resetFakes } from './support/fake-services'
import { renderApp } from './support/render-app'

// The fixture scenarios plus one product-sense question graded by the real feed-engagement rubric.
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
    loadRubric: async () => (await import('../../src/scenarios/feed-engagement/product-sense.rubric')).default,
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
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

const ID = 'feed-engagement/product-sense'
const strongAnswer = composeAnchorAnswer(feedEngagementRubric, 'strong')
const seedAnswer = readFileSync('tests/engine/rubric/fixtures/seed-feed-engagement.md', 'utf8')

beforeEach(() => {
  resetAppStore()
  resetFakes()
  localStorage.clear()
})

const editor = () => screen.getByRole('textbox', { name: 'Answer' })
/** The lazy route, the rubric and the editor load in turn; a busy machine takes seconds, not the default 1 s. */
const PATIENCE = { timeout: 20_000 }

async function submitAnswer(text: string) {
  fireEvent.change(editor(), { target: { value: text } })
  await userEvent.setup().click(screen.getByRole('button', { name: 'Submit' }))
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^(Accepted|Rejected)/), PATIENCE)
}

/**
 * Opens the page and waits for what the tests need: the editor (it opens once the rubric, loaded
 * on demand like the real scenario's, has arrived) and an enabled Submit.
 */
async function openProduct() {
  renderApp(`#/exercise/${ID}`)
  await screen.findByTestId('monaco', undefined, PATIENCE)
  await waitFor(() => expect(screen.getByRole('button', { name: 'Submit' })).toBeEnabled(), PATIENCE)
}

describe('product-sense exercise page', () => {
  it('starts from an outline of the rubric parts, has no Run button and never loads the SQL datasets', async () => {
    await openProduct()
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
    await openProduct()
    await submitAnswer(strongAnswer)
    const status = screen.getByRole('status')
    expect(status.textContent).toMatch(/^Accepted/)
    expect(status.textContent).toMatch(/Accepted: your answer covers \d+ of \d+ rubric points \(score \d+, 60 needed\)/)
    expect(screen.getByText('Solved')).toBeInTheDocument()
    expect(JSON.parse(localStorage.getItem('de-trainer')!).state.solved[ID]).toBeDefined()

    const metrics = screen.getByRole('region', { name: 'Coverage: Metrics to investigate' })
    // The quoted sentence is the learner's own, markup removed.
    expect(within(metrics).getByText(/Retention by signup cohort: D1, D7 and D30/, { selector: 'q' })).toBeInTheDocument()
    expect(useAppStore.getState().attempts[ID]).toBe(1)
  })

  it('rejects a one-line answer and names the missing parts in plain words', async () => {
    await openProduct()
    await submitAnswer('I would look at the dashboard.')
    const status = screen.getByRole('status')
    expect(status.textContent).toMatch(/^Rejected/)
    expect(status.textContent).toContain('Metrics to investigate: nothing in your answer addresses this part yet')
    const metrics = screen.getByRole('region', { name: 'Coverage: Metrics to investigate' })
    const missing = within(metrics).getByRole('list', { name: 'Missing: Metrics to investigate' })
    expect(missing.textContent).toContain('Add retention of new and existing users (D1/D7/D30, churn).')
    expect(screen.queryByText('Solved')).toBeNull()
  })

  it('after a Submit shows the reference beside the answer and saves a self-rating compared with coverage', async () => {
    await openProduct()
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

  it("starts the calculator from the scenario's test plan, calculates users per arm and duration, and explains out-of-range values", async () => {
    await openProduct()
    const user = userEvent.setup()
    await user.click(screen.getByText('Experiment calculator'))
    // The feed plan: baseline 0.58, +1% relative, alpha 0.05, power 0.8, 2 arms, 1% of 1,500,000 eligible users a day.
    expect(screen.getByLabelText('Baseline rate')).toHaveValue('0.58')
    expect(screen.getByLabelText('Relative minimum detectable effect (%)')).toHaveValue('1')
    expect(screen.getByLabelText('Traffic share (%)')).toHaveValue('1')
    expect(screen.getByLabelText('Eligible daily users')).toHaveValue('1500000')
    expect(screen.getByText(/Starts from this scenario's test: daily active rate/)).toBeInTheDocument()
    const result = () => screen.getByText('Users per arm').closest('dl') as HTMLElement
    expect(within(result()).getByText('113,452')).toBeInTheDocument()
    expect(within(result()).getByText('226,904')).toBeInTheDocument()
    expect(result()).toHaveTextContent('16 days; run 3 weeks')

    fireEvent.change(screen.getByLabelText('Traffic share (%)'), { target: { value: '10' } })
    expect(result()).toHaveTextContent('2 days; run 1 week')
    fireEvent.change(screen.getByLabelText('Arms'), { target: { value: '3' } })
    expect(within(result()).getByText('340,356')).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('Arms'), { target: { value: '1' } })
    expect(screen.getByText('Arms must be a whole number, at least 2.')).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('Arms'), { target: { value: '2' } })

    fireEvent.change(screen.getByLabelText('Baseline rate'), { target: { value: '1.5' } })
    expect(screen.getByLabelText('Baseline rate')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('The baseline rate must be between 0 and 1 (exclusive).')).toBeInTheDocument()
    expect(screen.queryByText('Users per arm')).toBeNull()

    // Valid alone, impossible together: 0.995 plus 1% is above 1.
    fireEvent.change(screen.getByLabelText('Baseline rate'), { target: { value: '0.995' } })
    expect(screen.getByText(/^Cannot compute: baseline plus the effect must be between 0 and 1/)).toBeInTheDocument()
  })

  it('computes a mean metric with the Student t-test by default, the z-test on request, and matches the reference table', async () => {
    // The first mean case of the statsmodels table: mean 10, sd 8, +5%, alpha 0.05, power 0.8.
    const reference = JSON.parse(readFileSync('tests/engine/experiment/fixtures/sample-size-reference.json', 'utf8')).mean[0]
    expect(reference).toMatchObject({ mean: 10, sd: 8, relative_mde: 0.05, alpha: 0.05, power: 0.8 })
    await openProduct()
    const user = userEvent.setup()
    await user.click(screen.getByText('Experiment calculator'))
    const metricType = screen.getByRole('group', { name: 'Metric type' })
    expect(within(metricType).getByRole('radio', { name: 'Proportion' })).toBeChecked()
    expect(screen.queryByLabelText('Baseline mean')).toBeNull()

    // Keyboard: arrow keys move the choice, as in any radio group.
    within(metricType).getByRole('radio', { name: 'Proportion' }).focus()
    await user.keyboard('{ArrowRight}')
    expect(within(metricType).getByRole('radio', { name: 'Mean' })).toBeChecked()
    expect(screen.queryByLabelText('Baseline rate')).toBeNull()
    expect(within(screen.getByRole('group', { name: 'Test' })).getByRole('radio', { name: 'Student t' })).toBeChecked()
    expect(screen.getByText(/^Mean metric, two-sided Student t-test/)).toBeInTheDocument()

    const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
    fill('Baseline mean', String(reference.mean))
    fill('Standard deviation', String(reference.sd))
    fill('Relative minimum detectable effect (%)', String(reference.relative_mde * 100))
    fill('Traffic share (%)', '100')
    fill('Eligible daily users', '1000')
    const result = () => screen.getByText('Users per arm').closest('dl') as HTMLElement
    const perArmT: number = reference.n_per_arm_t
    expect(perArmT).toBe(4020)
    expect(within(result()).getByText('4,020')).toBeInTheDocument()
    expect(within(result()).getByText('8,040')).toBeInTheDocument()
    expect(result()).toHaveTextContent('9 days; run 2 weeks')

    await user.click(screen.getByRole('radio', { name: 'Normal z' }))
    expect(screen.getByText(/^Mean metric, two-sided test, equal arms \(normal z approximation/)).toBeInTheDocument()
    expect(within(result()).getByText(reference.n_per_arm_normal.toLocaleString('en-US'))).toBeInTheDocument()

    fill('Standard deviation', '0')
    expect(screen.getByLabelText('Standard deviation')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('The standard deviation must be above 0.')).toBeInTheDocument()
    expect(screen.queryByText('Users per arm')).toBeNull()
    fill('Baseline mean', 'ten')
    expect(screen.getByText('Baseline mean must be a number.')).toBeInTheDocument()

    // Back to the proportion: the scenario's baseline is still there, the settings typed above are kept.
    await user.click(screen.getByRole('radio', { name: 'Proportion' }))
    expect(screen.queryByRole('group', { name: 'Test' })).toBeNull()
    expect(screen.getByLabelText('Baseline rate')).toHaveValue('0.58')
    expect(screen.getByLabelText('Relative minimum detectable effect (%)')).toHaveValue('5')
    expect(screen.getByText(/^Proportion metric, two-sided test/)).toBeInTheDocument()
    expect(screen.getByText('Users per arm')).toBeInTheDocument()
  })

  it("offers the visible data's daily users in place of the plan's volume, and shows how long a test on the sample would take", async () => {
    await openProduct()
    const user = userEvent.setup()
    await user.click(screen.getByText('Experiment calculator'))
    expect(
      screen.getByText(
        "This scenario's visible data has 216.9 daily active users (June average) — a sample; the plan assumes 1,500,000 newly eligible users a day at full scale.",
      ),
    ).toBeInTheDocument()
    const result = () => screen.getByText('Users per arm').closest('dl') as HTMLElement
    expect(result()).toHaveTextContent('16 days; run 3 weeks')

    await user.click(screen.getByRole('button', { name: "Use the sample's figure" }))
    expect(screen.getByLabelText('Eligible daily users')).toHaveValue('216.9')
    // 226,904 users at 1% of 216.9 a day: the same users per arm, centuries instead of weeks.
    expect(within(result()).getByText('113,452')).toBeInTheDocument()
    expect(result()).toHaveTextContent('104,613 days; run 14,945 weeks to cover every weekday (about 287 years)')
    fireEvent.change(screen.getByLabelText('Traffic share (%)'), { target: { value: '100' } })
    expect(result()).toHaveTextContent('1,047 days; run 150 weeks to cover every weekday (about 3 years)')
  })

  it('shows the test-length check in the breakdown: long enough for the seed plan, a rejection when cut to one week', async () => {
    await openProduct()
    await submitAnswer(seedAnswer)
    expect(screen.getByRole('status').textContent).toMatch(/^Accepted/)
    const ok = screen.getByRole('region', { name: 'Check: test length' })
    expect(ok).toHaveTextContent('Test length — long enough')
    expect(ok).toHaveTextContent('Your test runs 3 weeks (21 days)')

    // Without its 50/50 split, the plan is sized with the statement's share of traffic.
    await submitAnswer(seedAnswer.replace(/ \(50%\)/g, '').replace('**Duration**: 3 weeks', '**Duration**: 1 week'))
    const status = screen.getByRole('status')
    expect(status.textContent).toMatch(/^Rejected/)
    expect(status.textContent).toContain('but the test plan cannot reach its own sample size')
    const short = screen.getByRole('region', { name: 'Check: test length' })
    expect(short).toHaveTextContent('Test length — flagged')
    expect(short).toHaveTextContent('Your test runs 1 week (7 days) ("Duration: 1 week for statistical significance"), shorter than the 3 weeks (21 days) it needs to reach its sample size')
    expect(short).toHaveTextContent('113,452 users per arm')
  })

  it('keeps a history of self-ratings against the detected coverage, one row per Submit, with a calibration note', async () => {
    await openProduct()
    expect(screen.queryByRole('table')).toBeNull()
    await submitAnswer('## Metrics to investigate\n\nI would check D7 retention and split by platform.')
    const user = userEvent.setup()
    await user.click(within(screen.getByRole('group', { name: 'Metrics to investigate' })).getByRole('radio', { name: 'strong' }))

    await submitAnswer(strongAnswer)
    await user.click(within(screen.getByRole('group', { name: 'A/B test design' })).getByRole('radio', { name: 'weak' }))

    const section = screen.getByRole('region', { name: 'How your self-ratings compare with the detected coverage' })
    const rows = within(section).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    const [first, second] = rows.map((r) => within(r).getAllByRole('cell'))
    const metricsColumn = feedEngagementRubric.criteria.findIndex((c) => c.id === 'metrics')
    // 2 of 5 metrics points is 40%: medium, rated strong.
    expect(first[metricsColumn]).toHaveTextContent('you: strong; detected: 40% (medium)')
    expect(first.at(-1)).toHaveTextContent('You rate yourself higher than the answer shows on Metrics to investigate.')
    // The strong rating carried over to the second Submit; the weak one was given after it.
    expect(second[metricsColumn]).toHaveTextContent(/you: strong; detected: (7[5-9]|[89]\d|100)% \(strong\)/)
    expect(second.at(-1)).toHaveTextContent('You rate yourself lower than the answer shows on A/B test design.')
    expect(second.at(-1)).not.toHaveTextContent('higher')

    const stored = JSON.parse(localStorage.getItem('de-trainer')!)
    expect(stored.state.ratingHistory[ID]).toHaveLength(2)
    expect(stored.state.ratingHistory[ID][1].ratings).toEqual({ metrics: 'strong', 'ab-test': 'weak' })
    expect(stored.state.ratingHistory[ID][0].ratings).toEqual({ metrics: 'strong' })
  })
})
