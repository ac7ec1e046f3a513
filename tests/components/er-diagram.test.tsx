import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ErSchema } from '../../src/engine/schema/types'
import { feedReference } from '../support/er-schemas'
import { ErDiagram } from '../../src/features/exercise/model/er-diagram'

/** The reference as graded against an answer that lacks the cohort dimension and `platform_type`. */
function referenceWithGaps(): ErSchema {
  const schema = feedReference()
  const cohorts = schema.tables[2]
  schema.tables[2] = { ...cohorts, missing: true, columns: cohorts.columns.map((c) => ({ ...c, missing: true })) }
  schema.tables[0].columns[3] = { ...schema.tables[0].columns[3], missing: true }
  schema.edges = schema.edges.map((e) => ({ ...e, missing: true }))
  return schema
}

const tableGroup = (container: HTMLElement, name: string) => container.querySelector(`[data-table="${name}"]`) as HTMLElement

describe('ErDiagram', () => {
  it('draws every table with its role and columns, keys badged', () => {
    const { container } = render(<ErDiagram schema={feedReference()} title="Your schema" />)
    expect(screen.getByRole('figure', { name: 'Your schema' })).toBeInTheDocument()
    for (const table of feedReference().tables) {
      const group = tableGroup(container, table.name)
      expect(within(group).getByText(table.name)).toBeInTheDocument()
      expect(within(group).getByText(table.role!)).toBeInTheDocument()
      for (const column of table.columns) expect(group.querySelector(`[data-column="${column.name}"]`)).toHaveTextContent(column.name)
    }
    const daily = tableGroup(container, 'fact_user_daily_activity')
    expect(daily.querySelector('[data-column="user_id"]')).toHaveTextContent(/PK.*FK.*user_id.*BIGINT/)
    expect(daily.querySelector('[data-column="is_dau"]')).toHaveTextContent('is_dauBOOLEAN')
    expect(container.querySelector('[data-missing]')).toBeNull()
  })

  it('draws one path per relationship', () => {
    const { container } = render(<ErDiagram schema={feedReference()} title="Your schema" />)
    const edges = [...container.querySelectorAll('[data-edge]')].map((e) => e.getAttribute('data-edge'))
    expect(edges).toEqual([
      'fact_user_sessions.user_id->dim_user_cohorts.user_id',
      'fact_user_daily_activity.user_id->dim_user_cohorts.user_id',
    ])
    expect(container.querySelector('[data-edge]')!.getAttribute('d')).toMatch(/^M [\d.]+ [\d.]+ C /)
  })

  it('is one image with a name that counts tables and relationships, and a description in words', () => {
    render(<ErDiagram schema={feedReference()} title="Your answer" label="Your schema" />)
    const image = screen.getByRole('img', { name: 'Your schema: 3 tables, 2 relationships' })
    expect(image).toHaveAttribute('width', '100%')
    expect(image.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/)
    expect(image).toHaveAccessibleDescription(/Table fact_user_sessions \(session fact, fact\): session_id BIGINT primary key; user_id BIGINT foreign key/)
    expect(image).toHaveAccessibleDescription(/fact_user_daily_activity\.user_id references dim_user_cohorts\.user_id\./)
  })

  it('marks a missing table, column and relationship for the eye and in words', () => {
    const { container } = render(<ErDiagram schema={referenceWithGaps()} title="Reference" label="Reference schema" />)
    const cohorts = tableGroup(container, 'dim_user_cohorts')
    expect(cohorts).toHaveAttribute('data-missing', 'true')
    expect(cohorts.querySelector('.er-tag')).toHaveTextContent('missing')
    // Said once for the table; its rows keep their types.
    expect(cohorts.querySelector('[data-column="cohort_month"]')).toHaveTextContent('cohort_monthVARCHAR(7)')
    expect(tableGroup(container, 'fact_user_sessions')).not.toHaveAttribute('data-missing')

    const platform = tableGroup(container, 'fact_user_sessions').querySelector('[data-column="platform_type"]')!
    expect(platform).toHaveAttribute('data-missing', 'true')
    expect(platform).toHaveTextContent('platform_typemissing')
    expect(platform.querySelector('line')).not.toBeNull()
    expect(tableGroup(container, 'fact_user_sessions').querySelector('[data-column="posts_viewed"]')).not.toHaveAttribute('data-missing')

    const edge = container.querySelector('[data-edge="fact_user_sessions.user_id->dim_user_cohorts.user_id"]')!
    expect(edge).toHaveAttribute('data-missing', 'true')
    expect(edge.getAttribute('class')).toContain('er-missing')
    expect(edge.getAttribute('marker-end')).toMatch(/-one-missing\)$/)

    const image = screen.getByRole('img', { name: 'Reference schema: 3 tables, 2 relationships; missing: 1 table, 1 column, 2 relationships' })
    expect(image).toHaveAccessibleDescription(/Table dim_user_cohorts \(user dimension, dimension\), missing:/)
    expect(image).toHaveAccessibleDescription(/platform_type VARCHAR\(20\) missing/)
    expect(image).toHaveAccessibleDescription(/fact_user_sessions\.user_id references dim_user_cohorts\.user_id \(missing\)/)
  })

  it('leaves out relationships to tables that are not drawn', () => {
    const schema = feedReference()
    schema.edges.push({ from: { table: 'fact_user_sessions', column: 'user_id' }, to: { table: 'dim_users', column: 'user_id' } })
    const { container } = render(<ErDiagram schema={schema} title="Your schema" />)
    expect(container.querySelectorAll('[data-edge]')).toHaveLength(2)
    expect(screen.getByRole('img', { name: 'Your schema: 3 tables, 2 relationships' })).toBeInTheDocument()
  })

  it('gives two diagrams on one page their own ids', () => {
    render(
      <>
        <ErDiagram schema={feedReference()} title="Your schema" />
        <ErDiagram schema={referenceWithGaps()} title="Reference" />
      </>,
    )
    expect(screen.getByRole('img', { name: /^Your schema:/ })).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /^Reference:/ })).toBeInTheDocument()
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('says so when there are no tables, without an empty picture', () => {
    render(<ErDiagram schema={{ tables: [], edges: [] }} title="Your schema" />)
    expect(screen.getByRole('figure', { name: 'Your schema' })).toHaveTextContent('No tables yet.')
    expect(screen.queryByRole('img')).toBeNull()
  })
})
