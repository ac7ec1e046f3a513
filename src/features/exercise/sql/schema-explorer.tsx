import { useState } from 'react'
import type { TableSpec } from '../../../datasets/types'
import type { SandboxRunOutcome } from '../../../sql-sandbox/protocol'
import { type CellFormat, DataTable } from '../../../ui/data-table'
import { plural } from '../../../ui/format'
import { mentionsJson } from '../../../ui/sample-value'
import { useTableSample } from './use-table-sample'

/** A few rows of one table from the visible dataset; JSON text and long text shown readably. */
function SampleRows({ table, sample, unavailable }: { table: TableSpec; sample?: SandboxRunOutcome; unavailable: boolean }) {
  if (unavailable) return <p className="muted">Sample rows are unavailable: the data did not load.</p>
  if (!sample) return <p className="muted">Loading sample rows…</p>
  if (!sample.ok) return <p className="muted">Sample rows are unavailable: {sample.failure.message}</p>
  const { columns, rows } = sample.result
  const formats = columns.map((name): CellFormat =>
    mentionsJson(table.columns.find((c) => c.name === name)?.description) ? 'json' : 'readable',
  )
  return (
    <DataTable
      label={`${table.name}: sample rows`}
      caption={`First ${rows.length} rows (visible dataset)`}
      columns={columns}
      rows={rows}
      formats={formats}
      compact
    />
  )
}

function TableDetails({ scenarioId, table }: { scenarioId: string; table: TableSpec }) {
  // Sticky: once opened, the sample stays fetched while the table is collapsed again.
  const [opened, setOpened] = useState(false)
  const { sample, rowCount, unavailable } = useTableSample(scenarioId, table.name, opened)
  const primaryKey = new Set(table.primaryKey ?? [])
  return (
    <details className="schema-table" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>
        <code>{table.name}</code>
        <span className="muted">
          {' '}
          · {plural(table.columns.length, 'column')}
          {rowCount !== undefined && ` · ${plural(rowCount, 'row')}`}
        </span>
      </summary>
      <p>{table.description}</p>
      <table className="data-table compact columns-table">
        <caption className="visually-hidden">{table.name}: columns</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {table.columns.map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
                {primaryKey.has(column.name) && <abbr title="primary key"> PK</abbr>}
              </th>
              <td>
                <code>{column.type}</code>
                {column.notNull && <span className="muted"> not null</span>}
              </td>
              <td>{column.description ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {opened && <SampleRows table={table} sample={sample} unavailable={unavailable} />}
    </details>
  )
}

/** The scenario's tables, collapsible: columns, types, descriptions, and sample rows and row count on demand. */
export function SchemaExplorer({ scenarioId, tables }: { scenarioId: string; tables: TableSpec[] }) {
  return (
    <section aria-labelledby="schema-heading" className="card schema">
      <h2 id="schema-heading" className="section-title">
        Tables
      </h2>
      {tables.map((table) => (
        <TableDetails key={table.name} scenarioId={scenarioId} table={table} />
      ))}
    </section>
  )
}
