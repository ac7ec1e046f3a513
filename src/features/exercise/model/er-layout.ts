import type { ErSchema, ErTable } from '../../../engine/schema/types'

/**
 * Pure layout of an ER diagram: facts in a left column, dimensions in a right column, each
 * relationship a cubic curve from the side of its foreign-key row to the side of the key row
 * it references. No DOM: text widths are estimated from a monospace advance, so the same
 * schema always gives the same numbers (in SVG user units, i.e. px at 100% scale).
 */

/** Advance of one character of the 12px monospace font the rows use. */
export const CHAR_WIDTH = 7.2
export const MIN_BOX_WIDTH = 180
export const MAX_BOX_WIDTH = 320
export const HEADER_HEIGHT = 42
export const ROW_HEIGHT = 22
/** Space under the last row, so it does not sit on the border. */
const BOX_PADDING_BOTTOM = 6
/** Left of the name: room for a `PK` and an `FK` badge side by side. */
export const BADGE_AREA = 50
export const TEXT_PADDING = 10
/** Least space between a column's name and its type. */
const NAME_TYPE_GAP = 14
const MARGIN = 16
const COLUMN_GAP = 112
const BOX_GAP = 32

export type ErKind = 'fact' | 'dimension'

export interface ErRowBox {
  name: string
  type: string
  primaryKey: boolean
  unique: boolean
  foreignKey: boolean
  missing: boolean
  /** Top of the row. Its middle, where edges attach, is `y + rowHeight / 2`. */
  y: number
}

export interface ErBox {
  table: string
  role?: string
  kind: ErKind
  missing: boolean
  x: number
  y: number
  width: number
  height: number
  headerHeight: number
  rowHeight: number
  rows: ErRowBox[]
}

export interface ErPoint {
  x: number
  y: number
}

export interface ErEdgePath {
  /** `from.table.from.column->to.table.to.column`, unique within a layout. */
  key: string
  from: { table: string; column: string }
  to: { table: string; column: string }
  missing: boolean
  /** SVG path data, from `start` to `end`. */
  d: string
  start: ErPoint
  end: ErPoint
}

export interface ErLayout {
  width: number
  height: number
  boxes: ErBox[]
  /** Edges whose tables and columns all exist, in schema order (duplicates dropped). */
  edges: ErEdgePath[]
}

/** The table's kind: as given, else from its name prefix, else a table with a foreign key is a fact. */
export function classifyTable(table: ErTable): ErKind {
  if (table.kind) return table.kind
  const name = table.name.toLowerCase()
  if (name.startsWith('fact')) return 'fact'
  if (name.startsWith('dim')) return 'dimension'
  return table.columns.some((c) => c.foreignKey) ? 'fact' : 'dimension'
}

/** Width a table needs for its header and its widest `name type` row, clamped to 180–320. */
export function measureTableWidth(table: ErTable): number {
  const rowChars = table.columns.map((c) => c.name.length + Math.max(c.type.length, c.missing && !table.missing ? 'missing'.length + 1 : 0))
  const rowWidth = BADGE_AREA + Math.max(0, ...rowChars) * CHAR_WIDTH + NAME_TYPE_GAP + TEXT_PADDING
  // The header's name is bold 13px (about 7.8px a character); "missing" adds a tag beside it.
  const headerChars = table.name.length + (table.missing ? 10 : 0)
  const headerWidth = headerChars * 7.8 + 2 * TEXT_PADDING
  const roleWidth = (table.role ?? '').length * 6.2 + 2 * TEXT_PADDING
  return clamp(Math.ceil(Math.max(rowWidth, headerWidth, roleWidth)), MIN_BOX_WIDTH, MAX_BOX_WIDTH)
}

/** Cuts `text` to `maxChars` characters, ending with `…` when it was cut. */
export function fitText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text
  return maxChars <= 1 ? '…' : `${text.slice(0, maxChars - 1)}…`
}

