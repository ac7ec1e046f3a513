import { describe, expect, it } from 'vitest'
import type { ErSchema } from '../../src/engine/schema/types'
import { col, feedReference } from '../support/er-schemas'
import { classifyTable, layoutErDiagram, type ErBox, type ErLayout } from '../../src/features/exercise/model/er-layout'

/** A wider model: three facts of up to 20 columns, three dimensions, a snowflake and a self-reference. */
function wideModel(): ErSchema {
  const many = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => col(`${prefix}_${i}`, 'DECIMAL(12,2)'))
  return {
    tables: [
      { name: 'dim_country', columns: [col('country_id', 'INT', 'PK'), col('name', 'TEXT')] },
      { name: 'fact_orders', columns: [col('order_id', 'BIGINT', 'PK'), col('customer_id', 'BIGINT', 'FK'), ...many('amount', 18)] },
      { name: 'dim_customer', columns: [col('customer_id', 'BIGINT', 'PK'), col('country_id', 'INT', 'FK'), col('referrer_id', 'BIGINT', 'FK')] },
      { name: 'fact_refunds', columns: [col('refund_id', 'BIGINT', 'PK'), col('order_id', 'BIGINT', 'FK'), ...many('reason', 5)] },
      { name: 'events', columns: [col('event_id', 'BIGINT', 'PK'), col('customer_id', 'BIGINT', 'FK')] },
      { name: 'lookup_channels', columns: [col('channel_id', 'INT', 'PK')] },
    ],
    edges: [
      { from: { table: 'fact_orders', column: 'customer_id' }, to: { table: 'dim_customer', column: 'customer_id' } },
      { from: { table: 'dim_customer', column: 'country_id' }, to: { table: 'dim_country', column: 'country_id' } },
      { from: { table: 'dim_customer', column: 'referrer_id' }, to: { table: 'dim_customer', column: 'customer_id' } },
      { from: { table: 'fact_refunds', column: 'order_id' }, to: { table: 'fact_orders', column: 'order_id' } },
      { from: { table: 'events', column: 'customer_id' }, to: { table: 'dim_customer', column: 'customer_id' } },
    ],
  }
}

const boxOf = (layout: ErLayout, table: string) => layout.boxes.find((b) => b.table === table)!

function overlaps(a: ErBox, b: ErBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** The first and last points of a path `d`: the move-to and the final coordinate pair. */
function endpoints(d: string): { start: [number, number]; end: [number, number] } {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number)
  return { start: [numbers[0], numbers[1]], end: [numbers[numbers.length - 2], numbers[numbers.length - 1]] }
}

/** Points along a `M x y C x1 y1, x2 y2, x y` path. */
function sampleCubic(d: string): [number, number][] {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = d.match(/-?\d+(\.\d+)?/g)!.map(Number)
  return Array.from({ length: 21 }, (_, i) => {
    const t = i / 20
    const u = 1 - t
    const at = (a: number, b: number, c: number, e: number) => u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * e
    return [at(x0, x1, x2, x3), at(y0, y1, y2, y3)]
  })
}

/** True when (x, y) is on the left or right side of `box`, in the middle of `column`'s row. */
function onRowSide(box: ErBox, column: string, [x, y]: [number, number]): boolean {
  const row = box.rows.find((r) => r.name === column)!
  const onSide = Math.abs(x - box.x) < 0.01 || Math.abs(x - (box.x + box.width)) < 0.01
  return onSide && Math.abs(y - (row.y + box.rowHeight / 2)) < 0.01
}

