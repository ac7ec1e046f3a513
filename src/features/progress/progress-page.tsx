import { useMemo, useRef, useState, type ChangeEvent } from 'react'
import { findExercise, scenarios } from '../../scenarios'
import { discardStoredBackup, readStoredBackup, useAppStore, type PersistedState, type StorageBackup } from '../../store'
import { exportFileName, exportProgress, importProgress, readExport } from '../../store/progress-file'
import { usePageMeta } from '../../ui/page-meta'
import { scenarioHref } from '../../ui/router'
import { useNow } from '../../ui/use-now'
import { ActivityChart } from './activity-chart'
import { ImportConfirm } from './import-confirm'
import { MistakesChart } from './mistakes-chart'
import { dailyActivity, practiceDayStreak, topMistakes, type LearnerData } from './progress-stats'
import { ProgressSummary } from './progress-summary'
import { ReviewQueue } from './review-queue'
import './progress.css'

type Message = { kind: 'ok' | 'error'; text: string } | undefined

/** A file that read as a valid export, waiting for the learner to confirm the import. */
interface PendingImport {
  fileName: string
  text: string
  exportedAt: string
  state: PersistedState
}

/** "Daily DAU/MAU ratio (News Feed DAU/MAU)", or the id of an exercise this app no longer has. */
const exerciseName = (exerciseId: string): string => {
  const found = findExercise(exerciseId)
  return found ? `${found.exercise.title} (${found.scenario.title})` : exerciseId
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

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
  const timeSpent = useAppStore((state) => state.timeSpent)
  const activity = useAppStore((state) => state.activity)
  const now = useNow()
  const [message, setMessage] = useState<Message>()
  const [pending, setPending] = useState<PendingImport>()
  const [backup, setBackup] = useState<StorageBackup | undefined>(() => readStoredBackup())
  const fileInput = useRef<HTMLInputElement>(null)
  const importButton = useRef<HTMLButtonElement>(null)

  const data: LearnerData = { solved, attempts, timeSpent, activity }
  const days = useMemo(() => dailyActivity(activity, now), [activity, now])
  const mistakes = useMemo(() => topMistakes(activity), [activity])
  const dayStreak = practiceDayStreak(activity, now)
  const exercises = scenarios.reduce((n, s) => n + s.exercises.length, 0)
  const solvedHere = scenarios.reduce((n, s) => n + s.exercises.filter((e) => solved[e.id]).length, 0)
  const recentSubmits = days.reduce((n, d) => n + d.accepted + d.rejected, 0)

  const onExport = () => {
    download(exportFileName(), JSON.stringify(exportProgress(), null, 2))
    setMessage({ kind: 'ok', text: 'Exported: the file holds your progress, drafts, ratings, follow-up notes, review queue and activity.' })
  }

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
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
    // Nothing is replaced yet: a valid file is shown for confirmation, a bad one explained.
    const result = readExport(text)
    if (!result.ok) {
      setPending(undefined)
      setMessage({ kind: 'error', text: result.error })
      return
    }
    setMessage(undefined)
    setPending({ fileName: file.name, text, exportedAt: result.exportedAt, state: result.state })
  }

  const closeConfirm = (next: Message) => {
    setPending(undefined)
    setMessage(next)
    importButton.current?.focus()
  }

  const onConfirmImport = () => {
    if (!pending) return
    const result = importProgress(pending.text)
    closeConfirm(
      result.ok
        ? { kind: 'ok', text: `Imported ${pending.fileName} (exported ${new Date(result.exportedAt).toLocaleString()}). Your data on this device was replaced.` }
        : { kind: 'error', text: result.error },
    )
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Progress
      </h1>
      <p className="progress-glance">
        {plural(solvedHere, 'exercise', 'exercises')} of {exercises} solved · {plural(recentSubmits, 'Submit', 'Submits')} in the last 30
        days · {dayStreak === 0 ? 'no practice today or yesterday' : `practised ${plural(dayStreak, 'day', 'days')} in a row`}
      </p>
      <section aria-labelledby="summary-heading" className="card">
        <h2 id="summary-heading">By scenario and part</h2>
        <ProgressSummary scenarios={scenarios} data={data} scenarioHref={scenarioHref} />
      </section>

      <ReviewQueue />

      <div className="progress-charts">
        <section aria-labelledby="activity-heading" className="card">
          <h2 id="activity-heading">Activity</h2>
          {recentSubmits === 0 ? <p>No Submits in the last 30 days yet: the chart starts with your next one.</p> : <ActivityChart days={days} />}
        </section>
        <section aria-labelledby="mistakes-heading" className="card">
          <h2 id="mistakes-heading">Mistakes made most often</h2>
          {mistakes.length === 0 ? (
            <p>No named mistakes yet. When feedback recognises a common mistake or a missed rubric point, it is counted here.</p>
          ) : (
            <MistakesChart mistakes={mistakes} exerciseName={exerciseName} />
          )}
        </section>
      </div>

      <section aria-labelledby="transfer-heading" className="card transfer">
        <h2 id="transfer-heading">Your data is yours</h2>
        <p>
          Everything is saved in this browser only. Export it to one JSON file to keep a copy or to continue on another
          machine; importing a file replaces the progress, drafts, ratings, notes, review queue and activity on this device,
          after you confirm.
        </p>
        <div className="transfer-actions">
          <button type="button" onClick={onExport}>
            Export progress
          </button>
          <button ref={importButton} type="button" onClick={() => fileInput.current?.click()}>
            Import progress…
          </button>
          <input ref={fileInput} type="file" accept="application/json,.json" aria-label="Import file" tabIndex={-1} className="visually-hidden" onChange={onFileChosen} />
        </div>
        {pending && (
          <ImportConfirm
            fileName={pending.fileName}
            exportedAt={pending.exportedAt}
            incoming={pending.state}
            current={exportProgress().state}
            onConfirm={onConfirmImport}
            onCancel={() => closeConfirm({ kind: 'ok', text: `Import of ${pending.fileName} cancelled. Nothing was changed.` })}
          />
        )}
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
