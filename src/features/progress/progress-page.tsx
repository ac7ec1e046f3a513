import { useRef, useState, type ChangeEvent } from 'react'
import { scenarios } from '../../scenarios'
import { discardStoredBackup, readStoredBackup, useAppStore, type StorageBackup } from '../../store'
import { exportFileName, exportProgress, importProgress } from '../../store/progress-file'
import { usePageMeta } from '../../ui/page-meta'
import { scenarioHref } from '../../ui/router'
import { ProgressSummary } from './progress-summary'
import { ReviewQueue } from './review-queue'
import './progress.css'

type Message = { kind: 'ok' | 'error'; text: string } | undefined

/** Offers `text` as a file download without a server. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the URL after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}

export default function ProgressPage() {
  const heading = usePageMeta('Progress')
  const solved = useAppStore((state) => state.solved)
  const attempts = useAppStore((state) => state.attempts)
  const [message, setMessage] = useState<Message>()
  const [backup, setBackup] = useState<StorageBackup | undefined>(() => readStoredBackup())
  const fileInput = useRef<HTMLInputElement>(null)

  const onExport = () => {
    download(exportFileName(), JSON.stringify(exportProgress(), null, 2))
    setMessage({ kind: 'ok', text: 'Exported: the file holds your progress, drafts, ratings and follow-up notes.' })
  }

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    let text: string
    try {
      text = await file.text()
    } catch {
      setMessage({ kind: 'error', text: `Could not read ${file.name}. Nothing was changed.` })
      return
    }
    const result = importProgress(text)
    setMessage(
      result.ok
        ? { kind: 'ok', text: `Imported ${file.name} (exported ${new Date(result.exportedAt).toLocaleString()}). Your data on this device was replaced.` }
        : { kind: 'error', text: result.error },
    )
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Progress
      </h1>
      <section aria-labelledby="summary-heading" className="card">
        <h2 id="summary-heading">By scenario</h2>
        <ProgressSummary scenarios={scenarios} solved={solved} attempts={attempts} scenarioHref={scenarioHref} />
      </section>

      <ReviewQueue />

      <section aria-labelledby="transfer-heading" className="card transfer">
        <h2 id="transfer-heading">Your data is yours</h2>
        <p>
          Everything is saved in this browser only. Export it to one JSON file to keep a copy or to continue on another
          machine; importing a file replaces the progress, drafts, ratings and notes on this device.
        </p>
        <div className="transfer-actions">
          <button type="button" onClick={onExport}>
            Export progress
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Import progress…
          </button>
          <input ref={fileInput} type="file" accept="application/json,.json" aria-label="Import file" tabIndex={-1} className="visually-hidden" onChange={onImport} />
        </div>
        <div aria-live="polite">
          {message?.kind === 'ok' && (
            <p role="status" className="transfer-message ok">
              {message.text}
            </p>
          )}
        </div>
        {message?.kind === 'error' && (
          <p role="alert" className="transfer-message bad">
            {message.text}
          </p>
        )}
      </section>

      {backup && (
        <section aria-labelledby="backup-heading" className="card">
          <h2 id="backup-heading">Saved data that could not be read</h2>
          <p>
            On {new Date(backup.savedAt).toLocaleString()} the data saved in this browser could not be read, so the app started
            fresh. A copy of it was kept; download it if you want to send it to us or repair it by hand.
          </p>
          <div className="transfer-actions">
            <button type="button" onClick={() => download('de-trainer-unreadable-data.txt', backup.text)}>
              Download the unreadable copy
            </button>
            <button
              type="button"
              onClick={() => {
                discardStoredBackup()
                setBackup(undefined)
              }}
            >
              Delete the copy
            </button>
          </div>
        </section>
      )}
    </>
  )
}
