import { useId } from 'react'
import type { ErSchema } from '../../../engine/schema/types'
import {
  BADGE_AREA,
  CHAR_WIDTH,
  TEXT_PADDING,
  fitText,
  layoutErDiagram,
  type ErBox,
  type ErEdgePath,
  type ErRowBox,
} from './er-layout'
import './er-diagram.css'

/** The two line ends of a relationship: a crow's foot at the foreign key, a bar at the key it references. */
const END_MARKERS = [
  { end: 'many', orient: 'auto-start-reverse', path: 'M -12 0 L 0 -6 M -12 0 L 0 0 M -12 0 L 0 6' },
  { end: 'one', orient: 'auto', path: 'M -7 -6 L -7 6' },
] as const

/**
 * An ER diagram as an SVG that scales to its container (never above its natural size). The
 * picture is one `role="img"`: its name says how many tables and relationships it shows, its
 * description lists them in words, so a screen reader gets what a sighted learner sees,
 * including what is missing.
 */
export function ErDiagram({ schema, title, label }: { schema: ErSchema; title: string; label?: string }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const captionId = `er-${id}-caption`
  if (schema.tables.length === 0) {
    return (
      <figure className="er-diagram" aria-labelledby={captionId}>
        <figcaption id={captionId}>{title}</figcaption>
        <p className="er-empty">No tables yet.</p>
      </figure>
    )
  }
  const layout = layoutErDiagram(schema)
  const titleId = `er-${id}-title`
  const descId = `er-${id}-desc`
  const marker = (end: 'many' | 'one', missing: boolean) => `url(#er-${id}-${end}${missing ? '-missing' : ''})`
  return (
    <figure className="er-diagram" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        style={{ maxWidth: layout.width }}
        className="er-svg"
      >
        <title id={titleId}>{describeSummary(label ?? title, layout.boxes, layout.edges)}</title>
        <desc id={descId}>{describeSchema(layout.boxes, layout.edges)}</desc>
        <defs>
          {[false, true].map((missing) => (
            <g key={String(missing)} className={missing ? 'er-marker er-missing' : 'er-marker'}>
              {END_MARKERS.map((marker) => (
                <marker
                  key={marker.end}
                  id={`er-${id}-${marker.end}${missing ? '-missing' : ''}`}
                  viewBox="-14 -8 16 16"
                  refX="0"
                  refY="0"
                  markerWidth="16"
                  markerHeight="16"
                  markerUnits="userSpaceOnUse"
                  orient={marker.orient}
                >
                  <path d={marker.path} />
                </marker>
              ))}
            </g>
          ))}
        </defs>
        <g className="er-edges">
          {layout.edges.map((edge) => (
            <path
              key={edge.key}
              className={edge.missing ? 'er-edge er-missing' : 'er-edge'}
              d={edge.d}
              data-edge={edge.key}
              data-missing={edge.missing ? 'true' : undefined}
              markerStart={marker('many', edge.missing)}
              markerEnd={marker('one', edge.missing)}
            />
          ))}
        </g>
        {layout.boxes.map((box, i) => (
          <TableBox key={`${i}:${box.table}`} box={box} />
        ))}
      </svg>
    </figure>
  )
}

function TableBox({ box }: { box: ErBox }) {
  const subtitle = box.role ?? box.kind
  const nameChars = Math.floor((box.width - 2 * TEXT_PADDING - (box.missing ? 70 : 0)) / 7.8)
  return (
    <g
      className={`er-table er-${box.kind}${box.missing ? ' er-missing' : ''}`}
      data-table={box.table}
      data-missing={box.missing ? 'true' : undefined}
    >
      <rect className="er-box" x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
      <path
        className="er-header"
        d={`M ${box.x} ${box.y + box.headerHeight} V ${box.y + 6} q 0 -6 6 -6 H ${box.x + box.width - 6} q 6 0 6 6 V ${box.y + box.headerHeight} Z`}
      />
      <text className="er-table-name" x={box.x + TEXT_PADDING} y={box.y + 18}>
        {fitText(box.table, nameChars)}
      </text>
      <text className="er-role" x={box.x + TEXT_PADDING} y={box.y + 34}>
        {fitText(subtitle, Math.floor((box.width - 2 * TEXT_PADDING) / 6.2))}
      </text>
      {box.missing && <Tag x={box.x + box.width - TEXT_PADDING} y={box.y + 7} text="missing" />}
      <rect className="er-box-outline" x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
      {box.rows.map((row, i) => (
        <ColumnRow key={`${i}:${row.name}`} box={box} row={row} />
      ))}
    </g>
  )
}

