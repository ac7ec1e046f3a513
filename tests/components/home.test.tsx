import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetAppStore, useAppStore } from '../../src/store'
import { SQL_ID } from './support/fixture-scenario'
import { renderApp } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

beforeEach(() => {
  resetAppStore()
})

describe('home page', () => {
  it('lists every scenario as a link named exactly by its title, with summary and progress', () => {
    renderApp('#/')
    const shop = screen.getByRole('link', { name: 'Fixture Shop Orders' })
    expect(shop).toHaveAttribute('href', '#/scenario/fixture-shop')
    expect(screen.getByRole('link', { name: 'Fixture Ads Attribution' })).toHaveAttribute('href', '#/scenario/fixture-ads')
    expect(screen.getByText('A tiny shop used by the component tests.')).toBeInTheDocument()
    expect(screen.getByText(/0 of 3 done/)).toBeInTheDocument()
    // Exercises with kind and difficulty; nothing says "solved" before an acceptance.
    const list = screen.getByRole('list', { name: 'Fixture Shop Orders: exercises' })
    expect(within(list).getByRole('link', { name: 'Top customers by revenue' })).toHaveAttribute('href', `#/exercise/${SQL_ID}`)
    expect(within(list).getByText('SQL')).toBeInTheDocument()
    expect(within(list).getAllByText('medium')).toHaveLength(2)
    expect(screen.queryByText(/solved/i)).toBeNull()
    expect(document.title).toBe('Data Engineering Interview Trainer')
  })

  it('shows Solved in the list for a solved exercise', () => {
    useAppStore.getState().markSolved(SQL_ID)
    renderApp('#/')
    const list = screen.getByRole('list', { name: 'Fixture Shop Orders: exercises' })
    const item = within(list).getByRole('link', { name: 'Top customers by revenue' }).closest('li')!
    expect(within(item).getByText('Solved')).toBeInTheDocument()
    expect(screen.getAllByText('Solved')).toHaveLength(1)
    expect(screen.getByText(/1 of 3 done/)).toBeInTheDocument()
  })

  it('navigates to a scenario page, renders its story safely, sets the title and focuses the heading', async () => {
    const user = userEvent.setup()
    renderApp('#/')
    await user.click(screen.getByRole('link', { name: 'Fixture Shop Orders' }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Fixture Shop Orders' })
    // The lazy route commits outside act(): the heading can be found before the effect that focuses it has run.
    await waitFor(() => expect(heading).toHaveFocus())
    expect(document.title).toBe('Fixture Shop Orders · Data Engineering Interview Trainer')
    expect(screen.getByRole('heading', { name: 'The shop' })).toBeInTheDocument()
    expect(screen.getByText('fell').tagName).toBe('STRONG')
    expect(screen.getByRole('link', { name: 'Top customers by revenue' })).toBeInTheDocument()
  })

  it('shows a not-found page with a link home for unknown routes and unknown ids', async () => {
    renderApp('#/nowhere')
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '#/')
    await act(async () => {
      window.location.hash = '#/exercise/fixture-shop/no-such-exercise'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
  })

  it('has a skip link that moves focus to the main content without changing the route', async () => {
    const user = userEvent.setup()
    renderApp('#/')
    await user.click(screen.getByRole('link', { name: 'Skip to main content' }))
    expect(screen.getByRole('main')).toHaveFocus()
    expect(window.location.hash).toBe('#/')
  })
})
