import { useEffect, useRef } from 'react'
import type { PersistedState } from '../../store'

/** The counts a learner recognises their data by. */
function describe(state: PersistedState): Array<[string, number]> {
  const ratings = Object.values(state.selfRatings).reduce((n, byCriterion) => n + Object.keys(byCriterion).length, 0) + Object.keys(state.followUpRatings).length
  return [
    ['Exercises solved', Object.keys(state.solved).length],
    ['Submits', Object.values(state.attempts).reduce((a, b) => a + b, 0)],
    ['Drafts', Object.keys(state.drafts).length],
    ['Self-ratings', ratings],
    ['Follow-up notes', Object.keys(state.followUpNotes).length],
    ['Review queue items', Object.keys(state.reviews).length],
  ]
}

interface Props {
  fileName: string
  exportedAt: string
  incoming: PersistedState
  current: PersistedState
  onConfirm: () => void
  onCancel: () => void
}

/** What an export holds beside what this device holds, before the import replaces anything. */
export function ImportConfirm({ fileName, exportedAt, incoming, current, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const here = new Map(describe(current))
  return (
    <div className="import-confirm" role="group" aria-labelledby="import-confirm-heading">
      <h3 id="import-confirm-heading" ref={heading} tabIndex={-1}>
        Replace your data with {fileName}?
      </h3>
      <p>
        This export was made on {new Date(exportedAt).toLocaleString()}. Importing it replaces everything saved on this device;
        Cancel changes nothing.
      </p>
      <table className="progress-table">
        <caption className="visually-hidden">What the file holds and what this device holds</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">What</span>
            </th>
            <th scope="col">In the file</th>
            <th scope="col">On this device now</th>
          </tr>
        </thead>
        <tbody>
          {describe(incoming).map(([what, count]) => (
            <tr key={what}>
              <th scope="row">{what}</th>
              <td>{count}</td>
              <td>{here.get(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="transfer-actions">
        <button type="button" onClick={onConfirm}>
          Replace my data
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
