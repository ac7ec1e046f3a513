import { useEffect, useState } from 'react'
import { useScenarioSandbox } from '../../shared/sandbox/sandbox-context'
import type { TableSpec } from '../../datasets/types'
import type { SandboxRunOutcome } from '../../sql-sandbox/protocol'
import { Cell } from './results-grid'

const SAMPLE_ROWS = 5

/** A few rows of one table from the visible dataset, fetched the first time the table is opened. */
function SampleRows({ table }: { table: string }) {
  const sandbox = useScenarioSandbox()
  const [sample, setSample] = useState<SandboxRunOutcome | undefined>()
  const runtime = sandbox.status === 'ready' ? sandbox.runtime : undefined

  useEffect(() => {
    if (!runtime) return
    let live = true
    runtime.sandbox
      .run(runtime.visibleKey, `SELECT * FROM "${table.replaceAll('"', '""')}" LIMIT ${SAMPLE_ROWS}`, { maxRows: SAMPLE_ROWS })
      .then((outcome) => live && setSample(outcome))
      .catch((error: unknown) =>
        live && setSample({ ok: false, failure: { kind: 'error', message: error instanceof Error ? error.message : String(error) } }),
      )
    return () => {
      live = false
    }
  }, [runtime, table])

  if (sandbox.status === 'error') return <p className="muted">Sample rows are unavailable: the data did not load.</p>
  if (!sample) return <p className="muted">Loading sample rows…</p>
  if (!sample.ok) return <p className="muted">Sample rows are unavailable: {sample.failure.message}</p>
  const { columns, rows } = sample.result
  return (
    <div className="table-scroll" role="region" aria-label={`${table}: sample rows`} tabIndex={0}>
      <table className="data-table compact">
        <caption>First {rows.length} rows (visible dataset)</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) => (
                <Cell key={c} value={value} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function TableDetails({ table }: { table: TableSpec }) {
  // Sticky: once opened, the sample stays fetched while the table is collapsed again.
  const [opened, setOpened] = useState(false)
  const primaryKey = new Set(table.primaryKey ?? [])
  return (
    <details className="schema-table" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>
        <code>{table.name}</code>
        <span className="muted"> · {table.columns.length} columns</span>
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
      {opened && <SampleRows table={table.name} />}
    </details>
  )
}

/** The scenario's tables, collapsible: columns, types, descriptions, and sample rows on demand. */
export function SchemaExplorer({ tables }: { tables: TableSpec[] }) {
  return (
    <section aria-labelledby="schema-heading" className="card schema">
      <h2 id="schema-heading" className="section-title">
        Tables
      </h2>
      {tables.map((table) => (
        <TableDetails key={table.name} table={table} />
      ))}
    </section>
  )
}
