import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetAppStore } from '../../src/store'
import { fake, okResult, resetFakes } from './support/fake-services'
import { SQL_ID } from './support/fixture-scenario'
import { openExercise } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

const BIO = 'I buy mostly board games and the odd cookbook, and I review everything I buy.'

beforeEach(() => {
  resetAppStore()
  resetFakes()
  fake.run.mockImplementation(async (_dataset, sql) =>
    sql.startsWith('SELECT COUNT(*)')
      ? okResult({ columns: ['COUNT(*)'], rows: [[12_345]], rowCount: 1 })
      : okResult({
          columns: ['customer_id', 'preferred_categories', 'settings', 'bio'],
          rows: [
            [1, '["comedy","sports"]', '{"theme":"dark","alerts":{"email":true}}', BIO],
            [2, '[]', null, 'Short.'],
          ],
          rowCount: 2,
        }),
  )
})

async function openTable(name: string) {
  const user = userEvent.setup()
  await openExercise(SQL_ID)
  await user.click(screen.getByText(name, { selector: 'summary code' }))
  return screen.findByRole('region', { name: `${name}: sample rows` })
}

const cellOf = (grid: HTMLElement, row: number, column: number) =>
  within(grid).getAllByRole('row')[row].querySelectorAll('td')[column] as HTMLElement

describe('schema explorer', () => {
  it('counts a table’s rows only when it is opened, and shows the count next to its name', async () => {
    await openExercise(SQL_ID)
    const summary = screen.getByText('customer_profiles', { selector: 'summary code' }).closest('summary')!
    expect(summary).toHaveTextContent('customer_profiles · 4 columns')
    expect(summary).not.toHaveTextContent('rows')
    expect(fake.run).not.toHaveBeenCalled()
    await userEvent.setup().click(summary)
    await waitFor(() => expect(summary).toHaveTextContent('customer_profiles · 4 columns · 12,345 rows'))
    expect(fake.run).toHaveBeenCalledWith('visible', 'SELECT COUNT(*) FROM "customer_profiles"', { maxRows: 1 })
    // The other table was not counted.
    expect(fake.run).not.toHaveBeenCalledWith('visible', 'SELECT COUNT(*) FROM "orders"', expect.anything())
  })

  it('shows a JSON list as tags and a JSON object as spaced compact JSON, never the raw text', async () => {
    const grid = await openTable('customer_profiles')
    const categories = cellOf(grid, 1, 1)
    expect(within(categories).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['comedy', 'sports'])
    expect(categories).toHaveAttribute('title', '["comedy", "sports"]')
    expect(within(grid).queryByText('["comedy","sports"]')).toBeNull()
    // Detected from the value alone: the column's description does not say JSON.
    expect(cellOf(grid, 1, 2)).toHaveTextContent('{"theme": "dark", "alerts": {"email": true}}')
    expect(cellOf(grid, 2, 1)).toHaveTextContent('[]')
  })

  it('cuts long text with the whole value in a tooltip', async () => {
    const grid = await openTable('customer_profiles')
    const bio = within(cellOf(grid, 1, 3)).getByTitle(BIO)
    const visible = [...bio.childNodes].filter((node) => !(node instanceof HTMLElement && node.classList.contains('visually-hidden')))
    const shown = visible.map((node) => node.textContent).join('')
    expect(shown.endsWith('…')).toBe(true)
    expect(shown.length).toBeLessThan(BIO.length)
    // Screen readers still get every word.
    expect(bio).toHaveTextContent(BIO)
    expect(cellOf(grid, 2, 3)).toHaveTextContent(/^Short\.$/)
    expect(within(cellOf(grid, 2, 3)).queryByTitle(/.+/)).toBeNull()
  })
})
