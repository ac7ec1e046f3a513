import { describe, expect, it } from 'vitest'
import { suggestCompletions } from '../../src/features/exercise/shared/editor/sql-completions'
import { fixtureScenario } from './support/fixture-scenario'

const tables = [
  fixtureScenario.tables.find((table) => table.name === 'orders')!,
  { name: 'customers', description: 'People.', columns: [{ name: 'customer_id', type: 'INTEGER' as const }, { name: 'country', type: 'TEXT' as const }] },
]

describe('SQL completions for the editor', () => {
  it('offers every table and each column name once', () => {
    const labels = suggestCompletions(tables, 'SELECT ', 'SELECT ').map((e) => `${e.kind}:${e.label}`)
    expect(labels).toEqual(['table:orders', 'table:customers', 'column:order_id', 'column:customer_id', 'column:amount', 'column:country'])
  })

  it('offers only the columns of the table or alias before a dot', () => {
    const sql = 'SELECT c. FROM orders o JOIN customers AS c ON c.customer_id = o.customer_id'
    expect(suggestCompletions(tables, sql, 'SELECT c.').map((e) => e.label)).toEqual(['customer_id', 'country'])
    expect(suggestCompletions(tables, sql, 'SELECT o.am').map((e) => e.label)).toEqual(['order_id', 'customer_id', 'amount'])
    expect(suggestCompletions(tables, sql, 'SELECT orders.').map((e) => e.label)).toEqual(['order_id', 'customer_id', 'amount'])
    expect(suggestCompletions(tables, sql, 'SELECT zz.')).toEqual([])
  })
})
