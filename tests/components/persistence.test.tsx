import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SQL_ID } from './support/fixture-scenario'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/shared/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/editor/monaco-answer', async () => await import('./support/fake-monaco'))

const KEY = 'de-trainer'

/** A page load: fresh modules, so the store is created again and hydrates from localStorage. */
async function reload(hash: string) {
  vi.resetModules()
  const fakes = await import('./support/fake-services')
  fakes.resetFakes()
  const store = await import('../../src/shared/store')
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
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Accepted/))
    first.view.unmount()

    const stored = JSON.parse(localStorage.getItem(KEY)!)
    expect(stored.version).toBe(1)
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
    localStorage.setItem(KEY, JSON.stringify({ version: 1, state: { solved: 'oops', attempts: { [SQL_ID]: 'x' }, drafts: { [SQL_ID]: 'SELECT 3', other: 5 } } }))
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
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Accepted/))
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
    expect(stored.version).toBe(1)
    expect(Object.keys(stored.state.solved)).toEqual([SQL_ID])
    expect(stored.state.solved[SQL_ID]).toEqual({ at: expect.any(String) })
    expect(stored.state.drafts).toEqual({ [SQL_ID]: 'SELECT old' })
  })

  it('migrates the v0 record shape (id -> true | timestamp)', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 0, state: { solved: { [SQL_ID]: 1_717_200_000_000, 'x/y': false } } }))
    const { store } = await reload('#/')
    expect(store.useAppStore.getState().solved).toEqual({ [SQL_ID]: { at: new Date(1_717_200_000_000).toISOString() } })
  })
})