/** Box positions and edge paths for `schema`. Deterministic: same schema, same layout. */
export function layoutErDiagram(schema: ErSchema): ErLayout {
  const tables = schema.tables
  const index = new Map<string, number>()
  tables.forEach((t, i) => {
    if (!index.has(key(t.name))) index.set(key(t.name), i)
  })
  const links = resolveEdges(schema, index)

  const facts = tables.map((_, i) => i).filter((i) => classifyTable(tables[i]) === 'fact')
  const dims = orderByNeighbours(
    tables.map((_, i) => i).filter((i) => classifyTable(tables[i]) === 'dimension'),
    facts,
    links,
  )
  const columns = [facts, dims].filter((c) => c.length > 0)
  const columnOf = new Map<number, number>()
  columns.forEach((c, ci) => c.forEach((i) => columnOf.set(i, ci)))

  // Edges between two tables of one column leave and enter on that column's outer side.
  const outerSide = (ci: number): 'left' | 'right' => (ci === 0 && columns.length > 1 ? 'left' : 'right')

  const widths = columns.map((c) => Math.max(...c.map((i) => measureTableWidth(tables[i]))))
  const heights = tables.map((t) => HEADER_HEIGHT + t.columns.length * ROW_HEIGHT + BOX_PADDING_BOTTOM)
  const columnHeights = columns.map((c) => c.reduce((sum, i) => sum + heights[i], 0) + (c.length - 1) * BOX_GAP)
  const contentHeight = Math.max(0, ...columnHeights)

  // Same-column curves bulge outwards; reserve room for the widest bulge on each side.
  const bulges = { left: 0, right: 0 }
  for (const link of links) {
    const ci = columnOf.get(link.from)!
    if (ci === columnOf.get(link.to)) {
      const side = outerSide(ci)
      bulges[side] = Math.max(bulges[side], MAX_LOOP_BULGE)
    }
  }
  const left = MARGIN + bulges.left * 0.75
  const boxes: ErBox[] = new Array(tables.length)
  let x = left
  columns.forEach((c, ci) => {
    let y = MARGIN + (contentHeight - columnHeights[ci]) / 2
    for (const i of c) {
      boxes[i] = placeBox(tables[i], x, y, widths[ci], heights[i])
      y += heights[i] + BOX_GAP
    }
    x += widths[ci] + COLUMN_GAP
  })
  const width = round(x - COLUMN_GAP + MARGIN + bulges.right * 0.75)
  const height = round(contentHeight + 2 * MARGIN)

  const edges = links.map((link): ErEdgePath => {
    const a = boxes[link.from]
    const b = boxes[link.to]
    const fromCol = columnOf.get(link.from)!
    const toCol = columnOf.get(link.to)!
    const ay = a.rows[link.fromRow].y + ROW_HEIGHT / 2
    const by = b.rows[link.toRow].y + ROW_HEIGHT / 2
    let start: ErPoint
    let end: ErPoint
    let d: string
    if (fromCol === toCol) {
      const side = outerSide(fromCol)
      const sign = side === 'left' ? -1 : 1
      start = { x: side === 'left' ? a.x : a.x + a.width, y: ay }
      end = { x: side === 'left' ? b.x : b.x + b.width, y: by }
      const bulge = sign * loopBulge(Math.abs(by - ay))
      d = `M ${n(start.x)} ${n(start.y)} C ${n(start.x + bulge)} ${n(start.y)}, ${n(end.x + bulge)} ${n(end.y)}, ${n(end.x)} ${n(end.y)}`
    } else {
      const rightwards = fromCol < toCol
      start = { x: rightwards ? a.x + a.width : a.x, y: ay }
      end = { x: rightwards ? b.x : b.x + b.width, y: by }
      const mid = (start.x + end.x) / 2
      d = `M ${n(start.x)} ${n(start.y)} C ${n(mid)} ${n(start.y)}, ${n(mid)} ${n(end.y)}, ${n(end.x)} ${n(end.y)}`
    }
    return {
      key: `${a.table}.${a.rows[link.fromRow].name}->${b.table}.${b.rows[link.toRow].name}`,
      from: { table: a.table, column: a.rows[link.fromRow].name },
      to: { table: b.table, column: b.rows[link.toRow].name },
      missing: link.missing,
      d,
      start: { x: n(start.x), y: n(start.y) },
      end: { x: n(end.x), y: n(end.y) },
    }
  })

  return { width, height, boxes, edges }
}

// ---------------------------------------------------------------- helpers

interface Link {
  from: number
  fromRow: number
  to: number
  toRow: number
  missing: boolean
}

const MAX_LOOP_BULGE = 72

/** Farther rows get a wider curve, so stacked same-column edges do not sit on each other. */
function loopBulge(dy: number): number {
  return Math.min(MAX_LOOP_BULGE, 36 + dy / 8)
}

/** SQLite names ignore case, so the diagram's references do too. */
function key(name: string): string {
  return name.toLowerCase()
}

function resolveEdges(schema: ErSchema, index: Map<string, number>): Link[] {
  const seen = new Set<string>()
  const links: Link[] = []
  for (const edge of schema.edges) {
    const from = index.get(key(edge.from.table))
    const to = index.get(key(edge.to.table))
    if (from === undefined || to === undefined) continue
    const fromRow = schema.tables[from].columns.findIndex((c) => key(c.name) === key(edge.from.column))
    const toRow = schema.tables[to].columns.findIndex((c) => key(c.name) === key(edge.to.column))
    if (fromRow < 0 || toRow < 0) continue
    const id = `${from}:${fromRow}:${to}:${toRow}`
    if (seen.has(id)) continue
    seen.add(id)
    links.push({ from, fromRow, to, toRow, missing: edge.missing === true })
  }
  return links
}

/**
 * Dimensions in the order of the first fact that touches them (stable), so curves from the
 * top fact go to the top dimension and cross less. Untouched dimensions keep their place at the end.
 */
function orderByNeighbours(dims: number[], facts: number[], links: Link[]): number[] {
  const rank = new Map<number, number>()
  for (const link of links) {
    for (const [dim, other] of [
      [link.to, link.from],
      [link.from, link.to],
    ]) {
      const at = facts.indexOf(other)
      if (at >= 0 && dims.includes(dim)) rank.set(dim, Math.min(rank.get(dim) ?? Infinity, at))
    }
  }
  return dims
    .map((i, order) => ({ i, order, rank: rank.get(i) ?? Infinity }))
    .sort((p, q) => p.rank - q.rank || p.order - q.order)
    .map((p) => p.i)
}

function placeBox(table: ErTable, x: number, y: number, width: number, height: number): ErBox {
  return {
    table: table.name,
    ...(table.role ? { role: table.role } : {}),
    kind: classifyTable(table),
    missing: table.missing === true,
    x: n(x),
    y: n(y),
    width,
    height,
    headerHeight: HEADER_HEIGHT,
    rowHeight: ROW_HEIGHT,
    rows: table.columns.map((c, r) => ({
      name: c.name,
      type: c.type,
      primaryKey: c.primaryKey,
      unique: c.unique === true,
      foreignKey: c.foreignKey,
      missing: c.missing === true,
      y: n(y + HEADER_HEIGHT + r * ROW_HEIGHT),
    })),
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

function round(value: number): number {
  return Math.ceil(value)
}

/** Two decimals at most, so path strings stay short and identical across runs. */
function n(value: number): number {
  return Math.round(value * 100) / 100
}
