import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetAppStore, useAppStore } from '../../src/store'
import { fake, rejectedWithDiff, resetFakes } from './support/fake-services'
import { SQL_ID, sqlExercise } from './support/fixture-scenario'
import { openExercise } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

beforeEach(() => {
  resetAppStore()
  resetFakes()
})

async function typeAnswer(text = 'SELECT customer_id, SUM(amount) FROM orders GROUP BY 1') {
  const user = userEvent.setup()
  await user.type(screen.getByRole('textbox', { name: 'Answer' }), text)
  return user
}

describe('exercise page: Submit', () => {
  it('shows Accepted with the feedback, marks the exercise Solved and counts the attempt', async () => {
    await openExercise(SQL_ID)
    expect(screen.queryByText('Solved')).toBeNull()
    const user = await typeAnswer()
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    const status = screen.getByRole('status')
    await waitFor(() => expect(status.textContent).toMatch(/^Accepted/))
    expect(within(status).getByText('Matches the reference on all 2 datasets.')).toBeInTheDocument()
    expect(fake.grade).toHaveBeenCalledWith(sqlExercise, 'SELECT customer_id, SUM(amount) FROM orders GROUP BY 1')
    expect(fake.prepare).toHaveBeenCalledWith(sqlExercise)
    expect(screen.getByText('Solved')).toBeInTheDocument()
    expect(useAppStore.getState().solved[SQL_ID]).toBeDefined()
    expect(useAppStore.getState().attempts[SQL_ID]).toBe(1)
  })

  it('shows Rejected with the feedback and a side-by-side diff that labels missing and extra rows', async () => {
    fake.grade.mockResolvedValue(rejectedWithDiff)
    await openExercise(SQL_ID)
    const user = await typeAnswer()
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    const status = screen.getByRole('status')
    await waitFor(() => expect(status.textContent).toMatch(/^Rejected/))
    expect(status).toHaveTextContent('Dataset visible: 1 row missing, 1 extra row.')
    expect(screen.queryByText('Solved')).toBeNull()

    const expected = screen.getByRole('table', { name: /Expected \(reference\), 2 rows/ })
    const missingRow = within(expected).getByText('missing').closest('tr')!
    expect(missingRow).toHaveClass('row-missing')
    expect(within(missingRow).getByText('7')).toBeInTheDocument()
    const actual = screen.getByRole('table', { name: /Your result, 2 rows/ })
    const extraRow = within(actual).getByText('extra').closest('tr')!
    expect(extraRow).toHaveClass('row-extra')
    expect(within(extraRow).getByText('99')).toBeInTheDocument()
    // Matching rows carry no label.
    expect(within(expected).getAllByRole('row')).toHaveLength(3)
    expect(within(expected).queryAllByText('missing')).toHaveLength(1)
  })

  it('hides the reference answer until a first Submit', async () => {
    fake.grade.mockResolvedValue({ ...rejectedWithDiff, diff: undefined })
    await openExercise(SQL_ID)
    expect(screen.queryByRole('button', { name: 'Show the reference answer' })).toBeNull()
    expect(screen.queryByText(/SUM\(amount\) AS revenue/)).toBeNull()
    expect(screen.getByText(/Unlocks after your first Submit/)).toBeInTheDocument()
    const user = await typeAnswer('SELECT 1')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    const reveal = await screen.findByRole('button', { name: 'Show the reference answer' })
    expect(screen.queryByText(/SUM\(amount\) AS revenue/)).toBeNull()
    await user.click(reveal)
    expect(screen.getByText(/SUM\(amount\) AS revenue/)).toBeInTheDocument()
  })

  it('reveals hints one at a time', async () => {
    const user = userEvent.setup()
    await openExercise(SQL_ID)
    expect(screen.queryByText('Group by customer.')).toBeNull()
    expect(screen.getByText('0 of 3 hints shown')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show a hint' }))
    expect(screen.getByText('orders', { selector: 'strong' })).toBeInTheDocument()
    expect(screen.queryByText('Group by customer.')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Show a hint' }))
    expect(screen.getByText('Group by customer.')).toBeInTheDocument()
    expect(screen.queryByText('Sum the amounts.')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Show a hint' }))
    expect(screen.getByText('Sum the amounts.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Show a hint' })).toBeNull()
    expect(screen.getByText('3 of 3 hints shown')).toBeInTheDocument()
  })

  it('shows why grading failed when the grader throws, and stays usable', async () => {
    fake.grade.mockRejectedValueOnce(new Error('worker crashed'))
    await openExercise(SQL_ID)
    const user = await typeAnswer('SELECT 1')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Could not grade: worker crashed'))
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Accepted/))
  })
})

describe('keyboard shortcuts', () => {
  it('Ctrl+Enter runs and Ctrl+Shift+Enter submits from anywhere on the page', async () => {
    await openExercise(SQL_ID)
    await typeAnswer('SELECT 1')
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true })
    await screen.findByText(/Showing 2 of 2 rows/)
    expect(fake.run).toHaveBeenCalledTimes(1)
    expect(fake.grade).not.toHaveBeenCalled()
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true, shiftKey: true })
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Accepted/))
    expect(fake.grade).toHaveBeenCalledTimes(1)
  })

  it('Cmd+Enter runs too, and a press inside the editor triggers once, not twice', async () => {
    await openExercise(SQL_ID)
    await typeAnswer('SELECT 1')
    const answer = screen.getByRole('textbox', { name: 'Answer' })
    fireEvent.keyDown(answer, { key: 'Enter', metaKey: true })
    await screen.findByText(/Showing 2 of 2 rows/)
    expect(fake.run).toHaveBeenCalledTimes(1)
    fireEvent.keyDown(answer, { key: 'Enter', metaKey: true, shiftKey: true })
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Accepted/))
    expect(fake.grade).toHaveBeenCalledTimes(1)
  })

  it('plain Enter does nothing but type', async () => {
    await openExercise(SQL_ID)
    await typeAnswer('SELECT 1')
    fireEvent.keyDown(document.body, { key: 'Enter' })
    fireEvent.keyDown(document.body, { key: 'Enter', shiftKey: true })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fake.run).not.toHaveBeenCalled()
    expect(fake.grade).not.toHaveBeenCalled()
  })

  it('names a diagnosed mistake without its fix, and shows the fix behind "Show the hint"', async () => {
    fake.grade.mockResolvedValue({
      ...rejectedWithDiff,
      feedback: ['This looks like a common mistake: your DAU counts sessions, not users.'],
      diagnosis: { id: 'mistake:dau-sessions', source: 'known-mistake', concept: 'your DAU counts sessions, not users.', fix: 'Count DISTINCT user_id.' },
    })
    await openExercise(SQL_ID)
    const user = await typeAnswer()
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    const status = screen.getByRole('status')
    await waitFor(() => expect(status.textContent).toMatch(/^Rejected/))
    expect(status).toHaveTextContent('your DAU counts sessions, not users.')
    expect(status).not.toHaveTextContent('Count DISTINCT user_id.')
    await user.click(within(status).getByRole('button', { name: 'Show the hint' }))
    expect(status).toHaveTextContent('Hint: Count DISTINCT user_id.')
    expect(within(status).queryByRole('button', { name: 'Show the hint' })).toBeNull()
  })
})
