import { act, waitFor, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetAppStore, useAppStore } from '../../src/store'
import { fake, okResult, resetFakes } from './support/fake-services'
import { SQL_ID } from './support/fixture-scenario'
import { openExercise, renderApp } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

beforeEach(() => {
  resetAppStore()
  resetFakes()
})

const runButton = () => screen.getByRole('button', { name: 'Run' })

describe('exercise page: Run', () => {
  it('keeps Run and Submit disabled with "Loading data…" until the datasets are loaded', async () => {
    fake.holdLoad = true
    renderApp(`#/exercise/${SQL_ID}`)
    expect(await screen.findByText(/Loading data…/)).toBeInTheDocument()
    expect(runButton()).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled()
    await waitFor(() => expect(fake.load).toHaveBeenCalled())
    expect(runButton()).toBeDisabled()
    await act(async () => fake.releaseLoad())
    expect(runButton()).toBeEnabled()
    expect(screen.queryByText(/Loading data…/)).toBeNull()
    // Run needs the visible dataset only; the hidden variants are added behind it.
    expect(fake.load).toHaveBeenNthCalledWith(1, '2024-06-30', [{ key: 'visible', bytes: expect.any(Uint8Array) }])
    await waitFor(() => expect(fake.load).toHaveBeenCalledWith('2024-06-30', [{ key: 'hidden-1', bytes: expect.any(Uint8Array) }], { add: true }))
  })

  it('shows the statement as safe Markdown and the answer field at once', async () => {
    await openExercise(SQL_ID)
    expect(screen.getByRole('heading', { level: 1, name: 'Top customers by revenue' })).toBeInTheDocument()
    expect(screen.getByText('customer_id, revenue', { selector: 'code' })).toBeInTheDocument()
    expect(document.querySelector('script')).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Answer' })).toBeInTheDocument()
  })

  it('runs the draft on the visible dataset and shows rows, NULLs and the row-count line', async () => {
    const user = userEvent.setup()
    fake.run.mockResolvedValue(
      okResult({ rows: [[7, null], [8, 2.5]], rowCount: 12_345, truncated: true, elapsedMs: 23 }),
    )
    await openExercise(SQL_ID)
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'SELECT * FROM orders')
    await user.click(runButton())
    expect(await screen.findByText(/Showing 2 of 12,345 rows · 23 ms/)).toBeInTheDocument()
    expect(fake.run).toHaveBeenCalledWith('visible', 'SELECT * FROM orders', { maxRows: 1000 })
    const grid = screen.getByRole('region', { name: 'Query results' })
    expect(within(grid).getByRole('columnheader', { name: 'revenue' })).toBeInTheDocument()
    expect(within(grid).getByText('NULL')).toHaveClass('null')
    expect(within(grid).getByText('2.5')).toBeInTheDocument()
    // Run never grades.
    expect(fake.grade).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('formats large counts like "Showing 1,000 of 12,345 rows · 23 ms"', async () => {
    const user = userEvent.setup()
    const rows = Array.from({ length: 1000 }, (_, i) => [i, i * 2])
    fake.run.mockResolvedValue(okResult({ rows, rowCount: 12_345, truncated: true, elapsedMs: 23 }))
    await openExercise(SQL_ID)
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'SELECT 1')
    await user.click(runButton())
    expect(await screen.findByText(/Showing 1,000 of 12,345 rows · 23 ms/)).toBeInTheDocument()
  })

  it('shows an error with its line number and the dialect hint', async () => {
    const user = userEvent.setup()
    fake.run.mockResolvedValue({
      ok: false,
      failure: { kind: 'error', message: 'near "INTERVAL": syntax error', line: 3, hint: "Use date(x, '-7 days')." },
    })
    await openExercise(SQL_ID)
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'SELECT 1')
    await user.click(runButton())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Error on line 3')
    expect(alert).toHaveTextContent('near "INTERVAL": syntax error')
    expect(alert).toHaveTextContent("SQLite dialect hint: Use date(x, '-7 days').")
  })

  it('shows a runaway query’s timeout and stays usable', async () => {
    const user = userEvent.setup()
    fake.run.mockResolvedValueOnce({ ok: false, failure: { kind: 'timeout', message: 'Stopped after 5 s.' } })
    await openExercise(SQL_ID)
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'WITH RECURSIVE r AS (SELECT 1) SELECT * FROM r')
    await user.click(runButton())
    expect(await screen.findByRole('alert')).toHaveTextContent(/Timed out: the query ran past the time limit/)
    expect(screen.getByText('Stopped after 5 s.')).toBeInTheDocument()
    expect(runButton()).toBeEnabled()
    await user.click(runButton())
    expect(await screen.findByText(/Showing 2 of 2 rows/)).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says so instead of running an empty answer', async () => {
    const user = userEvent.setup()
    await openExercise(SQL_ID)
    await user.click(runButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('The answer is empty')
    expect(fake.run).not.toHaveBeenCalled()
  })

  it('fetches sample rows lazily when a table is opened in the schema explorer', async () => {
    const user = userEvent.setup()
    await openExercise(SQL_ID)
    expect(screen.getByText('Who ordered.')).toBeInTheDocument()
    expect(fake.run).not.toHaveBeenCalled()
    fake.run.mockResolvedValue(okResult({ columns: ['order_id', 'customer_id', 'amount'], rows: [[1, 5, null]], rowCount: 1 }))
    await user.click(screen.getByText('orders', { selector: 'summary code' }))
    expect(await screen.findByRole('region', { name: 'orders: sample rows' })).toBeInTheDocument()
    expect(fake.run).toHaveBeenCalledWith('visible', 'SELECT * FROM "orders" LIMIT 5', { maxRows: 5 })
  })

  it('Reset to blank clears the draft', async () => {
    const user = userEvent.setup()
    await openExercise(SQL_ID)
    const answer = screen.getByRole('textbox', { name: 'Answer' })
    await user.type(answer, 'SELECT 42')
    expect(useAppStore.getState().drafts[SQL_ID]).toBe('SELECT 42')
    await user.click(screen.getByRole('button', { name: 'Reset to blank' }))
    expect(answer).toHaveValue('')
    expect(useAppStore.getState().drafts[SQL_ID]).toBe('')
  })

  it('disposes every sandbox it created when the page goes away (StrictMode included)', async () => {
    const view = await openExercise(SQL_ID)
    await waitFor(() => expect(fake.created).toBeGreaterThanOrEqual(1))
    view.unmount()
    await waitFor(() => expect(fake.disposed).toBe(fake.created))
  })

  it('keeps one sandbox while moving between exercises of the same scenario', async () => {
    await openExercise(SQL_ID)
    await waitFor(() => expect(runButton()).toBeEnabled())
    const created = fake.created
    await act(async () => {
      window.location.hash = '#/exercise/fixture-shop/py-basket'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Basket processor' })).toBeInTheDocument()
    expect(fake.created).toBe(created)
    // The Python page runs in its own Python sandbox, not the scenario's SQL one.
    expect(screen.queryByText(/arrives in a later release/)).toBeNull()
    expect(screen.getByRole('button', { name: 'Reset to starter code' })).toBeInTheDocument()
  })
})
