import type { ReactNode } from 'react'
import { usePageMeta } from '../../../ui/page-meta'
import { scenarioHref } from '../../../ui/router'
import { useAppStore } from '../../../store'
import { ExerciseTags } from '../../../ui/exercise-tags'
import { Markdown } from '../../../ui/markdown'
import type { Exercise, Scenario } from '../../../scenarios/types'
import './exercise.css'

/** The page's h1 already says the title; a statement that opens with it would repeat it. */
const withoutTitle = (statement: string, title: string): string =>
  statement.replace(/^\s*#\s+(.+)\n/, (line, heading: string) => (heading.trim() === title ? '' : line))

interface Props {
  scenario: Scenario
  exercise: Exercise
  /** Below the statement, in the left column (schema, hints, reference). */
  brief: ReactNode
  /** The right column: answer, verdict, output. */
  children: ReactNode
  /** Below both columns, full width (the data-model diagrams). */
  wide?: ReactNode
}

/** What every exercise page shares, whatever its kind: breadcrumb, title with tags, the statement, two columns. */
export function ExerciseShell({ scenario, exercise, brief, children, wide }: Props) {
  const heading = usePageMeta(exercise.title)
  const solved = useAppStore((state) => Boolean(state.solved[exercise.id]))
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
          {brief}
        </div>
        <div className="exercise-work">{children}</div>
      </div>
      {wide}
    </>
  )
}
