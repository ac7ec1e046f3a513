import { useCallback, useEffect } from 'react'
import { usePageMeta } from '../../shared/page-meta'
import { scenarioHref } from '../../shared/router'
import { useScenarioSandbox } from '../../shared/sandbox/sandbox-context'
import { emptySession, isBusy, useAppStore } from '../../shared/store'
import { ExerciseTags } from '../../shared/ui/exercise-tags'
import { Markdown } from '../../shared/ui/markdown'
import type { Exercise, Scenario } from '../../scenarios/types'
import { AnswerActions } from './answer-actions'
import { DiffView } from './diff-view'
import { AnswerEditor } from './editor/answer-editor'
import type { EditorLanguage } from './editor/editor-props'
import { HintsPanel } from './hints-panel'
import { OutputTabs } from './output-tabs'
import { ReferencePanel } from './reference-panel'
import { SchemaExplorer } from './schema-explorer'
import { useShortcuts } from './use-shortcuts'
import { VerdictPanel } from './verdict-panel'
import './exercise.css'

/** The page's h1 already says the title; a statement that opens with it would repeat it. */
const withoutTitle = (statement: string, title: string): string =>
  statement.replace(/^\s*#\s+(.+)\n/, (line, heading: string) => (heading.trim() === title ? '' : line))

const languageOf = (exercise: Exercise): EditorLanguage =>
  exercise.kind === 'python' ? 'python' : exercise.kind === 'product' ? 'markdown' : 'sql'

export function ExercisePage({ scenario, exercise }: { scenario: Scenario; exercise: Exercise }) {
  const heading = usePageMeta(exercise.title)
  const sandbox = useScenarioSandbox()
  const runtime = sandbox.status === 'ready' ? sandbox.runtime : undefined
  const id = exercise.id
  const session = useAppStore((state) => state.sessions[id]) ?? emptySession
  const draft = useAppStore((state) => state.drafts[id]) ?? ''
  const solved = useAppStore((state) => Boolean(state.solved[id]))
  const setDraft = useAppStore((state) => state.setDraft)
  const resetDraft = useAppStore((state) => state.resetDraft)
  const gradable = exercise.kind === 'sql'

  const run = useCallback(() => {
    if (runtime) void useAppStore.getState().runAnswer(exercise, runtime)
  }, [exercise, runtime])
  const plan = useCallback(() => {
    if (runtime) void useAppStore.getState().planAnswer(exercise, runtime)
  }, [exercise, runtime])
  const submit = useCallback(() => {
    if (runtime) void useAppStore.getState().submitAnswer(exercise, runtime)
  }, [exercise, runtime])
  const onChange = useCallback((text: string) => setDraft(id, text), [id, setDraft])
  useShortcuts(run, submit)

  // Run the reference and known-wrong answers in the background, so the first Submit is quick.
  useEffect(() => {
    if (!runtime || exercise.kind !== 'sql') return
    const timer = setTimeout(() => runtime.prepare(exercise).catch(() => undefined), 300)
    return () => clearTimeout(timer)
  }, [runtime, exercise])

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={scenarioHref(scenario.id)}>{scenario.title}</a>
      </nav>
      <div className="exercise-heading">
        <h1 ref={heading} tabIndex={-1}>
          {exercise.title}
        </h1>
        <ExerciseTags kind={exercise.kind} difficulty={exercise.difficulty} solved={solved} />
      </div>
      <div className="exercise-layout">
        <div className="exercise-brief">
          <section aria-labelledby="statement-heading" className="card statement">
            <h2 id="statement-heading" className="section-title">
              The question
            </h2>
            <Markdown>{withoutTitle(exercise.statement, exercise.title)}</Markdown>
          </section>
          <SchemaExplorer tables={scenario.tables} />
          <HintsPanel exerciseId={id} hints={exercise.hints} shown={session.hintsShown} />
          {exercise.kind === 'sql' && (
            <ReferencePanel exerciseId={id} reference={exercise.reference} submitted={session.submitted} shown={session.referenceShown} />
          )}
        </div>
        <div className="exercise-work">
          <section aria-labelledby="answer-heading" className="card answer">
            <h2 id="answer-heading" className="section-title">
              Your answer
            </h2>
            <AnswerEditor
              key={id}
              value={draft}
              onChange={onChange}
              language={languageOf(exercise)}
              onRun={run}
              onSubmit={submit}
              tables={scenario.tables}
            />
            <AnswerActions
              sandbox={sandbox}
              gradable={gradable}
              busy={isBusy(session)}
              onRun={run}
              onPlan={plan}
              onSubmit={submit}
              onReset={() => resetDraft(id)}
            />
          </section>
          <section aria-labelledby="verdict-heading" className="card verdict-card">
            <h2 id="verdict-heading" className="section-title">
              Verdict
            </h2>
            {session.grade.status === 'idle' && (
              <p className="muted">Submit grades your answer on the visible dataset and on hidden variants of it.</p>
            )}
            <VerdictPanel grade={session.grade} />
            {session.grade.status === 'done' && session.grade.grade.diff && <DiffView diff={session.grade.grade.diff} />}
          </section>
          {gradable && <OutputTabs exerciseId={id} session={session} draft={draft} />}
        </div>
      </div>
    </>
  )
}
