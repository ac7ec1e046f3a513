import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetAppStore } from '../../src/store'
import { fake, resetFakes } from './support/fake-services'
import { SQL_ID } from './support/fixture-scenario'
import { openExercise } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

beforeEach(() => {
  resetAppStore()
  resetFakes()
})

const QUERY = 'WITH big_spenders AS (SELECT customer_id FROM orders GROUP BY 1) SELECT * FROM big_spenders'

async function typeAndPlan(text = QUERY) {
  const user = userEvent.setup()
  await openExercise(SQL_ID)
  if (text) await user.type(screen.getByRole('textbox', { name: 'Answer' }), text)
  await user.click(screen.getByRole('button', { name: 'Plan' }))
  return user
}

/** The plan step whose SQLite text is `detail`: its own list item. */
const stepItem = (detail: string) => screen.getByText(detail, { selector: 'code' }).closest('li')!

describe('exercise page: Plan', () => {
  it('sits next to Run, keeps Run and Submit, and adds no second status region', async () => {
    await openExercise(SQL_ID)
    const names = screen.getAllByRole('button').map((b) => b.textContent)
    expect(names.slice(names.indexOf('Run'), names.indexOf('Run') + 3)).toEqual(['Run', 'Plan', 'Submit'])
    expect(screen.getAllByRole('status')).toHaveLength(1)
  })

  it('explains the current answer on the visible dataset as an indented tree', async () => {
    await typeAndPlan()
    expect(fake.plan).toHaveBeenCalledWith('visible', QUERY)
    expect(fake.run).not.toHaveBeenCalled()
    expect(screen.getByRole('tab', { name: 'Query plan' })).toHaveAttribute('aria-selected', 'true')
    const panel = screen.getByRole('tabpanel', { name: 'Query plan' })
    expect(await within(panel).findByText('Query plan: 6 steps')).toBeInTheDocument()
    expect(panel).toHaveTextContent('How SQLite will run your query: SEARCH uses an index, SCAN reads the whole table.')

    // The CTE's own steps are nested under it; the main query's steps are not.
    const coroutine = stepItem('CO-ROUTINE big_spenders')
    expect(within(coroutine).getByText('SCAN orders')).toBeInTheDocument()
    expect(within(coroutine).getByText('USE TEMP B-TREE FOR GROUP BY')).toBeInTheDocument()
    expect(within(coroutine).queryByText('USE TEMP B-TREE FOR ORDER BY')).toBeNull()
    expect(stepItem('SCAN orders').parentElement!.closest('li')).toBe(coroutine)
    expect(stepItem('SCAN big_spenders').parentElement!.closest('li')).toBeNull()
    const tree = within(panel).getByRole('group', { name: 'Query plan steps' })
    expect(within(tree).getAllByRole('list')).toHaveLength(2)
  })

  it('says in words what a full table scan and a temporary B-tree cost, and spares a CTE scan', async () => {
    await typeAndPlan()
    await screen.findByText('Query plan: 6 steps')
    expect(stepItem('SCAN orders').querySelector('.plan-step')).toHaveTextContent('Full table scan: reads every row of the table.')
    expect(stepItem('USE TEMP B-TREE FOR ORDER BY')).toHaveTextContent(/Temporary B-tree: sorts the rows in a temporary index/)
    expect(stepItem('USE TEMP B-TREE FOR GROUP BY')).toHaveTextContent(/Temporary B-tree: .*temporary index/)
    expect(stepItem('SEARCH c USING INDEX idx_customer_id (customer_id=?)')).toHaveTextContent(/Index lookup: reads only the matching rows/)
    // Reading a CTE the query built is not a scan of a stored table.
    expect(stepItem('SCAN big_spenders')).not.toHaveTextContent(/Full table scan/)
  })

  it('spares a CTE read through an alias, but not a stored table read through one', async () => {
    // SQLite names a table or CTE by its alias in the plan.
    fake.plan.mockResolvedValue({
      ok: true,
      nodes: [
        { id: 2, parent: 0, detail: 'CO-ROUTINE per_customer' },
        { id: 5, parent: 2, detail: 'SCAN orders' },
        { id: 9, parent: 0, detail: 'SCAN p' },
        { id: 12, parent: 0, detail: 'SCAN o' },
      ],
    })
    await typeAndPlan('WITH per_customer AS (SELECT customer_id FROM orders)\nSELECT * FROM per_customer AS p, orders o')
    await screen.findByText('Query plan: 4 steps')
    expect(stepItem('SCAN p')).not.toHaveTextContent(/Full table scan/)
    expect(stepItem('SCAN o')).toHaveTextContent('Full table scan: reads every row of the table.')
    expect(stepItem('SCAN orders')).toHaveTextContent('Full table scan: reads every row of the table.')
  })

  it('shows a plan error like a Run error, with its line', async () => {
    fake.plan.mockResolvedValue({ ok: false, failure: { kind: 'error', message: 'near "FORM": syntax error', line: 2 } })
    await typeAndPlan('SELECT *\nFORM orders')
    const panel = screen.getByRole('tabpanel', { name: 'Query plan' })
    const alert = await within(panel).findByRole('alert')
    expect(alert).toHaveTextContent('Error on line 2')
    expect(alert).toHaveTextContent('near "FORM": syntax error')
  })

  it('says so instead of planning an empty answer', async () => {
    await typeAndPlan('')
    expect(await screen.findByRole('alert')).toHaveTextContent('The answer is empty')
    expect(fake.plan).not.toHaveBeenCalled()
  })

  it('switches tabs with the arrow keys, and Run brings the Result tab back', async () => {
    const user = await typeAndPlan()
    await screen.findByText('Query plan: 6 steps')
    const planTab = screen.getByRole('tab', { name: 'Query plan' })
    const resultTab = screen.getByRole('tab', { name: 'Result' })
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1) // the Result panel is hidden
    planTab.focus()
    await user.keyboard('{ArrowLeft}')
    expect(resultTab).toHaveFocus()
    expect(resultTab).toHaveAttribute('aria-selected', 'true')
    expect(resultTab).toHaveAttribute('tabindex', '0')
    expect(planTab).toHaveAttribute('tabindex', '-1')
    await user.keyboard('{End}')
    expect(planTab).toHaveFocus()
    expect(screen.getByRole('tabpanel', { name: 'Query plan' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Run' }))
    expect(await screen.findByText(/Showing 2 of 2 rows/)).toBeVisible()
    expect(resultTab).toHaveAttribute('aria-selected', 'true')
  })

  it('notes when the answer changed since the plan', async () => {
    const user = await typeAndPlan()
    await screen.findByText('Query plan: 6 steps')
    expect(screen.queryByText(/answer changed since this plan/)).toBeNull()
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), ' LIMIT 1')
    expect(screen.getByText(/answer changed since this plan/)).toBeInTheDocument()
  })
})