function ColumnRow({ box, row }: { box: ErBox; row: ErRowBox }) {
  const mid = row.y + box.rowHeight / 2
  const right = box.x + box.width - TEXT_PADDING
  // In a missing table every column is missing: the table's tag says it once, rows keep their types.
  const marked = row.missing && !box.missing
  const typeChars = marked ? 'missing'.length + 1 : row.type.length
  const nameChars = Math.floor((box.width - BADGE_AREA - TEXT_PADDING - 10) / CHAR_WIDTH) - typeChars
  return (
    <g className={marked ? 'er-row er-missing' : 'er-row'} data-column={row.name} data-missing={row.missing ? 'true' : undefined}>
      {marked && <rect className="er-row-bg" x={box.x + 1} y={row.y} width={box.width - 2} height={box.rowHeight} />}
      {row.primaryKey && <Badge x={box.x + 6} y={mid} text="PK" kind="pk" />}
      {!row.primaryKey && row.unique && <Badge x={box.x + 6} y={mid} text="UQ" kind="pk" />}
      {row.foreignKey && <Badge x={box.x + 27} y={mid} text="FK" kind="fk" />}
      <text className="er-column-name" x={box.x + BADGE_AREA} y={mid + 4}>
        {fitText(row.name, Math.max(4, nameChars))}
      </text>
      {marked ? (
        <>
          <line className="er-row-mark" x1={box.x + BADGE_AREA} x2={right} y1={row.y + box.rowHeight - 3} y2={row.y + box.rowHeight - 3} />
          <text className="er-missing-word" x={right} y={mid + 4} textAnchor="end">
            missing
          </text>
        </>
      ) : (
        <text className="er-column-type" x={right} y={mid + 4} textAnchor="end">
          {row.type}
        </text>
      )}
    </g>
  )
}

function Badge({ x, y, text, kind }: { x: number; y: number; text: string; kind: 'pk' | 'fk' }) {
  return (
    <g className={`er-badge er-badge-${kind}`}>
      <rect x={x} y={y - 7.5} width={19} height={15} rx={3} />
      <text x={x + 9.5} y={y + 3.5} textAnchor="middle">
        {text}
      </text>
    </g>
  )
}

/** A small pill whose right edge is at `x`. */
function Tag({ x, y, text }: { x: number; y: number; text: string }) {
  const width = text.length * 6.6 + 10
  return (
    <g className="er-tag">
      <rect x={x - width} y={y} width={width} height={16} rx={8} />
      <text x={x - width / 2} y={y + 11.5} textAnchor="middle">
        {text}
      </text>
    </g>
  )
}

// ---------------------------------------------------------------- words for screen readers

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** "Your schema: 3 tables, 2 relationships" plus what is missing, if anything. */
function describeSummary(label: string, boxes: ErBox[], edges: ErEdgePath[]): string {
  const missing = [
    plural(boxes.filter((b) => b.missing).length, 'table'),
    plural(boxes.reduce((sum, b) => sum + (b.missing ? 0 : b.rows.filter((r) => r.missing).length), 0), 'column'),
    plural(edges.filter((e) => e.missing).length, 'relationship'),
  ].filter((part) => !part.startsWith('0 '))
  const base = `${label}: ${plural(boxes.length, 'table')}, ${plural(edges.length, 'relationship')}`
  return missing.length > 0 ? `${base}; missing: ${missing.join(', ')}` : base
}

/** Every table with its columns, then every relationship, in sentences. */
function describeSchema(boxes: ErBox[], edges: ErEdgePath[]): string {
  const tables = boxes.map((box) => {
    const what = [box.role, box.kind].filter(Boolean).join(', ')
    const columns = box.rows.map((row) => {
      const keys = [row.primaryKey && 'primary key', !row.primaryKey && row.unique && 'unique', row.foreignKey && 'foreign key'].filter(Boolean).join(' and ')
      return [row.name, row.type, keys, row.missing && !box.missing && 'missing'].filter(Boolean).join(' ')
    })
    const head = `Table ${box.table} (${what})${box.missing ? ', missing' : ''}`
    return `${head}: ${columns.length > 0 ? columns.join('; ') : 'no columns'}.`
  })
  const relations = edges.map(
    (e) => `${e.from.table}.${e.from.column} references ${e.to.table}.${e.to.column}${e.missing ? ' (missing)' : ''}.`,
  )
  return [...tables, relations.length > 0 ? 'Relationships:' : 'No relationships.', ...relations].join(' ')
}