describe('layoutErDiagram', () => {
  it.each([
    ['the feed reference', feedReference()],
    ['a six-table model with tall facts', wideModel()],
  ])('places the boxes of %s without overlaps, inside the canvas', (_name, schema) => {
    const layout = layoutErDiagram(schema)
    expect(layout.boxes).toHaveLength(schema.tables.length)
    for (const [i, a] of layout.boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0)
      expect(a.y).toBeGreaterThanOrEqual(0)
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width)
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height)
      expect(a.height).toBe(a.headerHeight + a.rows.length * a.rowHeight + 6)
      for (const b of layout.boxes.slice(i + 1)) expect(overlaps(a, b), `${a.table} overlaps ${b.table}`).toBe(false)
    }
  })

  it('puts facts in the left column and dimensions in the right one', () => {
    const layout = layoutErDiagram(feedReference())
    const sessions = boxOf(layout, 'fact_user_sessions')
    const daily = boxOf(layout, 'fact_user_daily_activity')
    const cohorts = boxOf(layout, 'dim_user_cohorts')
    expect(sessions.x).toBe(daily.x)
    expect(sessions.y + sessions.height).toBeLessThan(daily.y)
    expect(cohorts.x).toBeGreaterThan(sessions.x + sessions.width)
  })

  it('guesses the kind from the name, then from foreign keys', () => {
    const layout = layoutErDiagram(wideModel())
    expect(classifyTable({ name: 'events', columns: [col('user_id', 'INT', 'FK')] })).toBe('fact')
    expect(classifyTable({ name: 'lookup_channels', columns: [col('id', 'INT', 'PK')] })).toBe('dimension')
    expect(classifyTable({ name: 'dim_x', kind: 'fact', columns: [] })).toBe('fact')
    expect(boxOf(layout, 'events').kind).toBe('fact')
    expect(boxOf(layout, 'dim_customer').kind).toBe('dimension')
    expect(boxOf(layout, 'events').x).toBe(boxOf(layout, 'fact_orders').x)
    expect(boxOf(layout, 'lookup_channels').x).toBe(boxOf(layout, 'dim_country').x)
  })

  it.each([
    ['the feed reference', feedReference()],
    ['a six-table model with snowflake and self-references', wideModel()],
  ])('starts every edge of %s at its foreign-key row and ends it at the referenced row', (_name, schema) => {
    const layout = layoutErDiagram(schema)
    expect(layout.edges).toHaveLength(schema.edges.length)
    for (const edge of layout.edges) {
      const { start, end } = endpoints(edge.d)
      expect(onRowSide(boxOf(layout, edge.from.table), edge.from.column, start), `${edge.key} start`).toBe(true)
      expect(onRowSide(boxOf(layout, edge.to.table), edge.to.column, end), `${edge.key} end`).toBe(true)
      expect([edge.start.x, edge.start.y]).toEqual(start)
      expect([edge.end.x, edge.end.y]).toEqual(end)
      // The drawn curve stays on the canvas, loops included.
      for (const [x, y] of sampleCubic(edge.d)) {
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThanOrEqual(layout.width)
        expect(y).toBeGreaterThanOrEqual(0)
        expect(y).toBeLessThanOrEqual(layout.height)
      }
    }
  })

  it('draws a fact-to-dimension edge between the facing sides', () => {
    const layout = layoutErDiagram(feedReference())
    const sessions = boxOf(layout, 'fact_user_sessions')
    const cohorts = boxOf(layout, 'dim_user_cohorts')
    const edge = layout.edges[0]
    expect(edge.key).toBe('fact_user_sessions.user_id->dim_user_cohorts.user_id')
    expect(edge.start.x).toBe(sessions.x + sessions.width)
    expect(edge.end.x).toBe(cohorts.x)
  })

  it('is deterministic', () => {
    expect(layoutErDiagram(wideModel())).toEqual(layoutErDiagram(wideModel()))
    expect(JSON.stringify(layoutErDiagram(feedReference()))).toBe(JSON.stringify(layoutErDiagram(feedReference())))
  })

  it('keeps missing tables, columns and edges flagged', () => {
    const schema = feedReference()
    schema.tables[2] = { ...schema.tables[2], missing: true, columns: schema.tables[2].columns.map((c) => ({ ...c, missing: true })) }
    schema.tables[0].columns[3] = { ...schema.tables[0].columns[3], missing: true }
    schema.edges[1] = { ...schema.edges[1], missing: true }
    const layout = layoutErDiagram(schema)
    expect(boxOf(layout, 'dim_user_cohorts').missing).toBe(true)
    expect(boxOf(layout, 'fact_user_sessions').missing).toBe(false)
    expect(boxOf(layout, 'fact_user_sessions').rows.filter((r) => r.missing).map((r) => r.name)).toEqual(['platform_type'])
    expect(layout.edges.map((e) => e.missing)).toEqual([false, true])
  })

  it('drops edges to absent tables or columns, and duplicates', () => {
    const schema = feedReference()
    schema.edges.push(
      { from: { table: 'fact_user_sessions', column: 'user_id' }, to: { table: 'dim_users', column: 'user_id' } },
      { from: { table: 'fact_user_sessions', column: 'member_id' }, to: { table: 'dim_user_cohorts', column: 'user_id' } },
      { from: { table: 'fact_user_sessions', column: 'user_id' }, to: { table: 'dim_user_cohorts', column: 'cohort' } },
      { ...schema.edges[0] },
    )
    expect(layoutErDiagram(schema).edges.map((e) => e.key)).toEqual([
      'fact_user_sessions.user_id->dim_user_cohorts.user_id',
      'fact_user_daily_activity.user_id->dim_user_cohorts.user_id',
    ])
  })

  it('sizes boxes from their longest row, between 180 and 320', () => {
    const layout = layoutErDiagram({
      tables: [
        { name: 'fact_a', columns: [col('id', 'INT', 'PK'), col('b_id', 'INT', 'FK')] },
        { name: 'dim_b', columns: [col('a_really_long_column_name_for_a_dimension', 'VARCHAR(255)')] },
      ],
      edges: [],
    })
    expect(boxOf(layout, 'fact_a').width).toBe(180)
    expect(boxOf(layout, 'dim_b').width).toBe(320)
  })

  it('lays out one table, and nothing', () => {
    const one = layoutErDiagram({ tables: [{ name: 'dim_user', columns: [col('user_id', 'INT', 'PK')] }], edges: [] })
    expect(one.boxes).toHaveLength(1)
    expect(one.width).toBeGreaterThanOrEqual(one.boxes[0].width)
    const none = layoutErDiagram({ tables: [], edges: [] })
    expect(none.boxes).toEqual([])
    expect(none.edges).toEqual([])
  })
})
