import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetAppStore } from '../../src/store'
import { THEME_KEY } from '../../src/ui/theme'
import { renderApp } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

beforeEach(() => {
  resetAppStore()
  delete document.documentElement.dataset.theme
})

describe('the shell', () => {
  it('has a header with Home and Progress links; the current page is marked', async () => {
    renderApp('#/progress')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '#/')
    const progress = within(nav).getByRole('link', { name: 'Progress' })
    expect(progress).toHaveAttribute('href', '#/progress')
    await screen.findByRole('heading', { level: 1, name: 'Progress' })
    expect(progress).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current')
  })

  it('switches the theme and remembers it; System forgets the choice', async () => {
    const user = userEvent.setup()
    renderApp('#/')
    const select = screen.getByRole('combobox', { name: 'Theme' })
    expect(select).toHaveValue('system')
    await user.selectOptions(select, 'Dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem(THEME_KEY)).toBe('dark')
    await user.selectOptions(select, 'Light')
    expect(document.documentElement.dataset.theme).toBe('light')
    await user.selectOptions(select, 'System')
    expect(localStorage.getItem(THEME_KEY)).toBeNull()
    // jsdom has no dark system preference.
    expect(document.documentElement.dataset.theme).toBe('light')
  })

  it('opens the shortcut sheet on ?, lists the contract shortcuts, and closes on Escape, returning focus', async () => {
    const user = userEvent.setup()
    renderApp('#/')
    const shortcuts = screen.getByRole('button', { name: 'Shortcuts' })
    shortcuts.focus()
    await user.keyboard('?')
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    const rows = within(dialog).getAllByRole('row').map((row) => row.textContent)
    expect(rows).toEqual(expect.arrayContaining([expect.stringMatching(/^Ctrl\+EnterRun/), expect.stringMatching(/^Ctrl\+Shift\+EnterSubmit/)]))
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(shortcuts).toHaveFocus()
  })

  it('leaves a ? typed into a form control alone', async () => {
    const user = userEvent.setup()
    renderApp('#/progress')
    await screen.findByRole('heading', { level: 1, name: 'Progress' })
    const select = screen.getByRole('combobox', { name: 'Theme' })
    select.focus()
    await user.keyboard('?')
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
